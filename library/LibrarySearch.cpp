#include "LibrarySearch.h"

#include "LibraryDatabase.h"
#include "LibraryTexts.h"
#include "PeopleResolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace gloss::library {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::library::LibrarySearch", text);
}

constexpr char16_t kMarkStart = 0xE000;
constexpr char16_t kMarkEnd = 0xE001;

QString snippetCall(const QString &table, int column)
{
    return QStringLiteral("snippet(%1, %2, char(57344), char(57345), '…', %3)")
        .arg(table)
        .arg(column)
        .arg(LibrarySearch::kSnippetTokens);
}

/** Takes the markers out of a snippet, noting where they were. */
void setSnippet(SearchHit &hit, const QString &marked)
{
    hit.snippet.clear();
    hit.highlights.clear();
    int start = -1;
    for (const QChar c : marked) {
        if (c.unicode() == kMarkStart) {
            start = int(hit.snippet.size());
        } else if (c.unicode() == kMarkEnd) {
            if (start >= 0)
                hit.highlights.append({start, int(hit.snippet.size())});
            start = -1;
        } else {
            hit.snippet.append(c == u'\n' ? QChar(u' ') : c);
        }
    }
}

QDateTime dateOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

/** The hit's article: title, path, hash and date from the columns from @p at of @p q. */
void setArticle(SearchHit &h, const QSqlQuery &q, int at)
{
    h.articleTitle = q.value(at).toString();
    h.articlePath = q.value(at + 1).toString();
    h.articleHash = q.value(at + 2).toByteArray();
    h.published = dateOf(q.value(at + 3));
}

