#include "LibraryArticleModel.h"

#include <QFileInfo>
#include <QLocale>

namespace gloss {

using library::ArticleFilter;

LibraryArticleModel::LibraryArticleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LibraryArticleModel::setCatalog(library::LibraryCatalog *catalog)
{
    if (catalog == m_catalog)
        return;
    m_catalog = catalog;
    if (!catalog)
        reload(); // empty
}

void LibraryArticleModel::setFilter(const ArticleFilter &filter)
{
    m_filter = filter;
    m_filter.offset = 0;
    m_filter.limit = -1;
    reload();
}

void LibraryArticleModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_error.clear();
    if (m_catalog) {
        m_total = m_catalog->count(m_filter);
        ArticleFilter page = m_filter;
        page.limit = kPage;
        m_rows = m_catalog->articles(page);
        m_error = m_catalog->error();
    }
    endResetModel();
    Q_EMIT totalChanged(m_total);
}

int LibraryArticleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryArticleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryArticleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const library::ArticleEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return e.title.isEmpty() ? QFileInfo(e.path).fileName() : e.title;
        case SiteColumn:
            return e.site;
        case DateColumn:
            return e.published.isValid()
                ? QLocale().toString(e.published.date(), QLocale::ShortFormat)
                : QString();
        case NotesColumn:
            return e.notes > 0 ? QLocale().toString(e.notes) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return e.path.isEmpty() ? e.title : e.title + u'\n' + e.path;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NotesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return e.id;
    }
    return {};
}

QVariant LibraryArticleModel::headerData(int section, Qt::Orientation orientation,
                                         int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SiteColumn:
        return tr("Site");
    case DateColumn:
        return tr("Date");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}

bool LibraryArticleModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_catalog && m_rows.size() < m_total;
}

void LibraryArticleModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ArticleFilter page = m_filter;
    page.offset = int(m_rows.size());
    page.limit = kPage;
    const QList<library::ArticleEntry> more = m_catalog->articles(page);
    if (more.isEmpty()) { // the library changed under the count: stop asking
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

ArticleFilter::Sort LibraryArticleModel::sortOf(int column)
{
    switch (column) {
    case TitleColumn:
        return ArticleFilter::Sort::Title;
    case SiteColumn:
        return ArticleFilter::Sort::Site;
    case NotesColumn:
        return ArticleFilter::Sort::Notes;
    default:
        return ArticleFilter::Sort::Date;
    }
}

void LibraryArticleModel::sort(int column, Qt::SortOrder order)
{
    ArticleFilter f = m_filter;
    f.sort = sortOf(column);
    f.descending = order == Qt::DescendingOrder;
    if (f.sort == m_filter.sort && f.descending == m_filter.descending && m_catalog)
        return;
    setFilter(f);
}

} // namespace gloss
