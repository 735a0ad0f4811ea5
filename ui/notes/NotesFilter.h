#pragma once

#include "annotations/Annotation.h"

#include <QSortFilterProxyModel>

namespace gloss {

class NotesModel;

/**
 * @brief The Notes tab's search over NotesModel: the notes that match, under their sections,
 * each section's count (CountRole) the number of its notes shown, and sections with none
 * shown hidden.
 *
 * A note matches when every word of the search (any order, case ignored) is in its text, its
 * tags or its passage; a word starting with '#' matches the start of a tag only. An empty
 * search shows every note.
 */
class NotesFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit NotesFilter(NotesModel *notes, QObject *parent = nullptr);

    NotesModel *notes() const { return m_notes; }
    void setFilterText(const QString &text);
    QString filterText() const { return m_filter; }
    /** True when @p note matches the search @p filter (see the class description). */
    static bool matches(const Annotation &note, const QString &passage, const QString &filter);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    /** A section's count changes with the rows shown under it. */
    void rowsShownChanged(const QModelIndex &parent);

    NotesModel *m_notes;
    QString m_filter;
};

} // namespace gloss
