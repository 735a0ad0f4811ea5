#pragma once

#include "annotations/Annotation.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QUuid>

namespace gloss {

class AnnotationStore;

/**
 * @brief The notes of the open article as one model: the list the Notes tab shows and the
 * margin lane lays out.
 *
 * Three section rows (On the article, In the text, Orphans), each with its notes as children
 * in reading order (NoteExport::NoteOrder::readsBefore, the one owner of that order). It
 * follows the store's signals with fine-grained changes: a note added or removed is one row
 * inserted or removed, an edit that keeps the note in its place is dataChanged() of its row,
 * and an edit that moves it (another passage, orphaned) is one rowsMoved() (persistent
 * indexes follow it); only annotationsReset() (another article, the notes read again) resets
 * the model. The sections' counts (CountRole) change with their rows.
 *
 * Colours stay out: the model gives the note's colour as stored (ColorRole) and its base
 * colour as the decoration; the views draw it in the reading theme (a theme change is a
 * repaint, not a change of every row). No widgets.
 */
class NotesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Section { ArticleSection, PlacedSection, OrphanSection };
    static constexpr int kSections = 3;

    enum Role {
        /** The note's id (QUuid); null on the section rows. */
        IdRole = Qt::UserRole + 1,
        /** The section (Section, as an int) of a section row or of a note. */
        SectionRole,
        /** The words the note is on now, or its last known ones (orphans); empty: article. */
        PassageRole,
        /** The note's colour as stored (a palette name or "#rrggbb"). */
        ColorRole,
        /** The note's tags (QStringList). */
        TagsRole,
        /** The note's whole text. */
        TextRole,
        /** Notes: "#tag #tag" (empty: none); sections: their number of notes (as text). */
        CountRole = Qt::UserRole + 20,
    };

    explicit NotesModel(AnnotationStore *store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    AnnotationStore *store() const { return m_store; }
    QModelIndex sectionIndex(Section section) const;
    /** The row of note @p id, or an invalid index. */
    QModelIndex indexOf(const QUuid &id) const;
    /** The note of a note row (nullptr on a section row). */
    const Annotation *note(const QModelIndex &index) const;

    /** The notes of @p section, in reading order. */
    const QList<QUuid> &ids(Section section) const { return m_ids[section]; }
    /** The notes the margin lane shows, in its order: on the article, then on passages. */
    QList<QUuid> laneIds() const { return m_ids[ArticleSection] + m_ids[PlacedSection]; }
    /** Whether @p id is listed, and in which section. */
    bool contains(const QUuid &id) const { return m_sectionOf.contains(id); }
    Section sectionOf(const QUuid &id) const { return m_sectionOf.value(id, OrphanSection); }
    /** Whether @p id is listed on the article or on a passage (a card in the lane). */
    bool isInLane(const QUuid &id) const;
    qsizetype noteCount() const { return m_sectionOf.size(); }

    /** The section @p note belongs in. */
    static Section sectionFor(const Annotation &note);
    /** The words @p note is on in @p document, or its last known ones; empty: article note. */
    static QString passageOf(const Annotation &note, const Document &document);
    /** The title of @p section, as the Notes tab shows it. */
    static QString sectionTitle(Section section);

private:
    void onReset();
    void onAdded(const QUuid &id);
    void onChanged(const QUuid &id);
    void onRemoved(const QUuid &id);
    /** Where @p note goes among @p ids (reading order), none of which is @p note. */
    int rowFor(const Annotation &note, const QList<QUuid> &ids) const;
    void countChanged(Section section);
    QVariant sectionData(Section section, int role) const;
    QVariant noteData(const Annotation &note, int role) const;

    AnnotationStore *m_store;
    QList<QUuid> m_ids[kSections];
    QHash<QUuid, Section> m_sectionOf;
};

} // namespace gloss
