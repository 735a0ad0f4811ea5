#pragma once

#include "ReadingTheme.h"
#include "annotations/Annotation.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace gloss {

/**
 * @brief The Notes tab: every note of the article in reading order (NoteExport::NoteOrder) —
 * the notes on the whole article, then those on passages by place, then the orphans (with
 * their last known words, never dropped) — with a search box.
 *
 * Search: words match the note's text, tags and passage (all words, any order, case
 * ignored); a word starting with '#' matches a tag only. Clicking a note (or Enter) emits
 * noteActivated(); Delete asks for the selected notes to be deleted. Several notes can be
 * selected (Copy Notes as Markdown copies them).
 */
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    /** Item data: the note's id (QUuid) on note rows. */
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit NotesPanel(QWidget *parent = nullptr);

    /** Shows @p notes of @p document (placed ones by their span in it). */
    void setNotes(const QList<Annotation> &notes, const Document &document);
    void setReadingTheme(const ReadingTheme &theme);
    /**
     * Shows a new version of a listed note in its row (text, colour, tags); false when the note
     * is not listed or would move (its place or state changed): then setNotes() is needed.
     */
    bool updateNote(const Annotation &note, const Document &document);
    /** Lists one more note in its place; false when it cannot (then setNotes()). */
    bool addNote(const Annotation &note, const Document &document);
    /** Drops a note from the list; false when it is not listed. */
    bool removeNote(const QUuid &id);

    void setFilterText(const QString &text);
    QString filterText() const;
    /** True when @p note matches the search @p filter (see the class description). */
    static bool matches(const Annotation &note, const QString &passage, const QString &filter);

    /** Ids of the selected notes, in reading order. */
    QList<QUuid> selectedIds() const;
    /** Selects (only) @p id and shows it; false when it is not listed or filtered out. */
    bool selectNote(const QUuid &id);
    /** Ids of the notes shown (after the search), in reading order. */
    QList<QUuid> visibleIds() const;
    /** Ids of the notes in the Orphans section (after the search). */
    QList<QUuid> orphanIds() const;

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }

Q_SIGNALS:
    void noteActivated(const QUuid &id);
    void deleteRequested(const QList<QUuid> &ids);
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void fillItem(QTreeWidgetItem *item, const Annotation &note) const;
    QTreeWidgetItem *sectionOf(const Annotation &note) const;
    void applyFilter();
    /** Shows or hides @p item (of @p note) by the search. */
    void filterItem(QTreeWidgetItem *item, const Annotation &note);
    /** Hides or shows a note's row (and unselects it when hidden), keeping m_hidden. */
    void setItemHidden(QTreeWidgetItem *item, bool hidden);
    /** The sections' counts, shown sections and the empty message, after the rows changed. */
    void updateSections();
    QList<QUuid> idsOf(const QList<QTreeWidgetItem *> &items) const;

    QList<Annotation> m_notes;
    Document m_document;
    ReadingTheme m_theme;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_empty = nullptr;
    QHash<QUuid, QTreeWidgetItem *> m_items;
    /** The note rows the search hides. */
    QSet<QTreeWidgetItem *> m_hidden;
    QTreeWidgetItem *m_articleSection = nullptr;
    QTreeWidgetItem *m_placedSection = nullptr;
    QTreeWidgetItem *m_orphanSection = nullptr;
    /** selectNote() while the tree was hidden: it scrolls to the current row when shown. */
    bool m_scrollPending = false;
};

} // namespace gloss
