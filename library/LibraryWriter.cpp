#include "LibraryWriter.h"

#include "LibraryDatabase.h"

#include <QFileInfo>
#include <QUrl>
#include <QSqlError>
#include <QVariant>

namespace gloss::library {

using namespace Qt::StringLiterals;

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

/** Never NULL: a null QString is bound as NULL, which the NOT NULL columns refuse. */
QVariant notNull(const QString &s)
{
    return s.isNull() ? QVariant(QString(u""_s)) : QVariant(s);
}

} // namespace

AnalysedArticle AnalysedArticle::prepare(const Article &article, const QString &path,
                                         const QDateTime &added)
{
    const Document &doc = article.document;
    AnalysedArticle a;
    a.hash = doc.sha256();
    a.path = path;
    a.title = !article.title.isEmpty()      ? article.title
              : !doc.metaTitle.isEmpty()    ? doc.metaTitle
              : path.contains(u"://")       ? path
                                            : QFileInfo(path).completeBaseName();
    a.site = doc.metaSite;
    if (a.site.isEmpty() && !doc.metaUrl.isEmpty())
        a.site = QUrl(doc.metaUrl).host();
    if (a.site.isEmpty() && path.contains(u"://"))
        a.site = QUrl(path).host();
    a.url = doc.metaUrl;
    a.author = doc.metaAuthor;
    if (a.author.isEmpty() && !article.byline.isEmpty()) {
        a.author = article.byline;
        if (a.author.startsWith(QStringLiteral("By "), Qt::CaseInsensitive))
            a.author = a.author.mid(3).trimmed();
    }
    a.published = doc.metaDate;
    a.added = added;
    a.chars = doc.codePointLength();
    a.words = article.wordCount();
    a.text = doc.text();
    for (const Quote &q : article.quotes) {
        Speech s;
        s.start = doc.toCodePoint(q.span.start);
        s.end = doc.toCodePoint(q.span.end);
        s.kind = int(q.kind);
        s.text = article.textOf(q);
        if (const Entity *e = article.speakerOf(q)) {
            s.speaker = e->name;
            s.aliases = e->aliases;
            s.type = e->type;
        }
        a.quotes << s;
    }
    for (const Claim &c : article.claims) {
        Speech s;
        s.start = doc.toCodePoint(c.span.start);
        s.end = doc.toCodePoint(c.span.end);
        s.kind = int(c.kind);
        if (c.source >= 0 && c.source < article.entities.size()) {
            const Entity &e = article.entities.at(c.source);
            s.speaker = e.name;
            s.aliases = e.aliases;
            s.type = e.type;
        }
        a.claims << s;
    }
    for (const Entity &e : article.entities)
        a.entities << Named{e.name, e.type, int(e.mentions.size())};
    return a;
}

struct LibraryWriter::Statements
{
    explicit Statements(const QSqlDatabase &db)
        : insertArticle(db)
        , updateArticle(db)
        , insertFts(db)
        , deleteFts(db)
        , insertQuote(db)
        , insertClaim(db)
        , insertEntity(db)
        , deleteQuotes(db)
        , deleteClaims(db)
        , deleteEntities(db)
        , forgetNotes(db)
    {
        const QString columns = QStringLiteral(
            "hash = ?, path = ?, title = ?, site = ?, url = ?, author = ?, published = ?, "
            "chars = ?, words = ?, quotes = ?");
        insertArticle.prepare(QStringLiteral(
            "INSERT INTO articles(hash, path, title, site, url, author, published, chars, "
            "words, quotes, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        updateArticle.prepare(QStringLiteral("UPDATE articles SET ") + columns
                              + QStringLiteral(" WHERE id = ?"));
        insertFts.prepare(
            QStringLiteral("INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)"));
        deleteFts.prepare(QStringLiteral("DELETE FROM articles_fts WHERE rowid = ?"));
        insertQuote.prepare(QStringLiteral("INSERT INTO quotes(article, name, start, end, kind, "
                                           "text) VALUES (?, ?, ?, ?, ?, ?)"));
        insertClaim.prepare(QStringLiteral(
            "INSERT INTO claims(article, start, end, kind, name) VALUES (?, ?, ?, ?, ?)"));
        insertEntity.prepare(QStringLiteral(
            "INSERT INTO entities(article, name, type, mentions) VALUES (?, ?, ?, ?)"));
        deleteQuotes.prepare(QStringLiteral("DELETE FROM quotes WHERE article = ?"));
        deleteClaims.prepare(QStringLiteral("DELETE FROM claims WHERE article = ?"));
        deleteEntities.prepare(QStringLiteral("DELETE FROM entities WHERE article = ?"));
        // the notes of a changed article are read again (re-anchored in the new text)
        forgetNotes.prepare(QStringLiteral("DELETE FROM notes_files WHERE name IN "
                                           "(SELECT DISTINCT file FROM notes WHERE article = ?)"));
    }
    QSqlQuery insertArticle, updateArticle, insertFts, deleteFts, insertQuote, insertClaim,
        insertEntity, deleteQuotes, deleteClaims, deleteEntities, forgetNotes;
};

LibraryWriter::LibraryWriter(LibraryDatabase &db, PeopleResolver &people)
    : m_db(db)
    , m_people(people)
{
}

LibraryWriter::~LibraryWriter() = default;

bool LibraryWriter::load()
{
    m_byHash.clear();
    m_byPath.clear();
    m_hashOf.clear();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, hash, path FROM articles"))) {
        m_error = LibraryDatabase::describe(q.lastError());
        return false;
    }
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QByteArray hash = q.value(1).toByteArray();
        m_byHash.insert(hash, id);
        m_hashOf.insert(id, hash);
        if (!q.value(2).isNull())
            m_byPath.insert(q.value(2).toString(), id);
    }
    m_st = std::make_unique<Statements>(m_db.connection());
    return m_people.load() || (m_error = m_people.error(), false);
}

