#pragma once

#include "ReadingTheme.h"
#include "notes/NotesModel.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTreeView;

namespace gloss {

class NotesDelegate;
class NotesFilter;

/**
 * @brief The Notes tab: every note of the article in reading order (NoteExport::NoteOrder) —
 * the notes on the whole article, then those on passages by place, then the orphans (with
 * their last known words, never dropped) — with a search box.
 *
 * A view of NotesModel (the notes as the store has them, the list the margin lane reads too)
 * through NotesFilter (the search): words match the note's text, tags and passage (all words,
 * any order, case ignored); a word starting with '#' matches a tag only. Clicking a note (or
 * Enter) emits noteActivated(); Delete asks for the selected notes to be deleted. Several
 * notes can be selected (Copy Notes as Markdown copies them).
 */
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    /** Item data: the note's id (QUuid) on note rows. */
    static constexpr int IdRole = NotesModel::IdRole;

    explicit NotesPanel(NotesModel *notes, QWidget *parent = nullptr);

    void setReadingTheme(const ReadingTheme &theme);

    void setFilterText(const QString &text);
    QString filterText() const;

    /** Ids of the selected notes, in reading order. */
    QList<QUuid> selectedIds() const;
    /** Selects (only) @p id and shows it; false when it is not listed or filtered out. */
    bool selectNote(const QUuid &id);
    /** Ids of the notes shown (after the search), in reading order. */
    QList<QUuid> visibleIds() const;
    /** Ids of the notes in the Orphans section (after the search). */
    QList<QUuid> orphanIds() const;

    /** The list: a view of NotesFilter (the search) over NotesModel. */
    QTreeView *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void noteActivated(const QUuid &id);
    void deleteRequested(const QList<QUuid> &ids);
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);
    /** Sections shown (again) are expanded. */
    void expandSections(int first, int last);
    /** The empty message, when no note is shown. */
    void updateEmpty();
    /** Ids of the note rows shown, in reading order; @p selected: only the selected ones. */
    QList<QUuid> shownIds(bool selected, int onlySection = -1) const;

    NotesModel *m_notes;
    NotesFilter *m_shown;
    NotesDelegate *m_delegate;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    /** selectNote() while the tree was hidden: it scrolls to the current row when shown. */
    bool m_scrollPending = false;
};

} // namespace gloss
