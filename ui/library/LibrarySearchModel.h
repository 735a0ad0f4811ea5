#pragma once

#include "LibrarySearch.h"

#include <QAbstractListModel>
#include <QList>

namespace gloss {

/**
 * @brief The results of a library search, one row each, fetched in pages as the view scrolls.
 *
 * setQuery() asks LibrarySearch for the first page; while a page comes back full, the view may
 * fetch the next (canFetchMore(), fetchMore()). A query FTS5 cannot read leaves the model empty
 * with error() saying why, a sentence for the reader. The rows give the snippet (DisplayRole),
 * its highlighted ranges (HighlightsRole) and a line of context (ContextRole: the speaker, date
 * and article of a quote; the tags and article of a note; the site and date of an article).
 */
class LibrarySearchModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        /** QList<QPair<int, int>>: [start, end) ranges of DisplayRole to highlight. */
        HighlightsRole = Qt::UserRole + 1,
        /** One line: who said it, when, in which article. */
        ContextRole,
    };
    static constexpr int kPage = 100;

    explicit LibrarySearchModel(QObject *parent = nullptr);

    /** Searches @p search (not owned; null: none) for @p query; the first page. */
    void setQuery(library::LibrarySearch *search, const library::SearchQuery &query);
    void clear();
    const library::SearchQuery &query() const { return m_query; }
    /** Why the last search failed (empty when it did not). */
    const QString &error() const { return m_error; }
    library::SearchHit hit(int row) const { return m_hits.value(row); }
    /** More results may follow those fetched. */
    bool hasMore() const { return m_more; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** The line of context of @p hit (see ContextRole). */
    static QString context(const library::SearchHit &hit);

Q_SIGNALS:
    /** The rows changed (a new search, a page fetched). */
    void resultsChanged();

private:
    library::SearchResults page(int offset);

    library::LibrarySearch *m_search = nullptr;
    library::SearchQuery m_query;
    QList<library::SearchHit> m_hits;
    QString m_error;
    bool m_more = false;
};

} // namespace gloss
