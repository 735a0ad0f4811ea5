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

QString LibrarySearch::syntaxError(const QString &query, const QString &why) const
{
    QString reason = why;
    reason.remove(QStringLiteral("fts5: "));
    return tr("The search “%1” cannot be read: %2. Words, \"a phrase\", OR, NOT, NEAR(a b), "
              "prefix*, and column:word are understood.")
        .arg(query, reason);
}

SearchResults LibrarySearch::search(const SearchQuery &query)
{
    if (query.kind == SearchKind::Quotes) {
        qint64 person = query.speakerId;
        if (person < 0 && !query.speaker.trimmed().isEmpty()) {
            PeopleResolver people(m_db, QString());
            person = people.find(query.speaker);
            if (person < 0)
                return {{}, tr("No one called “%1” is quoted in the library.")
                                .arg(query.speaker.trimmed())};
        }
        return searchQuotes(query, person);
    }
    if (!query.speaker.trimmed().isEmpty() || query.speakerId >= 0)
        return {{}, tr("A speaker can be given for quotes only (--kind quotes).")};
    if (query.kind == SearchKind::Notes)
        return searchNotes(query);
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

/** The ranked rows of an FTS table, with their snippets: FTS5 sorts by rank itself and
 *  snippet() runs for the rows returned only. */
struct Ranked
{
    QList<qint64> ids;
    QList<double> ranks;
    QStringList snippets;
    QString error;
};

Ranked ranked(const QSqlDatabase &db, const QString &table, const QString &weights,
              int snippetColumn, const QString &match, const QString &rowFilter,
              const QVariantList &filterValues, int limit, int offset)
{
    Ranked out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT rowid, rank");
    if (snippetColumn > -2)
        sql += QStringLiteral(", ") + snippetCall(table, snippetColumn);
    sql += QStringLiteral(" FROM ") + table + QStringLiteral(" WHERE ") + table
           + QStringLiteral(" MATCH ?");
    if (!weights.isEmpty())
        sql += QStringLiteral(" AND rank MATCH '") + weights + u'\'';
    sql += rowFilter + QStringLiteral(" ORDER BY rank LIMIT ? OFFSET ?");
    q.prepare(sql);
    q.addBindValue(match);
    for (const QVariant &v : filterValues)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        out.error = q.lastError().databaseText();
        return out;
    }
    while (q.next()) {
        out.ids << q.value(0).toLongLong();
        out.ranks << q.value(1).toDouble();
        out.snippets << (snippetColumn > -2 ? q.value(2).toString() : QString());
    }
    return out;
}

} // namespace

