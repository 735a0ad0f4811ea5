#pragma once

#include "LibraryTexts.h"
#include "PeopleResolver.h"
#include "model/Article.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace gloss::library {

class LibraryDatabase;

/**
 * @brief An analysed article as the library stores it: metadata, and the analysis reduced to
 * offsets (code points) and names. Made on any thread (prepare()), written by LibraryWriter.
 */
struct AnalysedArticle
{
    struct Speech
    {
        qint64 start = 0; ///< code points
        qint64 end = 0;
        int kind = 0;     ///< QuoteKind or ClaimKind
        QString text;     ///< quotes only (the full-text index reads it)
        QString speaker;  ///< canonical name, empty when none
        QStringList aliases;
        EntityType type = EntityType::Person;
    };
    struct Named
    {
        QString name;
        EntityType type = EntityType::Other;
        int mentions = 0;
    };

    QByteArray hash;
    /** The file the text was read from (canonical), a URL, or empty. */
    QString path;
    QString title, site, url, author;
    QDateTime published;
    QDateTime added;
    qint64 chars = 0;
    int words = 0;
    QString text;
    QList<Speech> quotes;
    QList<Speech> claims;
    QList<Named> entities;

    /** The library's view of @p article, read from @p path (canonical) and added at @p added. */
    static AnalysedArticle prepare(const Article &article, const QString &path,
                                   const QDateTime &added);
};

/**
 * @brief Writes analysed articles into the library, from one thread, inside the caller's
 * transaction: a new text is added, the same text again is a duplicate, a new text for a path
 * the library has (a changed file) replaces that article's analysis in place.
 */
class LibraryWriter
{
public:
    enum class Outcome { Added, Updated, Duplicate, Unchanged, Failed };

    LibraryWriter(LibraryDatabase &db, PeopleResolver &people);
    ~LibraryWriter();

    /** Reads the hashes and paths known (call once before writing). */
    bool load();
    const QString &error() const { return m_error; }

    /** Whether the text @p hash is in the library. */
    bool hasText(const QByteArray &hash) const { return m_byHash.contains(hash); }
    /** The hash of the text stored for @p path, or empty. */
    QByteArray hashOfPath(const QString &path) const;

    Outcome write(const AnalysedArticle &article);
    /** Texts replaced by write() (changed files): to remove once the transaction is committed. */
    QList<QByteArray> takeReplacedTexts();

private:
    bool insertChildren(qint64 id, const AnalysedArticle &article);
    bool removeChildren(qint64 id);
    bool exec(QSqlQuery &q);

    LibraryDatabase &m_db;
    PeopleResolver &m_people;
    QString m_error;
    QHash<QByteArray, qint64> m_byHash;
    QHash<QString, qint64> m_byPath;
    QHash<qint64, QByteArray> m_hashOf;
    QList<QByteArray> m_replaced;
    struct Statements;
    std::unique_ptr<Statements> m_st;
};

} // namespace gloss::library