/** `#tag` (outside a "phrase") as the column filter tags:"tag". */
QString withTagColumns(const QString &query)
{
    QString out;
    bool inPhrase = false;
    for (qsizetype i = 0; i < query.size(); ++i) {
        const QChar c = query.at(i);
        if (c == u'"')
            inPhrase = !inPhrase;
        if (!inPhrase && c == u'#' && (i == 0 || !query.at(i - 1).isLetterOrNumber())) {
            qsizetype end = i + 1;
            while (end < query.size()
                   && (query.at(end).isLetterOrNumber() || query.at(end) == u'_'
                       || query.at(end) == u'-'))
                ++end;
            if (end > i + 1) {
                out += QStringLiteral("tags:\"") + query.mid(i + 1, end - i - 1) + u'"';
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

/** The message for a query FTS5 could not read. */
QString syntaxError(const QString &query, const QString &why)
{
    QString reason = why;
    reason.remove(QStringLiteral("fts5: "));
    return tr("The search “%1” cannot be read: %2. Words, \"a phrase\", OR, NOT, NEAR(a b), "
              "prefix*, and column:word are understood.")
        .arg(query, reason);
}

} // namespace

QString searchKindName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Articles: return QStringLiteral("articles");
    case SearchKind::Quotes: return QStringLiteral("quotes");
    case SearchKind::Notes: return QStringLiteral("notes");
    }
    return QString();
}

std::optional<SearchKind> searchKindFromName(QStringView name)
{
    for (const SearchKind k : {SearchKind::Articles, SearchKind::Quotes, SearchKind::Notes})
        if (name.compare(searchKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

LibrarySearch::LibrarySearch(LibraryDatabase &db, QString textsFolder)
    : m_db(db)
    , m_textsFolder(std::move(textsFolder))
{
}

bool LibrarySearch::personOf(const SearchQuery &query, qint64 &person, QString &error)
{
    person = -1;
    if (query.kind != SearchKind::Quotes) {
        if (!query.speaker.trimmed().isEmpty() || query.speakerId >= 0) {
            error = tr("A speaker can be given for quotes only (--kind quotes).");
            return false;
        }
        return true;
    }
    person = query.speakerId;
    if (person < 0 && !query.speaker.trimmed().isEmpty()) {
        PeopleResolver people(m_db, QString());
        person = people.find(query.speaker);
        if (person < 0) {
            error = tr("No one called “%1” is quoted in the library.")
                        .arg(query.speaker.trimmed());
            return false;
        }
    }
    return true;
}

SearchResults LibrarySearch::search(const SearchQuery &query)
{
    SearchResults out;
    qint64 person = -1;
    if (!personOf(query, person, out.error))
        return out;
    switch (query.kind) {
    case SearchKind::Quotes: return searchQuotes(query, person);
    case SearchKind::Notes: return searchNotes(query);
    case SearchKind::Articles: break;
    }
    return searchArticles(query);
}

namespace {

/** "1,2,3": ids for an IN list (numbers only: nothing of the user's goes in). */
QString idList(const QList<qint64> &ids)
{
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list << QString::number(id);
    return list.join(u',');
}

/**
 * What a search asks of the database: the matches of an FTS5 table, or (no words) the rows of
 * a plain list. Nothing of the user's goes into the SQL but as bound values.
 */
struct Plan
{
    Plan(QSqlDatabase database, QString ftsTable, QString rankWeights, int snippetOf,
         QString query)
        : db(std::move(database))
        , table(std::move(ftsTable))
        , weights(std::move(rankWeights))
        , snippetColumn(snippetOf)
        , match(std::move(query))
    {
    }

    QSqlDatabase db;
    // the full-text search (match not empty)
    QString table;
    /** The rank function with its column weights (empty: bm25 with equal weights). */
    QString weights;
    /** snippet() of this column (-1: the best column), -2: none. */
    int snippetColumn = -2;
    QString match;
    /**
     * The index's columns and the SELECT of their content by id (ending in "WHERE id IN ("):
     * a block of matches is ranked in a temporary index of its rows (see rankBlock()). Empty
     * for a contentless index: a block is then ranked in the index itself.
     */
    QString columns;
    QString contentSelect;
    // the list without words: "FROM ... WHERE ..." with "id" the row's id, and its order
    QString listFrom;
    QString listOrder;
    QVariantList listValues;

    bool words() const { return !match.trimmed().isEmpty(); }
    QString matchSql(const QString &selected) const
    {
        return QStringLiteral("SELECT ") + selected + QStringLiteral(" FROM ") + table
               + QStringLiteral(" WHERE ") + table + QStringLiteral(" MATCH ?");
    }
    void bindMatch(QSqlQuery &q) const
    {
        q.addBindValue(match);
    }
};

/** The rows of a search in order, their ranks and snippets. */
struct Ranked
{
    QList<qint64> ids;
    QList<double> ranks;
    QStringList snippets;
    QString error;
    bool blocks = false;
    /** Where each id is in ids. */
    QHash<qint64, qsizetype> positions() const
    {
        QHash<qint64, qsizetype> at;
        at.reserve(ids.size());
        for (qsizetype i = 0; i < ids.size(); ++i)
            at.insert(ids.at(i), i);
        return at;
    }
};

constexpr qint64 kFirstRowid = std::numeric_limits<qint64>::min();
constexpr qint64 kLastRowid = std::numeric_limits<qint64>::max();

/** The rowids of @p count matches from match @p position (from 0), newest (highest rowid)
 *  first: FTS5 walks its index in rowid order without ranking. */
QList<qint64> newestRows(const Plan &p, qint64 position, int count, QString &error)
{
    QList<qint64> rows;
    QSqlQuery q(p.db);
    q.setForwardOnly(true);
    q.prepare(p.matchSql(QStringLiteral("rowid"))
              + QStringLiteral(" ORDER BY rowid DESC LIMIT ? OFFSET ?"));
    p.bindMatch(q);
    q.addBindValue(count);
    q.addBindValue(position);
    if (!q.exec())
        error = q.lastError().databaseText();
    while (q.next())
        rows << q.value(0).toLongLong();
    return rows;
}

/** The rowid of match @p position, newest first; nothing when fewer match. */
std::optional<qint64> rowidAt(const Plan &p, int position, QString &error)
{
    const QList<qint64> rows = newestRows(p, position, 1, error);
    return rows.isEmpty() ? std::nullopt : std::optional<qint64>(rows.first());
}

/** Appends the matches with a rowid in [from, to], ranked (FTS5 sorts by rank itself and
 *  snippet() runs for the rows returned only): @p limit of them after @p offset. */
bool rankRange(const Plan &p, qint64 from, qint64 to, int limit, int offset, Ranked &out)
{
    QSqlQuery q(p.db);
    q.setForwardOnly(true);
    QString columns = QStringLiteral("rowid, rank");
    if (p.snippetColumn > -2)
        columns += QStringLiteral(", ") + snippetCall(p.table, p.snippetColumn);
    QString sql = p.matchSql(columns);
    if (!p.weights.isEmpty())
        sql += QStringLiteral(" AND rank MATCH '") + p.weights + u'\'';
    sql += QStringLiteral(" AND rowid BETWEEN ? AND ? ORDER BY rank LIMIT ? OFFSET ?");
    q.prepare(sql);
    p.bindMatch(q);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        out.error = q.lastError().databaseText();
        return false;
    }
    while (q.next()) {
        out.ids << q.value(0).toLongLong();
        out.ranks << q.value(1).toDouble();
        out.snippets << (p.snippetColumn > -2 ? q.value(2).toString() : QString());
    }
    return true;
}

/**
 * Appends the rows @p rows ranked, @p limit of them after @p offset, ranked in a temporary index
 * of just these rows: bm25() needs the number of rows with each phrase, which FTS5 counts over
 * the whole index for every query (a walk of all matches of a phrase in most quotes, 80 ms);
 * in the few rows of a block it costs nothing. For a query of one phrase (or word) that count
 * scales every score alike, so the order is the whole index's but for the length that counts
 * as average (the block's); with several phrases each weighs as rare as it is in the block.
 */
bool rankBlock(const Plan &p, const QList<qint64> &rows, int limit, int offset, Ranked &out)
{
    Plan block = p;
    block.table = QStringLiteral("block_") + p.table;
    QSqlQuery t(p.db);
    const bool made =
        t.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.") + block.table
               + QStringLiteral(" USING fts5(") + p.columns
               + QStringLiteral(", tokenize='unicode61 remove_diacritics 2')"))
        && t.exec(QStringLiteral("DELETE FROM temp.") + block.table)
        && t.exec(QStringLiteral("INSERT INTO temp.") + block.table + QStringLiteral("(rowid, ")
                  + p.columns + QStringLiteral(") ") + p.contentSelect + idList(rows) + u')');
    if (!made) {
        out.error = t.lastError().databaseText();
        return false;
    }
    const bool ranked = rankRange(block, kFirstRowid, kLastRowid, limit, offset, out);
    t.exec(QStringLiteral("DELETE FROM temp.") + block.table);
    return ranked;
}

/** The page [offset, offset + limit) of the matches, ranked in blocks of @p block newest
 *  matches (0: all together): see SearchQuery::rankBlock. */
Ranked ranked(const Plan &p, int limit, int offset, int block)
{
    Ranked out;
    if (block <= 0) {
        rankRange(p, kFirstRowid, kLastRowid, limit, offset, out);
        return out;
    }
    int position = offset;
    while (out.ids.size() < limit && !p.contentSelect.isEmpty()) {
        const int b = position / block;
        const QList<qint64> rows = newestRows(p, qint64(b) * block, block, out.error);
        if (rows.isEmpty())
            break; // no more matches (or an error)
        const int want = limit - int(out.ids.size());
        const int skip = position - b * block;
        out.blocks = out.blocks || b > 0 || rows.size() == block;
        // fewer than a block in all: ranked in the index itself, exactly
        if (!(out.blocks ? rankBlock(p, rows, want, skip, out)
                         : rankRange(p, kFirstRowid, kLastRowid, want, skip, out))
            || rows.size() < block)
            break;
        position = (b + 1) * block;
    }
    while (out.ids.size() < limit && p.contentSelect.isEmpty()) {
        const int b = position / block;
        qint64 to = kLastRowid;
        if (b > 0) {
            const auto top = rowidAt(p, b * block, out.error);
            if (!top)
                break; // no more matches (or an error)
            to = *top;
        }
        const auto bottom = rowidAt(p, (b + 1) * block - 1, out.error);
        if (!out.error.isEmpty())
            break;
        out.blocks = out.blocks || bottom || b > 0;
        if (!rankRange(p, bottom.value_or(kFirstRowid), to, limit - int(out.ids.size()),
                       position - b * block, out)
            || !bottom)
            break;
        position = (b + 1) * block;
    }
    return out;
}

/** The page of a list without words (rank 0, no snippets). */
Ranked listed(const Plan &p, int limit, int offset)
{
    Ranked out;
    QSqlQuery q(p.db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id ") + p.listFrom + QStringLiteral(" ORDER BY ")
              + p.listOrder + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : p.listValues)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        out.error = LibraryDatabase::describe(q.lastError());
        return out;
    }
    while (q.next()) {
        out.ids << q.value(0).toLongLong();
        out.ranks << 0;
        out.snippets << QString();
    }
    return out;
}

/** How many rows @p p has, up to @p atMost (+1 to tell that there are more). */
SearchCount counted(const Plan &p, int atMost)
{
    SearchCount out;
    QSqlQuery q(p.db);
    q.setForwardOnly(true);
    if (p.words()) {
        q.prepare(QStringLiteral("SELECT count(*) FROM (") + p.matchSql(QStringLiteral("rowid"))
                  + QStringLiteral(" LIMIT ?)"));
        p.bindMatch(q);
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 ") + p.listFrom
                  + QStringLiteral(" LIMIT ?)"));
        for (const QVariant &v : p.listValues)
            q.addBindValue(v);
    }
    q.addBindValue(qint64(atMost) + 1);
    if (!q.exec() || !q.next()) {
        out.error = q.lastError().databaseText();
        return out;
    }
    const int n = q.value(0).toInt();
    out.more = n > atMost;
    out.count = std::min(n, atMost);
    return out;
}

Plan articlesPlan(const QSqlDatabase &db, const SearchQuery &query)
{
    // a title match counts ten times a body match; no snippets here (contentless index)
    return Plan(db, QStringLiteral("articles_fts"), QStringLiteral("bm25(10.0, 1.0)"), -2,
                query.text);
}

/** Whether the brackets of an FTS5 query (outside "phrases") close in order. */
bool bracketsClose(const QString &query)
{
    int depth = 0;
    bool inPhrase = false;
    for (const QChar c : query) {
        if (c == u'"')
            inPhrase = !inPhrase;
        else if (!inPhrase && c == u'(')
            ++depth;
        else if (!inPhrase && c == u')' && --depth < 0)
            return false;
    }
    return depth == 0;
}

Plan quotesPlan(const QSqlDatabase &db, const SearchQuery &query, qint64 person)
{
    // the words in the quote's text only; its speaker's name (names.id) adds nothing to the rank
    Plan p(db, QStringLiteral("quotes_fts"), QStringLiteral("bm25(1.0, 0.0)"), 0, query.text);
    p.columns = QStringLiteral("text, name");
    p.contentSelect = QStringLiteral("SELECT id, text, name FROM quotes WHERE id IN (");
    // a query whose brackets do not close is passed as it is, for FTS5 to say what is wrong
    if (p.words() && bracketsClose(query.text)) {
        p.match = QStringLiteral("text:(") + query.text + u')';
        if (person >= 0) {
            // the person's names, as the index has them (numbers only: nothing of the user's)
            QStringList names;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM names WHERE person = ?"));
            q.addBindValue(person);
            if (q.exec())
                while (q.next())
                    names << QString::number(q.value(0).toLongLong());
            if (names.isEmpty())
                names << QStringLiteral("none"); // a token no quote has
            p.match += QStringLiteral(" AND name:(") + names.join(QStringLiteral(" OR ")) + u')';
        }
    }
    // everything the person said: newest article first, in reading order
    p.listFrom = QStringLiteral("FROM (SELECT q.id AS id, a.published, a.id AS article, "
                                "q.start FROM names n JOIN quotes q ON q.name = n.id "
                                "JOIN articles a ON a.id = q.article WHERE n.person = ?)");
    p.listOrder = QStringLiteral("published DESC, article DESC, start");
    p.listValues = {person};
    return p;
}

Plan notesPlan(const QSqlDatabase &db, const SearchQuery &query)
{
    Plan p(db, QStringLiteral("notes_fts"), QStringLiteral("bm25(1.0, 2.0, 0.5)"), 0,
           withTagColumns(query.text));
    p.columns = QStringLiteral("text, tags, exact");
    p.contentSelect = QStringLiteral("SELECT id, text, tags, exact FROM notes WHERE id IN (");
    p.listFrom = QStringLiteral("FROM notes");
    p.listOrder = QStringLiteral("modified DESC, id DESC");
    return p;
}

/** The page of @p p for @p query: ranked matches, or the list when there are no words. */
Ranked pageOf(const Plan &p, const SearchQuery &query)
{
    return p.words() ? ranked(p, query.limit, query.offset, query.rankBlock)
                     : listed(p, query.limit, query.offset);
}

/** The page of @p plan for @p query: its rows, and in @p out as many hits (to fill), the
 *  error, whether ranked in blocks. */
Ranked page(const Plan &plan, const SearchQuery &query, SearchResults &out)
{
    const Ranked r = pageOf(plan, query);
    if (!r.error.isEmpty())
        out.error = plan.words() ? syntaxError(query.text, r.error) : r.error;
    out.blockRanked = r.blocks;
    out.hits.resize(r.ids.size());
    return r;
}

/** Runs @p select, which ends in "WHERE x.id IN (", for the rows of @p r. */
QSqlQuery selectRows(const QSqlDatabase &db, const QString &select, const Ranked &r)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(select + idList(r.ids) + u')');
    return q;
}

