#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace gloss::library {

class LibraryDatabase;

enum class SearchKind { Articles, Quotes, Notes };

/** "articles", "quotes", "notes". */
QString searchKindName(SearchKind kind);
std::optional<SearchKind> searchKindFromName(QStringView name);

/** What to search for. */
struct SearchQuery
{
    /**
     * SQLite FTS5 query syntax, passed through: words (all must match), "a phrase", OR, NOT,
     * AND, NEAR(a b, 5), prefix*, column:word (articles: title, body; quotes: text; notes:
     * text, tags, exact), ^first. For notes, `#tag` means tags:"tag". Empty: everything of the
     * kind (quotes: all of the speaker's; notes: all notes, newest first), not for articles.
     */
    QString text;
    SearchKind kind = SearchKind::Articles;
    /** Quotes only: only this person's (a name, an alias or a surname; see speakerId). */
    QString speaker;
    /** Quotes only: only this person's (Person::id); overrides speaker. -1: none. */
    qint64 speakerId = -1;
    /** The page of results: at most limit, after the first offset. */
    int limit = 50;
    int offset = 0;
    /**
     * How many matches are ranked together. A search matching more is ranked block by block,
     * newest first: the rankBlock most recently added matches ranked by bm25(), then the next
     * rankBlock, and so on (a page takes the same results however it is fetched). bm25() costs
     * about 3 µs a row, so ranking all of a word in most of 100,000 articles takes 0.2 s, and
     * FTS5 counts the rows of each phrase in the whole index for every query (a phrase in most
     * quotes: 0.3 s); a block of 1,000 keeps the first page near 20 ms (tests/bench). Quotes
     * and notes are ranked in a temporary index of the block's rows, where that count is cheap.
     * 0: all ranked together.
     */
    int rankBlock = 1000;
};

/** One result. Offsets are code points in the article's text (Document::fromCodePoint()). */
struct SearchHit
{
    SearchKind kind = SearchKind::Articles;
    qint64 articleId = -1; ///< -1: a note on an article not in the library
    QString articleTitle;
    /** The article's file or URL (a note's recorded source when the article is not here). */
    QString articlePath;
    QByteArray articleHash;
    QDateTime published;
    /** Articles: the title; quotes: the quoted words; notes: the note. */
    QString text;
    /** A passage with the matching words, as plain text ("…" where cut). */
    QString snippet;
    /** The matching words in snippet: [start, end) pairs. */
    QList<QPair<int, int>> highlights;
    /** Quotes: the speaker (Person::name) and id; empty / -1 when unattributed. */
    QString speaker;
    qint64 personId = -1;
    /** Quotes: the quote; notes: the passage noted; -1 for articles and whole-article notes. */
    qint64 start = -1;
    qint64 end = -1;
    /** Notes: their tags, id (UUID) and the words noted. */
    QStringList tags;
    QString noteId;
    QString exact;
    /** bm25() score: lower is better (0 when listed without a query). */
    double rank = 0;
};

struct SearchResults
{
    QList<SearchHit> hits;
    /** Why the search failed (a syntax error, an unknown speaker): a sentence. */
    QString error;
    /** The search matched SearchQuery::rankBlock or more: the hits are ranked within blocks of
     *  the newest matches (see SearchQuery::rankBlock), not among all. */
    bool blockRanked = false;
    bool ok() const { return error.isEmpty(); }
};

/** How many results a search has, counted up to a bound. */
struct SearchCount
{
    int count = 0;
    /** There are more than count (the bound was reached). */
    bool more = false;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/**
 * @brief Full-text search of the library (SQLite FTS5): articles, quotes, notes.
 *
 * Ranked by bm25() (a title match counts ten times a body match; in blocks of the newest matches
 * when there are many: SearchQuery::rankBlock); snippets by snippet(). The
 * articles' index is contentless (their text is in the text files): the snippets of the hits
 * shown are made by indexing those few texts in a temporary table and asking it the same query.
 * A query FTS5 cannot parse gives a clear message, never a crash.
 */
class LibrarySearch
{
public:
    LibrarySearch(LibraryDatabase &db, QString textsFolder);

    /** The page of results query.offset, query.limit. */
    SearchResults search(const SearchQuery &query);
    /**
     * How many results @p query has (its limit and offset ignored), counted up to @p atMost:
     * FTS5 counts the matches without ranking them (a few ms for 10,000).
     */
    SearchCount count(const SearchQuery &query, int atMost = kCountBound);

    /** The bound of count() by default. */
    static constexpr int kCountBound = 10000;

    /** Words of context a snippet has. */
    static constexpr int kSnippetTokens = 16;

private:
    /** The person of a quote search (-1: none); false with @p error for an unknown name. */
    bool personOf(const SearchQuery &query, qint64 &person, QString &error);
    SearchResults searchArticles(const SearchQuery &query);
    SearchResults searchQuotes(const SearchQuery &query, qint64 person);
    SearchResults searchNotes(const SearchQuery &query);

    LibraryDatabase &m_db;
    QString m_textsFolder;
};

} // namespace gloss::library