SearchResults LibrarySearch::searchArticles(const SearchQuery &query)
{
    SearchResults out;
    if (query.text.trimmed().isEmpty()) {
        out.error = tr("Nothing to search for: give some words.");
        return out;
    }
    // a title match counts ten times a body match; no snippets here (contentless index)
    const Ranked r = ranked(m_db.connection(), QStringLiteral("articles_fts"),
                            QStringLiteral("bm25(10.0, 1.0)"), -2, query.text, QString(), {},
                            query.limit, query.offset);
    if (!r.error.isEmpty()) {
        out.error = syntaxError(query.text, r.error);
        return out;
    }
    if (r.ids.isEmpty())
        return out;
    QHash<qint64, qsizetype> at;
    out.hits.resize(r.ids.size());
    for (qsizetype i = 0; i < r.ids.size(); ++i) {
        at.insert(r.ids.at(i), i);
        out.hits[i].kind = SearchKind::Articles;
        out.hits[i].articleId = r.ids.at(i);
        out.hits[i].rank = r.ranks.at(i);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, title, path, hash, published FROM articles WHERE id IN (")
           + idList(r.ids) + u')');
    while (q.next()) {
        SearchHit &h = out.hits[at.value(q.value(0).toLongLong())];
        h.articleTitle = q.value(1).toString();
        h.text = h.articleTitle;
        h.articlePath = q.value(2).toString();
        h.articleHash = q.value(3).toByteArray();
        h.published = dateOf(q.value(4));
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
    const bool words = !query.text.trimmed().isEmpty();
    if (!words && person < 0) {
        out.error = tr("Nothing to search for: give some words or a speaker.");
        return out;
    }
    Ranked r;
    if (words) {
        r = ranked(m_db.connection(), QStringLiteral("quotes_fts"), QString(), 0, query.text,
                   person >= 0 ? QStringLiteral(" AND rowid IN (SELECT q.id FROM quotes q JOIN "
                                                "names n ON n.id = q.name WHERE n.person = ?)")
                               : QString(),
                   person >= 0 ? QVariantList{person} : QVariantList{}, query.limit,
                   query.offset);
        if (!r.error.isEmpty()) {
            out.error = syntaxError(query.text, r.error);
            return out;
        }
    } else {
        // everything the person said: newest article first, in reading order
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT q.id FROM names n JOIN quotes q ON q.name = n.id "
                                 "JOIN articles a ON a.id = q.article WHERE n.person = ? "
                                 "ORDER BY a.published DESC, a.id DESC, q.start "
                                 "LIMIT ? OFFSET ?"));
        q.addBindValue(person);
        q.addBindValue(query.limit);
        q.addBindValue(query.offset);
        if (!q.exec()) {
            out.error = LibraryDatabase::describe(q.lastError());
            return out;
        }
        while (q.next()) {
            r.ids << q.value(0).toLongLong();
            r.ranks << 0;
            r.snippets << QString();
        }
    }
    if (r.ids.isEmpty())
        return out;
    QHash<qint64, qsizetype> at;
    out.hits.resize(r.ids.size());
    for (qsizetype i = 0; i < r.ids.size(); ++i)
        at.insert(r.ids.at(i), i);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT q.id, q.article, q.start, q.end, q.text, p.id, p.name, "
                          "a.title, a.path, a.hash, a.published FROM quotes q "
                          "LEFT JOIN names n ON n.id = q.name "
                          "LEFT JOIN people p ON p.id = n.person "
                          "JOIN articles a ON a.id = q.article WHERE q.id IN (")
           + idList(r.ids) + u')');
    while (q.next()) {
        const qsizetype i = at.value(q.value(0).toLongLong());
        SearchHit &h = out.hits[i];
        h.kind = SearchKind::Quotes;
        h.articleId = q.value(1).toLongLong();
        h.start = q.value(2).toLongLong();
        h.end = q.value(3).toLongLong();
        h.text = q.value(4).toString();
        h.personId = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        h.speaker = q.value(6).toString();
        h.articleTitle = q.value(7).toString();
        h.articlePath = q.value(8).toString();
        h.articleHash = q.value(9).toByteArray();
        h.published = dateOf(q.value(10));
        h.rank = r.ranks.at(i);
        if (words)
            setSnippet(h, r.snippets.at(i));
        else
            h.snippet = h.text;
    }
    return out;
}

SearchResults LibrarySearch::searchNotes(const SearchQuery &query)
{
    SearchResults out;
    const QString text = withTagColumns(query.text);
    const bool words = !text.trimmed().isEmpty();
    Ranked r;
    if (words) {
        r = ranked(m_db.connection(), QStringLiteral("notes_fts"),
                   QStringLiteral("bm25(1.0, 2.0, 0.5)"), 0, text, QString(), {}, query.limit,
                   query.offset);
        if (!r.error.isEmpty()) {
            out.error = syntaxError(query.text, r.error);
            return out;
        }
    } else {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM notes ORDER BY modified DESC, id DESC "
                                 "LIMIT ? OFFSET ?"));
        q.addBindValue(query.limit);
        q.addBindValue(query.offset);
        if (!q.exec()) {
            out.error = LibraryDatabase::describe(q.lastError());
            return out;
        }
        while (q.next()) {
            r.ids << q.value(0).toLongLong();
            r.ranks << 0;
            r.snippets << QString();
        }
    }
    if (r.ids.isEmpty())
        return out;
    QHash<qint64, qsizetype> at;
    out.hits.resize(r.ids.size());
    for (qsizetype i = 0; i < r.ids.size(); ++i)
        at.insert(r.ids.at(i), i);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT n.id, n.uuid, n.article, n.start, n.end, n.text, n.tags, "
                          "n.exact, n.source, a.title, a.path, a.hash, a.published FROM notes n "
                          "LEFT JOIN articles a ON a.id = n.article WHERE n.id IN (")
           + idList(r.ids) + u')');
    while (q.next()) {
        const qsizetype i = at.value(q.value(0).toLongLong());
        SearchHit &h = out.hits[i];
        h.kind = SearchKind::Notes;
        h.noteId = q.value(1).toString();
        h.articleId = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
        h.start = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        h.end = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
        h.text = q.value(5).toString();
        h.tags = q.value(6).toString().split(u' ', Qt::SkipEmptyParts);
        h.exact = q.value(7).toString();
        h.articleTitle = q.value(9).toString();
        h.articlePath = q.value(10).isNull() ? q.value(8).toString() : q.value(10).toString();
        h.articleHash = q.value(11).toByteArray();
        h.published = dateOf(q.value(12));
        h.rank = r.ranks.at(i);
        if (words)
            setSnippet(h, r.snippets.at(i));
        else
            h.snippet = h.text;
    }
    return out;
}

} // namespace gloss::library