QByteArray LibraryWriter::hashOfPath(const QString &path) const
{
    const qint64 id = m_byPath.value(path, -1);
    return id < 0 ? QByteArray() : m_hashOf.value(id);
}

bool LibraryWriter::exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    m_error = LibraryDatabase::describe(q.lastError());
    return false;
}

QList<QByteArray> LibraryWriter::takeReplacedTexts()
{
    return std::exchange(m_replaced, {});
}

bool LibraryWriter::removeChildren(qint64 id)
{
    for (QSqlQuery *q : {&m_st->deleteQuotes, &m_st->deleteClaims, &m_st->deleteEntities,
                         &m_st->deleteFts, &m_st->forgetNotes}) {
        q->addBindValue(id);
        if (!exec(*q))
            return false;
    }
    return true;
}

bool LibraryWriter::insertChildren(qint64 id, const AnalysedArticle &a)
{
    QSqlQuery &fts = m_st->insertFts;
    fts.addBindValue(id);
    fts.addBindValue(notNull(a.title));
    fts.addBindValue(notNull(a.text));
    if (!exec(fts))
        return false;
    for (const AnalysedArticle::Speech &s : a.quotes) {
        const qint64 name = s.speaker.isEmpty() ? -1 : m_people.nameFor(s.speaker, s.aliases,
                                                                        s.type);
        QSqlQuery &q = m_st->insertQuote;
        q.addBindValue(id);
        q.addBindValue(name >= 0 ? QVariant(name) : QVariant());
        q.addBindValue(s.start);
        q.addBindValue(s.end);
        q.addBindValue(s.kind);
        q.addBindValue(notNull(s.text));
        if (!exec(q))
            return false;
    }
    for (const AnalysedArticle::Speech &s : a.claims) {
        const qint64 name = s.speaker.isEmpty() ? -1 : m_people.nameFor(s.speaker, s.aliases,
                                                                        s.type);
        QSqlQuery &q = m_st->insertClaim;
        q.addBindValue(id);
        q.addBindValue(s.start);
        q.addBindValue(s.end);
        q.addBindValue(s.kind);
        q.addBindValue(name >= 0 ? QVariant(name) : QVariant());
        if (!exec(q))
            return false;
    }
    for (const AnalysedArticle::Named &e : a.entities) {
        QSqlQuery &q = m_st->insertEntity;
        q.addBindValue(id);
        q.addBindValue(notNull(e.name));
        q.addBindValue(int(e.type));
        q.addBindValue(e.mentions);
        if (!exec(q))
            return false;
    }
    return true;
}

LibraryWriter::Outcome LibraryWriter::write(const AnalysedArticle &a)
{
    if (!m_st) {
        m_error = QStringLiteral("LibraryWriter::load() was not called");
        return Outcome::Failed;
    }
    if (const qint64 id = m_byHash.value(a.hash, -1); id >= 0)
        return m_byPath.value(a.path, -1) == id ? Outcome::Unchanged : Outcome::Duplicate;
    const qint64 existing = a.path.isEmpty() ? -1 : m_byPath.value(a.path, -1);
    auto bindMeta = [&](QSqlQuery &q) {
        q.addBindValue(QString::fromLatin1(a.hash));
        q.addBindValue(nullable(a.path));
        q.addBindValue(notNull(a.title));
        q.addBindValue(notNull(a.site));
        q.addBindValue(notNull(a.url));
        q.addBindValue(notNull(a.author));
        q.addBindValue(a.published.isValid()
                           ? QVariant(a.published.toUTC().toString(Qt::ISODate)) : QVariant());
        q.addBindValue(a.chars);
        q.addBindValue(a.words);
        q.addBindValue(qint64(a.quotes.size()));
    };
    if (existing >= 0) {
        // the file changed: its row keeps its id (and so its notes and added time)
        if (!removeChildren(existing))
            return Outcome::Failed;
        QSqlQuery &q = m_st->updateArticle;
        bindMeta(q);
        q.addBindValue(existing);
        if (!exec(q) || !insertChildren(existing, a))
            return Outcome::Failed;
        const QByteArray old = m_hashOf.value(existing);
        m_byHash.remove(old);
        m_replaced << old;
        m_byHash.insert(a.hash, existing);
        m_hashOf.insert(existing, a.hash);
        return Outcome::Updated;
    }
    QSqlQuery &q = m_st->insertArticle;
    bindMeta(q);
    q.addBindValue((a.added.isValid() ? a.added : QDateTime::currentDateTimeUtc())
                       .toSecsSinceEpoch());
    if (!exec(q))
        return Outcome::Failed;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!insertChildren(id, a))
        return Outcome::Failed;
    m_byHash.insert(a.hash, id);
    m_hashOf.insert(id, a.hash);
    if (!a.path.isEmpty())
        m_byPath.insert(a.path, id);
    return Outcome::Added;
}

} // namespace gloss::library