/** The snippet of a quote or note: the marked passage, or without words the whole text. */
void setSnippetOf(SearchHit &h, const Plan &plan, const Ranked &r, qsizetype i)
{
    h.rank = r.ranks.at(i);
    if (plan.words())
        setSnippet(h, r.snippets.at(i));
    else
        h.snippet = h.text;
}

/** The page of quotes or notes: @p select (ending in "WHERE x.id IN (", its first column the
 *  id) run for the rows of the page; @p fill makes a hit of each row. */
template<typename Fill>
SearchResults hitsOf(const Plan &plan, const SearchQuery &query, const QString &select,
                     Fill fill)
{
    SearchResults out;
    const Ranked r = page(plan, query, out);
    const QHash<qint64, qsizetype> at = r.positions();
    QSqlQuery q = selectRows(plan.db, select, r);
    while (q.next()) {
        const qsizetype i = at.value(q.value(0).toLongLong());
        SearchHit &h = out.hits[i];
        fill(q, h);
        setSnippetOf(h, plan, r, i);
    }
    return out;
}

} // namespace

SearchCount LibrarySearch::count(const SearchQuery &query, int atMost)
{
    SearchCount out;
    qint64 person = -1;
    if (!personOf(query, person, out.error))
        return out;
    const QSqlDatabase db = m_db.connection();
    switch (query.kind) {
    case SearchKind::Articles:
        if (query.text.trimmed().isEmpty())
            return out;
        out = counted(articlesPlan(db, query), atMost);
        break;
    case SearchKind::Quotes: {
        const Plan p = quotesPlan(db, query, person);
        if (!p.words() && person < 0)
            return out;
        out = counted(p, atMost);
        break;
    }
    case SearchKind::Notes: out = counted(notesPlan(db, query), atMost); break;
    }
    if (!out.ok() && !query.text.trimmed().isEmpty())
        out.error = syntaxError(query.text, out.error);
    return out;
}

