#pragma once

#include "LibraryCatalog.h"

#include <QAbstractTableModel>
#include <QList>

namespace gloss {

/**
 * @brief The library's articles as a table (title, site, date, notes), fetched in pages.
 *
 * Reads a LibraryCatalog: setFilter() counts the articles the filter lets through and loads
 * the first page only; the view asks for more as it scrolls (canFetchMore(), fetchMore()), so a
 * library of 100,000 articles opens at once. Sorting by a column (sort(), the header) and the
 * site, tag and person filters query the catalog again. Without a catalog the table is empty.
 */
class LibraryArticleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, SiteColumn, DateColumn, NotesColumn, ColumnCount };
    /** The article's id (qint64) under this role. */
    static constexpr int IdRole = Qt::UserRole + 1;
    /** Rows fetched at a time. */
    static constexpr int kPage = 200;

    explicit LibraryArticleModel(QObject *parent = nullptr);

    /** Reads @p catalog from now on (not owned; null: none); setFilter() or reload() loads. */
    void setCatalog(library::LibraryCatalog *catalog);
    /** Sort and filters (offset and limit are the model's): counts and loads the first page. */
    void setFilter(const library::ArticleFilter &filter);
    const library::ArticleFilter &filter() const { return m_filter; }
    /** Queries again with the same filter (articles added, notes changed). */
    void reload();

    /** How many articles the filter lets through (not only those fetched). */
    int totalCount() const { return m_total; }
    library::ArticleEntry entry(int row) const { return m_rows.value(row); }
    /** The last error of the catalog (empty when none). */
    const QString &error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** The sort of @p column (Date for a column that has none). */
    static library::ArticleFilter::Sort sortOf(int column);

Q_SIGNALS:
    /** The filter's count changed (setFilter(), reload()). */
    void totalChanged(int total);

private:
    library::LibraryCatalog *m_catalog = nullptr;
    library::ArticleFilter m_filter;
    QList<library::ArticleEntry> m_rows;
    int m_total = 0;
    QString m_error;
};

} // namespace gloss
