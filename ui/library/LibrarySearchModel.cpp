#include "LibrarySearchModel.h"

#include <QLocale>

namespace gloss {

using library::SearchHit;
using library::SearchKind;

LibrarySearchModel::LibrarySearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

library::SearchResults LibrarySearchModel::page(int offset)
{
    library::SearchQuery q = m_query;
    q.offset = offset;
    q.limit = kPage;
    return m_search->search(q);
}

void LibrarySearchModel::setQuery(library::LibrarySearch *search,
                                  const library::SearchQuery &query)
{
    beginResetModel();
    m_search = search;
    m_query = query;
    m_hits.clear();
    m_error.clear();
    m_more = false;
    if (m_search) {
        const library::SearchResults r = page(0);
        m_error = r.error;
        m_hits = r.hits;
        m_more = r.ok() && r.hits.size() >= kPage;
    }
    endResetModel();
    Q_EMIT resultsChanged();
}

void LibrarySearchModel::clear()
{
    setQuery(nullptr, {});
}

int LibrarySearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString LibrarySearchModel::context(const SearchHit &hit)
{
    QStringList parts;
    if (hit.kind == SearchKind::Quotes)
        parts << (hit.speaker.isEmpty() ? tr("Unattributed") : hit.speaker);
    if (hit.kind == SearchKind::Notes && !hit.tags.isEmpty())
        parts << u'#' + hit.tags.join(QStringLiteral(" #"));
    if (hit.published.isValid())
        parts << QLocale().toString(hit.published.date(), QLocale::ShortFormat);
    parts << hit.articleTitle;
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QVariant LibrarySearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return h.snippet.isEmpty() ? h.text : h.snippet;
    case HighlightsRole:
        return QVariant::fromValue(h.snippet.isEmpty() ? QList<QPair<int, int>>()
                                                       : h.highlights);
    case ContextRole:
        return context(h);
    case Qt::ToolTipRole:
        return h.text;
    case Qt::AccessibleTextRole:
        return QString(data(index, Qt::DisplayRole).toString() + QStringLiteral(". ")
                       + context(h));
    }
    return {};
}

bool LibrarySearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_search && m_more;
}

void LibrarySearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const library::SearchResults r = page(int(m_hits.size()));
    m_more = r.ok() && r.hits.size() >= kPage;
    if (!r.hits.isEmpty()) {
        beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + r.hits.size() - 1));
        m_hits += r.hits;
        endInsertRows();
    }
    Q_EMIT resultsChanged();
}

} // namespace gloss
