#include "NotesFilter.h"

#include "NotesModel.h"
#include "annotations/AnnotationStore.h"

#include <algorithm>

namespace gloss {

NotesFilter::NotesFilter(NotesModel *notes, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_notes(notes)
{
    setObjectName(QStringLiteral("notesFilter"));
    // a section is shown when one of its notes is (and hidden when it has none)
    setRecursiveFilteringEnabled(true);
    setSourceModel(notes);
    connect(this, &QAbstractItemModel::rowsInserted, this, &NotesFilter::rowsShownChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &NotesFilter::rowsShownChanged);
}

void NotesFilter::setFilterText(const QString &text)
{
    const QString filter = text.trimmed();
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool NotesFilter::matches(const Annotation &note, const QString &passage, const QString &filter)
{
    const QStringList words = filter.split(u' ', Qt::SkipEmptyParts);
    for (const QString &w : words) {
        if (w.startsWith(u'#')) {
            const QString tag = w.mid(1);
            if (tag.isEmpty())
                continue;
            const bool hit =
                std::any_of(note.tags.cbegin(), note.tags.cend(), [&](const QString &t) {
                    return t.startsWith(tag, Qt::CaseInsensitive);
                });
            if (!hit)
                return false;
            continue;
        }
        const bool hit = note.text.contains(w, Qt::CaseInsensitive)
                         || passage.contains(w, Qt::CaseInsensitive)
                         || std::any_of(note.tags.cbegin(), note.tags.cend(),
                                        [&](const QString &t) {
                                            return t.contains(w, Qt::CaseInsensitive);
                                        });
        if (!hit)
            return false;
    }
    return true;
}

bool NotesFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return false; // a section: shown for its notes (recursive filtering)
    const Annotation *note = m_notes->note(m_notes->index(sourceRow, 0, sourceParent));
    if (!note)
        return false;
    if (m_filter.isEmpty())
        return true;
    return matches(*note, NotesModel::passageOf(*note, m_notes->store()->document()), m_filter);
}

QVariant NotesFilter::data(const QModelIndex &index, int role) const
{
    if (role == NotesModel::CountRole && index.isValid() && !index.parent().isValid())
        return QString::number(rowCount(index)); // the notes shown, not all
    return QSortFilterProxyModel::data(index, role);
}

void NotesFilter::rowsShownChanged(const QModelIndex &parent)
{
    if (parent.isValid() && !parent.parent().isValid())
        Q_EMIT dataChanged(parent, parent, {NotesModel::CountRole});
}

} // namespace gloss
