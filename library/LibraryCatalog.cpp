#include "LibraryCatalog.h"

#include "LibraryDatabase.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace gloss::library {

namespace {

const QString kColumns = QStringLiteral(
    "a.id, a.hash, a.path, a.title, a.site, a.url, a.author, a.published, a.added, a.opened, "
    "a.words, a.quotes, a.notes");

/** The order of the list: each has an index (schema version 3) and ends with the id, so that
 *  ties keep one order from page to page. */
QString orderBy(const ArticleFilter &f)
{
    const QString dir = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (f.sort) {
    case ArticleFilter::Sort::Date:
        return QStringLiteral("a.published") + dir + QStringLiteral(", a.id") + dir;
    case ArticleFilter::Sort::Title:
        return QStringLiteral("a.title COLLATE NOCASE") + dir + QStringLiteral(", a.id") + dir;
    case ArticleFilter::Sort::Site:
        return QStringLiteral("a.site COLLATE NOCASE") + dir + QStringLiteral(", a.published")
               + dir + QStringLiteral(", a.id") + dir;
    case ArticleFilter::Sort::Notes:
        return QStringLiteral("a.notes") + dir + QStringLiteral(", a.published") + dir
               + QStringLiteral(", a.id") + dir;
    case ArticleFilter::Sort::Added:
        return QStringLiteral("a.added") + dir + QStringLiteral(", a.id") + dir;
    case ArticleFilter::Sort::Opened:
        return QStringLiteral("a.opened") + dir + QStringLiteral(", a.id") + dir;
    }
    return QStringLiteral("a.id");
}

QString whereOf(const ArticleFilter &f, QVariantList &values)
{
    QStringList parts;
    if (!f.site.isEmpty()) {
        parts << QStringLiteral("a.site = ? COLLATE NOCASE");
        values << f.site;
    }
    if (!f.tag.isEmpty()) {
        QString tag = f.tag;
        if (tag.startsWith(u'#'))
            tag.remove(0, 1);
        parts << QStringLiteral("a.id IN (SELECT article FROM notes WHERE article IS NOT NULL "
                                "AND (' ' || tags || ' ') LIKE ? ESCAPE '\\')");
        tag.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        values << QString(QStringLiteral("% ") + tag + QStringLiteral(" %"));
    }
    if (f.person >= 0) {
        parts << QStringLiteral("a.id IN (SELECT q.article FROM quotes q JOIN names n "
                                "ON q.name = n.id WHERE n.person = ?)");
        values << f.person;
    }
    return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(" AND ");
}

QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromSecsSinceEpoch(v.toLongLong(), QTimeZone::UTC);
}

} // namespace

LibraryCatalog::LibraryCatalog(LibraryDatabase &db)
    : m_db(db)
{
}

QList<ArticleEntry> LibraryCatalog::select(const QString &where, const QVariantList &values,
                                           const QString &tail)
{
    QList<ArticleEntry> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM articles a") + where
              + tail);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = LibraryDatabase::describe(q.lastError());
        return out;
    }
    m_error.clear();
    while (q.next()) {
        ArticleEntry e;
        e.id = q.value(0).toLongLong();
        e.hash = q.value(1).toByteArray();
        e.path = q.value(2).toString();
        e.title = q.value(3).toString();
        e.site = q.value(4).toString();
        e.url = q.value(5).toString();
        e.author = q.value(6).toString();
        if (!q.value(7).isNull())
            e.published = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        e.added = fromSecs(q.value(8));
        e.opened = fromSecs(q.value(9));
        e.words = q.value(10).toInt();
        e.quotes = q.value(11).toInt();
        e.notes = q.value(12).toInt();
        out.append(std::move(e));
    }
    return out;
}

QList<ArticleEntry> LibraryCatalog::articles(const ArticleFilter &filter)
{
    QVariantList values;
    const QString where = whereOf(filter, values);
    QString tail = QStringLiteral(" ORDER BY ") + orderBy(filter);
    if (filter.limit >= 0 || filter.offset > 0)
        tail += QStringLiteral(" LIMIT %1 OFFSET %2").arg(filter.limit).arg(filter.offset);
    return select(where, values, tail);
}

int LibraryCatalog::count(const ArticleFilter &filter)
{
    QVariantList values;
    const QString where = whereOf(filter, values);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM articles a") + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        m_error = LibraryDatabase::describe(q.lastError());
        return 0;
    }
    return q.value(0).toInt();
}

std::optional<ArticleEntry> LibraryCatalog::article(qint64 id)
{
    const QList<ArticleEntry> found = select(QStringLiteral(" WHERE a.id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<ArticleEntry>(found.first());
}

std::optional<ArticleEntry> LibraryCatalog::articleByHash(const QByteArray &hash)
{
    const QList<ArticleEntry> found =
        select(QStringLiteral(" WHERE a.hash = ?"), {QString::fromLatin1(hash)});
    return found.isEmpty() ? std::nullopt : std::optional<ArticleEntry>(found.first());
}

std::optional<ArticleEntry> LibraryCatalog::articleByPath(const QString &path)
{
    const QList<ArticleEntry> found =
        select(QStringLiteral(" WHERE a.path = ?"), {path}, QStringLiteral(" LIMIT 1"));
    return found.isEmpty() ? std::nullopt : std::optional<ArticleEntry>(found.first());
}

QList<QPair<QString, int>> LibraryCatalog::sites()
{
    QList<QPair<QString, int>> out;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT site, count(*) AS n FROM articles WHERE site <> '' "
                          "GROUP BY site COLLATE NOCASE ORDER BY n DESC, site"));
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

QList<QPair<QString, int>> LibraryCatalog::tags()
{
    QHash<QString, int> counts;
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT tags FROM notes WHERE tags <> ''"));
    while (q.next())
        for (const QString &t : q.value(0).toString().split(u' ', Qt::SkipEmptyParts))
            ++counts[t];
    QList<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return out;
}

bool LibraryCatalog::markOpened(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE articles SET opened = ? WHERE id = ?"));
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = LibraryDatabase::describe(q.lastError());
        return false;
    }
    return true;
}

} // namespace gloss::library
