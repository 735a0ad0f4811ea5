#include "LibraryNotes.h"

#include "LibraryDatabase.h"
#include "LibraryTexts.h"
#include "annotations/AnnotationJson.h"
#include "annotations/Anchorer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace gloss::library {

namespace {

struct Stamp
{
    qint64 size = -1;
    qint64 mtime = -1;
};

/** Never NULL: a null QString is bound as NULL, which the NOT NULL columns refuse. */
QVariant notNull(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(s);
}

QString sourcePath(const QString &source)
{
    if (source.contains(QLatin1StringView("://")) || source.startsWith(u"urn:"))
        return source;
    const QFileInfo fi(source);
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? fi.absoluteFilePath() : canonical;
}

} // namespace

LibraryNotes::LibraryNotes(LibraryDatabase &db, QString notesFolder, QString textsFolder)
    : m_db(db)
    , m_notesFolder(std::move(notesFolder))
    , m_textsFolder(std::move(textsFolder))
{
}

bool LibraryNotes::refresh(Report *report)
{
    Report local;
    Report &r = report ? *report : local;
    QSqlQuery q(m_db.connection());
    QHash<QString, Stamp> known;
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name, size, mtime FROM notes_files"))) {
        m_error = LibraryDatabase::describe(q.lastError());
        return false;
    }
    while (q.next())
        known.insert(q.value(0).toString(), {q.value(1).toLongLong(), q.value(2).toLongLong()});
    q.finish();

    QHash<QString, Stamp> present;
    const QFileInfoList files = QDir(m_notesFolder)
                                    .entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo &fi : files) {
        if (fi.fileName() == u"index.json" || fi.isSymLink())
            continue;
        present.insert(fi.completeBaseName(),
                       {fi.size(), fi.lastModified(QTimeZone::UTC).toMSecsSinceEpoch()});
    }
    QStringList changed, gone;
    for (auto it = present.cbegin(); it != present.cend(); ++it) {
        const auto k = known.constFind(it.key());
        if (k == known.cend() || k->size != it->size || k->mtime != it->mtime)
            changed << it.key();
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it)
        if (!present.contains(it.key()))
            gone << it.key();
    if (changed.isEmpty() && gone.isEmpty())
        return true;

    if (!m_db.begin()) {
        m_error = m_db.error();
        return false;
    }
    QSet<qint64> touched;
    auto forget = [&](const QString &name) {
        QSqlQuery d(m_db.connection());
        d.prepare(QStringLiteral("SELECT DISTINCT article FROM notes WHERE file = ?"));
        d.addBindValue(name);
        if (d.exec())
            while (d.next())
                if (!d.value(0).isNull())
                    touched.insert(d.value(0).toLongLong());
        d.prepare(QStringLiteral("DELETE FROM notes WHERE file = ?"));
        d.addBindValue(name);
        d.exec();
        d.prepare(QStringLiteral("DELETE FROM notes_files WHERE name = ?"));
        d.addBindValue(name);
        return d.exec();
    };
    bool ok = true;
    for (const QString &name : std::as_const(gone)) {
        ok = ok && forget(name);
        ++r.filesRemoved;
    }
    const LibraryTexts texts(m_textsFolder);
    for (const QString &name : std::as_const(changed)) {
        if (!ok)
            break;
        ok = forget(name);
        QFile file(QDir(m_notesFolder).filePath(name + QStringLiteral(".json")));
        if (!file.open(QIODevice::ReadOnly)) {
            r.problems << QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            continue;
        }
        AnnotationJson::Collection c = AnnotationJson::collectionFromBytes(file.readAll());
        for (const QString &p : std::as_const(c.problems))
            r.problems << QStringLiteral("%1: %2").arg(file.fileName(), p);
        ++r.filesRead;
        // the article: by the hash the file is named after, else by the source recorded
        qint64 article = -1;
        QByteArray articleHash;
        q.prepare(QStringLiteral("SELECT id, hash FROM articles WHERE hash = ?"));
        q.addBindValue(name);
        if (q.exec() && q.next()) {
            article = q.value(0).toLongLong();
            articleHash = q.value(1).toByteArray();
        } else if (!c.source.isEmpty()) {
            q.prepare(QStringLiteral("SELECT id, hash FROM articles WHERE path = ? "
                                     "ORDER BY added DESC LIMIT 1"));
            q.addBindValue(sourcePath(c.source));
            if (q.exec() && q.next()) {
                article = q.value(0).toLongLong();
                articleHash = q.value(1).toByteArray();
            }
        }
        q.finish();
        if (article >= 0 && articleHash != name.toLatin1()) {
            // the text changed since the notes were saved: placed as the window places them
            if (const auto entry = texts.read(articleHash)) {
                const Anchorer anchorer(entry->document);
                anchorer.anchorAll(c.annotations, false);
            }
        }
        QSqlQuery ins(m_db.connection());
        ins.prepare(QStringLiteral(
            "INSERT INTO notes(uuid, file, article, source, exact, text, tags, start, end, "
            "color, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QSqlQuery del(m_db.connection());
        del.prepare(QStringLiteral("DELETE FROM notes WHERE uuid = ?"));
        for (const Annotation &a : std::as_const(c.annotations)) {
            const QString uuid = a.id.toString(QUuid::WithoutBraces);
            del.addBindValue(uuid);
            del.exec(); // the same note in an older file of the same article
            ins.addBindValue(uuid);
            ins.addBindValue(name);
            ins.addBindValue(article >= 0 ? QVariant(article) : QVariant());
            ins.addBindValue(notNull(c.source));
            ins.addBindValue(notNull(a.quote.exact));
            ins.addBindValue(notNull(a.text));
            ins.addBindValue(notNull(a.tags.join(u' ')));
            const bool placed = !a.isArticleNote() && a.state != AnchorState::Orphaned
                                && a.position.isValid();
            ins.addBindValue(placed ? QVariant(qint64(a.position.start)) : QVariant());
            ins.addBindValue(placed ? QVariant(qint64(a.position.end)) : QVariant());
            ins.addBindValue(notNull(a.color));
            ins.addBindValue(a.modified.isValid() ? a.modified.toUTC().toString(Qt::ISODate)
                                                  : QString());
            if (!ins.exec()) {
                ok = false;
                m_error = LibraryDatabase::describe(ins.lastError());
                break;
            }
            ++r.notes;
        }
        if (article >= 0)
            touched.insert(article);
        const Stamp s = present.value(name);
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO notes_files(name, size, mtime) "
                                 "VALUES (?, ?, ?)"));
        q.addBindValue(name);
        q.addBindValue(s.size);
        q.addBindValue(s.mtime);
        ok = ok && q.exec();
    }
    for (const qint64 id : std::as_const(touched)) {
        q.prepare(QStringLiteral("UPDATE articles SET notes = (SELECT count(*) FROM notes WHERE "
                                 "article = ?) WHERE id = ?"));
        q.addBindValue(id);
        q.addBindValue(id);
        ok = ok && q.exec();
    }
    if (!ok) {
        if (m_error.isEmpty())
            m_error = LibraryDatabase::describe(q.lastError());
        m_db.rollback();
        return false;
    }
    if (!m_db.commit()) {
        m_error = m_db.error();
        return false;
    }
    return true;
}

} // namespace gloss::library
