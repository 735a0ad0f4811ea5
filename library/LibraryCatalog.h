#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace gloss::library {

class LibraryDatabase;

/** An article of the library as the list shows it. */
struct ArticleEntry
{
    qint64 id = -1;
    /** Content hash (hex SHA-256): names its text file and its notes file. */
    QByteArray hash;
    /** The file (canonical path) or URL it was read from; empty for pasted text. */
    QString path;
    QString title, site, url, author;
    QDateTime published; ///< invalid when unknown
    QDateTime added;
    QDateTime opened;    ///< last opened in the window (invalid: never)
    int words = 0;
    int quotes = 0;
    int notes = 0;
};

/** What ArticleList shows and in which order. */
struct ArticleFilter
{
    enum class Sort { Date, Title, Site, Notes, Added, Opened };
    Sort sort = Sort::Date;
    bool descending = true;
    /** Only articles of this site (exact, case-insensitive); empty: all. */
    QString site;
    /** Only articles with a note tagged so (without '#'); empty: all. */
    QString tag;
    /** Only articles where this person (Person::id) is quoted; -1: all. */
    qint64 person = -1;
    /** Rows to skip and to give at most (-1: all), for a view that fetches in pages. */
    int offset = 0;
    int limit = -1;
};

/**
 * @brief The library's articles as a list: sorted, filtered, counted; the sites and tags to
 * filter by. Reads only (markOpened() aside); one per connection.
 */
class LibraryCatalog
{
public:
    explicit LibraryCatalog(LibraryDatabase &db);

    QList<ArticleEntry> articles(const ArticleFilter &filter = {});
    /** How many articles the filter lets through (offset and limit ignored). */
    int count(const ArticleFilter &filter = {});
    std::optional<ArticleEntry> article(qint64 id);
    std::optional<ArticleEntry> articleByHash(const QByteArray &hash);
    /** The article stored for the file or URL @p path (canonical path for a file). */
    std::optional<ArticleEntry> articleByPath(const QString &path);

    /** Sites with their article counts, most articles first. */
    QList<QPair<QString, int>> sites();
    /** Note tags with the number of notes carrying each, most used first. */
    QList<QPair<QString, int>> tags();

    /** Records that article @p id was opened now. */
    bool markOpened(qint64 id);

    /** The last error (empty when none). */
    const QString &error() const { return m_error; }

private:
    QList<ArticleEntry> select(const QString &where, const QVariantList &values,
                               const QString &tail = QString());

    LibraryDatabase &m_db;
    QString m_error;
};

} // namespace gloss::library
