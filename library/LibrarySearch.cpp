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

SearchResults LibrarySearch::searchArticles(const SearchQuery &query)
{
    SearchResults out;
    if (query.text.trimmed().isEmpty()) {
        out.error = tr("Nothing to search for: give some words.");
        return out;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT f.rowid, f.r, a.title, a.path, a.hash, a.published FROM "
        "(SELECT rowid, bm25(articles_fts, 10.0, 1.0) AS r FROM articles_fts "
        " WHERE articles_fts MATCH ? ORDER BY r LIMIT ? OFFSET ?) f "
        "JOIN articles a ON a.id = f.rowid ORDER BY f.r"));
    q.addBindValue(query.text);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec()) {
        out.error = syntaxError(query.text, q.lastError().databaseText());
        return out;
    }
    while (q.next()) {
        SearchHit h;
        h.kind = SearchKind::Articles;
        h.articleId = q.value(0).toLongLong();
        h.rank = q.value(1).toDouble();
        h.articleTitle = q.value(2).toString();
        h.text = h.articleTitle;
        h.articlePath = q.value(3).toString();
        h.articleHash = q.value(4).toByteArray();
        h.published = dateOf(q.value(5));
        out.hits.append(std::move(h));
    }
    q.finish();
    if (out.hits.isEmpty())
        return out;

    // snippets: the hits' texts (from their files) in a temporary index, asked the same query
    QSqlQuery t(m_db.connection());
    t.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.snippets USING fts5(title, "
                          "body, tokenize='unicode61 remove_diacritics 2')"));
    t.exec(QStringLiteral("DELETE FROM temp.snippets"));
    const LibraryTexts texts(m_textsFolder);
    t.prepare(QStringLiteral("INSERT INTO temp.snippets(rowid, title, body) VALUES (?, ?, ?)"));
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < out.hits.size(); ++i) {
        const SearchHit &h = out.hits.at(i);
        at.insert(h.articleId, i);
        const auto entry = texts.read(h.articleHash);
        t.addBindValue(h.articleId);
        t.addBindValue(h.articleTitle);
        t.addBindValue(entry ? entry->document.text() : QString());
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
    const QString columns = QStringLiteral(
        "q.id, q.article, q.start, q.end, q.text, p.id, p.name, a.title, a.path, a.hash, "
        "a.published");
    QString sql;
    if (words) {
        sql = QStringLiteral("SELECT ") + columns + QStringLiteral(", ")
              + snippetCall(QStringLiteral("quotes_fts"), 0)
              + QStringLiteral(", bm25(quotes_fts) AS r FROM quotes_fts "
                               "JOIN quotes q ON q.id = quotes_fts.rowid "
                               "LEFT JOIN names n ON n.id = q.name "
                               "LEFT JOIN people p ON p.id = n.person "
                               "JOIN articles a ON a.id = q.article "
                               "WHERE quotes_fts MATCH ?")
              + (person >= 0 ? QStringLiteral(" AND n.person = ?") : QString())
              + QStringLiteral(" ORDER BY r LIMIT ? OFFSET ?");
    } else {
        sql = QStringLiteral("SELECT ") + columns
              + QStringLiteral(", q.text, 0 FROM names n JOIN quotes q ON q.name = n.id "
                               "JOIN people p ON p.id = n.person "
                               "JOIN articles a ON a.id = q.article WHERE n.person = ? "
                               "ORDER BY a.published DESC, a.id DESC, q.start LIMIT ? OFFSET ?");
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (words)
        q.addBindValue(query.text);
    if (person >= 0)
        q.addBindValue(person);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec()) {
        out.error = syntaxError(query.text, q.lastError().databaseText());
        return out;
    }
    while (q.next()) {
        SearchHit h;
        h.kind = SearchKind::Quotes;
        h.start = q.value(2).toLongLong();
        h.end = q.value(3).toLongLong();
        h.text = q.value(4).toString();
        h.personId = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
        h.speaker = q.value(6).toString();
        h.articleId = q.value(1).toLongLong();
        h.articleTitle = q.value(7).toString();
        h.articlePath = q.value(8).toString();
        h.articleHash = q.value(9).toByteArray();
        h.published = dateOf(q.value(10));
        setSnippet(h, q.value(11).toString());
        h.rank = q.value(12).toDouble();
        out.hits.append(std::move(h));
    }
    return out;
}

SearchResults LibrarySearch::searchNotes(const SearchQuery &query)
{
    SearchResults out;
    const QString text = withTagColumns(query.text);
    const bool words = !text.trimmed().isEmpty();
    const QString columns = QStringLiteral(
        "n.uuid, n.article, n.start, n.end, n.text, n.tags, n.exact, n.source, a.title, a.path, "
        "a.hash, a.published");
    QString sql;
    if (words)
        sql = QStringLiteral("SELECT ") + columns + QStringLiteral(", ")
              + snippetCall(QStringLiteral("notes_fts"), -1)
              + QStringLiteral(", bm25(notes_fts, 1.0, 2.0, 0.5) AS r FROM notes_fts "
                               "JOIN notes n ON n.id = notes_fts.rowid "
                               "LEFT JOIN articles a ON a.id = n.article "
                               "WHERE notes_fts MATCH ? ORDER BY r LIMIT ? OFFSET ?");
    else
        sql = QStringLiteral("SELECT ") + columns
              + QStringLiteral(", n.text, 0 FROM notes n LEFT JOIN articles a ON a.id = "
                               "n.article ORDER BY n.modified DESC LIMIT ? OFFSET ?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (words)
        q.addBindValue(text);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec()) {
        out.error = syntaxError(query.text, q.lastError().databaseText());
        return out;
    }
    while (q.next()) {
        SearchHit h;
        h.kind = SearchKind::Notes;
        h.noteId = q.value(0).toString();
        h.articleId = q.value(1).isNull() ? -1 : q.value(1).toLongLong();
        h.start = q.value(2).isNull() ? -1 : q.value(2).toLongLong();
        h.end = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
        h.text = q.value(4).toString();
        h.tags = q.value(5).toString().split(u' ', Qt::SkipEmptyParts);
        h.exact = q.value(6).toString();
        h.articleTitle = q.value(8).toString();
        h.articlePath = q.value(9).isNull() ? q.value(7).toString() : q.value(9).toString();
        h.articleHash = q.value(10).toByteArray();
        h.published = dateOf(q.value(11));
        setSnippet(h, q.value(12).toString());
        h.rank = q.value(13).toDouble();
        out.hits.append(std::move(h));
    }
    return out;
}

} // namespace gloss::library