SearchResults LibrarySearch::searchArticles(const SearchQuery &query)
{
    SearchResults out;
    if (query.text.trimmed().isEmpty()) {
        out.error = tr("Nothing to search for: give some words.");
        return out;
    }
    const Ranked r = page(articlesPlan(m_db.connection(), query), query, out);
    if (r.ids.isEmpty())
        return out;
    const QHash<qint64, qsizetype> at = r.positions();
    for (qsizetype i = 0; i < r.ids.size(); ++i) {
        out.hits[i].kind = SearchKind::Articles;
        out.hits[i].articleId = r.ids.at(i);
        out.hits[i].rank = r.ranks.at(i);
    }
    QSqlQuery q = selectRows(
        m_db.connection(),
        QStringLiteral("SELECT id, title, path, hash, published FROM articles WHERE id IN ("), r);
    while (q.next()) {
        SearchHit &h = out.hits[at.value(q.value(0).toLongLong())];
        setArticle(h, q, 1);
        h.text = h.articleTitle;
    }
    q.finish();

    // snippets: the hits' texts (from their files) in a temporary index, asked the same query
    QSqlQuery t(m_db.connection());
    t.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.snippets USING fts5(title, "
                          "body, tokenize='unicode61 remove_diacritics 2')"));
    t.exec(QStringLiteral("DELETE FROM temp.snippets"));
    const LibraryTexts texts(m_textsFolder);
    t.prepare(QStringLiteral("INSERT INTO temp.snippets(rowid, title, body) VALUES (?, ?, ?)"));
    for (const SearchHit &h : std::as_const(out.hits)) {
        const auto entry = texts.read(h.articleHash);
        t.addBindValue(h.articleId);
        t.addBindValue(h.articleTitle);
        t.addBindValue(entry ? entry->document.text() : QString(u""_s));
        t.exec();
    }
    t.prepare(QStringLiteral("SELECT rowid, ") + snippetCall(QStringLiteral("snippets"), -1)
              + QStringLiteral(" FROM temp.snippets WHERE snippets MATCH ?"));
    t.addBindValue(query.text);
    if (t.exec())
        while (t.next())
            setSnippet(out.hits[at.value(t.value(0).toLongLong())], t.value(1).toString());
    t.exec(QStringLiteral("DELETE FROM temp.snippets"));
    return out;
}

SearchResults LibrarySearch::searchQuotes(const SearchQuery &query, qint64 person)
{
    SearchResults out;
    const Plan plan = quotesPlan(m_db.connection(), query, person);
    if (!plan.words() && person < 0) {
        out.error = tr("Nothing to search for: give some words or a speaker.");
        return out;
    }
    return hitsOf(plan, query,
                  QStringLiteral("SELECT q.id, q.article, q.start, q.end, q.text, p.id, p.name, "
                                 "a.title, a.path, a.hash, a.published FROM quotes q "
                                 "LEFT JOIN names n ON n.id = q.name "
                                 "LEFT JOIN people p ON p.id = n.person "
                                 "JOIN articles a ON a.id = q.article WHERE q.id IN ("),
                  [](const QSqlQuery &q, SearchHit &h) {
        h.kind = SearchKind::Quotes;
        h.articleId = q.value(1).toLongLong();
        h.start = q.value(2).toLongLong();
        h.end = q.value(3).toLongLong();
        h.text = q.value(4).toString();
        h.personId = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        h.speaker = q.value(6).toString();
        setArticle(h, q, 7);
    });
}

SearchResults LibrarySearch::searchNotes(const SearchQuery &query)
{
    return hitsOf(notesPlan(m_db.connection(), query), query,
                  QStringLiteral("SELECT n.id, n.uuid, n.article, n.start, n.end, n.text, n.tags, "
                                 "n.exact, n.source, a.title, a.path, a.hash, a.published "
                                 "FROM notes n LEFT JOIN articles a ON a.id = n.article "
                                 "WHERE n.id IN ("),
                  [](const QSqlQuery &q, SearchHit &h) {
        h.kind = SearchKind::Notes;
        h.noteId = q.value(1).toString();
        h.articleId = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
        h.start = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        h.end = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        h.text = q.value(5).toString();
        h.tags = q.value(6).toString().split(u' ', Qt::SkipEmptyParts);
        h.exact = q.value(7).toString();
        setArticle(h, q, 9);
        if (q.value(10).isNull())
            h.articlePath = q.value(8).toString(); // the source noted: not in the library
    });
}

} // namespace gloss::library
