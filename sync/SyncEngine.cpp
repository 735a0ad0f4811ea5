#include "SyncEngine.h"

#include "WebDav.h"
#include "annotations/AnnotationJson.h"
#include "sync/DeletionLog.h"
#include "sync/SyncJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

namespace gloss {

namespace {

/**
 * RFC 9110's weak comparison: the same opaque tag, with or without "W/". Apache gives a weak
 * ETag to a file written within the last second and the strong one later: the file did not
 * change, so it is not fetched again.
 */
bool sameEtag(const QByteArray &a, const QByteArray &b)
{
    const auto opaque = [](const QByteArray &e) { return e.startsWith("W/") ? e.mid(2) : e; };
    return opaque(a) == opaque(b);
}

const QString kRoot = QStringLiteral("gloss/v1/");
const QString kSuffix = QStringLiteral(".jsonld");
constexpr qint64 kMaxFile = 64LL * 1024 * 1024;

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("gloss::SyncEngine", text, nullptr, n);
}

bool isHash(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}

QByteArray readFile(const QString &path, bool *exists = nullptr)
{
    QFile f(path);
    const bool ok = f.open(QIODevice::ReadOnly);
    if (exists)
        *exists = ok;
    return ok ? f.read(kMaxFile) : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    // unchanged files are not written again (a QSaveFile commit syncs to the disk: 500
    // articles took 10 s of fsync where nothing had changed)
    {
        QFile old(path);
        if (old.size() == bytes.size() && old.open(QIODevice::ReadOnly)
            && old.read(kMaxFile) == bytes)
            return true;
    }
    QSaveFile f(path);
    if (!QDir().mkpath(QFileInfo(path).path()) || !f.open(QIODevice::WriteOnly)
        || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

/**
 * Writes a cache file (the ETags of state.json): to a temporary file renamed over it, without
 * the sync to disk of QSaveFile. A crash may lose it, and then the next sync fetches the files
 * again: nothing else. 500 fsyncs took seconds where nothing had changed.
 */
bool writeCache(const QString &path, const QByteArray &bytes, QString *error)
{
    {
        QFile old(path);
        if (old.size() == bytes.size() && old.open(QIODevice::ReadOnly)
            && old.read(kMaxFile) == bytes)
            return true;
    }
    const QString temporary = path + QStringLiteral(".new");
    QFile f(temporary);
    if (!QDir().mkpath(QFileInfo(path).path()) || !f.open(QIODevice::WriteOnly)
        || f.write(bytes) != bytes.size()) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    f.close();
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData())
        != 0) {
        *error = tr("cannot write %1").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

/** A state sorted by id: the same notes give the same bytes. */
QList<SyncVersion> byId(QList<SyncVersion> state)
{
    std::sort(state.begin(), state.end(),
              [](const SyncVersion &a, const SyncVersion &b) { return a.id < b.id; });
    return state;
}

bool sameNote(const Annotation &a, const Annotation &b)
{
    return a.text == b.text && a.color == b.color && a.tags == b.tags && a.quote == b.quote
           && a.position == b.position && a.modified == b.modified;
}

struct Stamp
{
    qint64 size = -1;
    qint64 mtime = 0;
    friend bool operator==(const Stamp &, const Stamp &) = default;
};

Stamp stampOf(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return {};
    return {fi.size(), fi.lastModified(QTimeZone::UTC).toMSecsSinceEpoch()};
}

} // namespace

/** One article in a cycle. */
struct SyncEngine::Article
{
    QByteArray contentHash; ///< empty for a folder only known on the server, until read
    QString folder;
};

SyncEngine::SyncEngine(const QString &dataDir, const SyncSettings &settings,
                       const QString &password, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_settings(settings)
    , m_deviceId(settings.deviceId())
    , m_dav(std::make_unique<WebDav>(settings.url, settings.user, password))
{
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setTimeout(int seconds)
{
    m_dav->setTimeout(seconds);
}

QString SyncEngine::articleId(const QByteArray &contentHash)
{
    return QStringLiteral("urn:gloss:article:sha256:") + QString::fromLatin1(contentHash);
}

QString SyncEngine::folderName(const QByteArray &contentHash)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(articleId(contentHash).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

QString SyncEngine::notesPath(const QByteArray &contentHash) const
{
    return QDir(m_dataDir).filePath(QStringLiteral("notes/%1.json")
                                        .arg(QString::fromLatin1(contentHash)));
}

QString SyncEngine::stateDir(const QString &folder) const
{
    return QDir(SyncSettings::syncDir(m_dataDir)).filePath(QStringLiteral("v1/") + folder);
}

bool SyncEngine::fail(const QString &message, int status, SyncReport &report)
{
    const auto s = WebDav::Status(status);
    report.unauthorized = s == WebDav::Status::Unauthorized;
    report.offline = s == WebDav::Status::Unreachable;
    report.error = message;
    return false;
}

SyncReport SyncEngine::run(const Options &options)
{
    SyncReport report;
    const int before = m_dav->requestCount();
    const auto finish = [&]() -> SyncReport {
        report.requests = m_dav->requestCount() - before;
        if (!options.dryRun) {
            const QJsonObject o{
                {QStringLiteral("lastSync"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {QStringLiteral("error"), report.error},
                {QStringLiteral("articles"), report.articles}};
            QString ignored;
            writeFile(QDir(SyncSettings::syncDir(m_dataDir)).filePath(QStringLiteral(
                          "status.json")),
                      QJsonDocument(o).toJson(), &ignored);
        }
        return report;
    };

    // the folders on the server (and the server's answer to this user and password)
    WebDav::Listing root = m_dav->list(kRoot);
    if (root.reply.status == WebDav::Status::NotFound) {
        root.entries.clear();
        if (!options.dryRun) {
            for (const QString &path : {QStringLiteral("gloss/"), kRoot}) {
                const WebDav::Reply r = m_dav->mkcol(path);
                // 405: it exists already (made meanwhile by another device)
                if (!r.ok() && r.httpStatus != 405) {
                    fail(r.error, int(r.status), report);
                    return finish();
                }
            }
        }
    } else if (!root.reply.ok()) {
        fail(root.reply.error, int(root.reply.status), report);
        return finish();
    }
    QHash<QString, Folder> onServer;
    for (const WebDav::Entry &e : std::as_const(root.entries)) {
        if (e.isFolder && isHash(e.name)) {
            const bool settled = !e.etag.isEmpty() && e.lastModified.isValid()
                                 && root.reply.date.isValid()
                                 && e.lastModified.addSecs(2) <= root.reply.date;
            onServer.insert(e.name, {true, e.etag, settled});
        }
    }
    const QString serverPath =
        QDir(SyncSettings::syncDir(m_dataDir)).filePath(QStringLiteral("server.json"));
    const QJsonObject server = QJsonDocument::fromJson(readFile(serverPath)).object();
    const QString serverKey = m_settings.url.toString() + u'|' + m_deviceId;
    m_folderEtagsWork = server.value(QLatin1StringView("url")).toString() == serverKey
                            ? server.value(QLatin1StringView("folderEtags")).toInt(-1)
                            : -1;
    const int folderEtagsBefore = m_folderEtagsWork;

    // the articles: those asked for, or every one with notes here or on the server
    QList<Article> articles;
    QSet<QString> seen;
    if (!options.contentHashes.isEmpty()) {
        for (const QByteArray &h : options.contentHashes) {
            const QString folder = folderName(h);
            if (!seen.contains(folder)) {
                seen.insert(folder);
                articles.append({h, folder});
            }
        }
    } else {
        const QDir notes(QDir(m_dataDir).filePath(QStringLiteral("notes")));
        const QStringList files = notes.entryList({QStringLiteral("*.json")}, QDir::Files,
                                                  QDir::Name);
        for (const QString &name : files) {
            const QString hash = name.chopped(5);
            if (!isHash(hash))
                continue;
            const QString folder = folderName(hash.toLatin1());
            seen.insert(folder);
            articles.append({hash.toLatin1(), folder});
        }
        QStringList remoteOnly = onServer.keys();
        remoteOnly.sort();
        for (const QString &folder : std::as_const(remoteOnly)) {
            if (seen.contains(folder))
                continue;
            // known from an earlier sync, or read from its files below
            const QJsonObject st = QJsonDocument::fromJson(
                readFile(QDir(stateDir(folder)).filePath(QStringLiteral("state.json")))).object();
            articles.append({st.value(QLatin1StringView("contentHash")).toString().toLatin1(),
                             folder});
        }
    }

    const int total = int(articles.size());
    for (int i = 0; i < total; ++i) {
        if (QThread::currentThread()->isInterruptionRequested()) {
            // SyncRunner::stop(): each article is synced whole or not at all
            report.error = tr("Sync stopped before it was done; the next sync completes it.");
            return finish();
        }
        ++report.articles;
        if (!syncArticle(articles[i], onServer.value(articles[i].folder), options, report))
            return finish();
        Q_EMIT progress(i + 1, total);
    }
    if (m_folderEtagsWork != folderEtagsBefore && !options.dryRun) {
        QString ignored;
        writeFile(serverPath,
                  QJsonDocument(QJsonObject{{QStringLiteral("url"), serverKey},
                                            {QStringLiteral("folderEtags"), m_folderEtagsWork}})
                      .toJson(),
                  &ignored);
    }
    return finish();
}

bool SyncEngine::syncArticle(Article &article, const Folder &folder, const Options &options,
                             SyncReport &report)
{
    bool folderOnServer = folder.onServer;
    bool sent = false;
    const QString remoteDir = kRoot + article.folder + u'/';
    const QString own = m_deviceId + kSuffix;
    const QDir dir(stateDir(article.folder));
    const QString statePath = dir.filePath(QStringLiteral("state.json"));
    const QString basePath = dir.filePath(QStringLiteral("base.jsonld"));
    const auto copyPath = [&dir](const QString &name) {
        return dir.filePath(QStringLiteral("remote/") + name);
    };
    QJsonObject state = QJsonDocument::fromJson(readFile(statePath)).object();
    QJsonObject etags = state.value(QLatin1StringView("etags")).toObject();
    // the folder kept its ETag since the last sync, on a server where that means nothing in it
    // changed, and nothing changed here: nothing to do, not even a PROPFIND
    if (m_folderEtagsWork == 1 && !folder.etag.isEmpty() && !article.contentHash.isEmpty()
        && state.value(QLatin1StringView("folderEtag")).toString().toLatin1() == folder.etag
        && unchangedHere(article, state))
        return true;
    // in a dry run, what was fetched stays in memory
    QHash<QString, QByteArray> fetched;
    const auto copyOf = [&](const QString &name) {
        return fetched.contains(name) ? fetched.value(name) : readFile(copyPath(name));
    };
    QString error;

    for (int attempt = 1;; ++attempt) {
        // 1. what the server holds, and the files that changed since the last sync
        QHash<QString, QByteArray> remote; // name -> ETag
        if (folderOnServer) {
            const WebDav::Listing l = m_dav->list(remoteDir);
            if (l.reply.status == WebDav::Status::NotFound) {
                folderOnServer = false;
            } else if (!l.reply.ok()) {
                return fail(l.reply.error, int(l.reply.status), report);
            }
            for (const WebDav::Entry &e : l.entries) {
                if (!e.isFolder && e.name.endsWith(kSuffix))
                    remote.insert(e.name, e.etag);
            }
        }
        // a file changed in a folder that kept its ETag: this server's folder ETags do not
        // follow their files, and every folder is listed from now on
        if (attempt == 1 && !folder.etag.isEmpty()
            && state.value(QLatin1StringView("folderEtag")).toString().toLatin1() == folder.etag) {
            const QJsonObject known = state.value(QLatin1StringView("etags")).toObject();
            for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
                if (known.contains(it.key())
                    && known.value(it.key()).toString().toLatin1() != it.value())
                    m_folderEtagsWork = 0;
            }
        }
        if (attempt == 1 && !article.contentHash.isEmpty() && unchanged(article, state, remote)) {
            // nothing changed here or there since the last sync; the folder's ETag is kept
            // for the next one (which then needs no PROPFIND here)
            if (!options.dryRun && folder.settled
                && state.value(QLatin1StringView("folderEtag")).toString().toLatin1()
                       != folder.etag) {
                state.insert(QStringLiteral("folderEtag"), QString::fromLatin1(folder.etag));
                if (!writeCache(statePath, QJsonDocument(state).toJson(QJsonDocument::Compact),
                               &error))
                    return fail(error, -1, report);
            }
            return true;
        }

        QList<QList<SyncVersion>> remoteStates;
        SyncJson::Header remoteHeader;
        for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
            const QString &name = it.key();
            const QByteArray known = etags.value(name).toString().toLatin1();
            bool haveCopy = fetched.contains(name) || QFileInfo::exists(copyPath(name));
            if (it.value().isEmpty() || !sameEtag(known, it.value()) || !haveCopy) {
                const WebDav::Reply r = m_dav->get(remoteDir + name);
                if (r.status == WebDav::Status::NotFound)
                    continue; // gone meanwhile
                if (!r.ok())
                    return fail(r.error, int(r.status), report);
                ++report.downloaded;
                const SyncJson::Parsed p = SyncJson::fromBytes(r.body);
                if (!p.ok() && p.state.isEmpty()) {
                    // another device's file is damaged (an upload cut short, a foreign
                    // writer): its notes are not lost (that device has them); read again
                    // when it changes
                    if (name != own)
                        report.problems.append(tr("%1: %2 cannot be read (%3)")
                                                   .arg(remoteDir + name,
                                                        tr("the file of another device"),
                                                        p.error));
                    continue;
                }
                if (options.dryRun) {
                    fetched.insert(name, r.body);
                } else {
                    if (!writeFile(copyPath(name), r.body, &error))
                        return fail(error, -1, report);
                }
                etags.insert(name, QString::fromLatin1(it.value()));
                haveCopy = true;
            }
            if (!haveCopy)
                continue;
            const SyncJson::Parsed p = SyncJson::fromBytes(copyOf(name));
            if (remoteHeader.contentHash.isEmpty())
                remoteHeader = p.header;
            remoteStates.append(p.state);
        }
        // a folder only known on the server: its text's hash is in its files
        if (article.contentHash.isEmpty()) {
            if (!isHash(QString::fromLatin1(remoteHeader.contentHash))
                || folderName(remoteHeader.contentHash) != article.folder) {
                report.problems.append(
                    tr("%1: no readable notes of a known article").arg(remoteDir));
                return true;
            }
            article.contentHash = remoteHeader.contentHash;
        }

        // 2. the local notes, merged
        const QString notesPath = this->notesPath(article.contentHash);
        const Stamp localStamp = stampOf(notesPath);
        bool notesExist = false;
        const QByteArray localBytes = readFile(notesPath, &notesExist);
        AnnotationJson::Collection local;
        if (notesExist) {
            local = AnnotationJson::collectionFromBytes(localBytes);
            if (!local.problems.isEmpty()) {
                // the store moves a damaged file aside when the article is opened; until then
                // it is left alone
                report.problems.append(tr("%1 is damaged (%2): not synced until the article "
                                          "is opened again")
                                           .arg(QDir::toNativeSeparators(notesPath),
                                                local.problems.join(QStringLiteral("; "))));
                return true;
            }
        }
        const SyncJson::Parsed base = SyncJson::fromBytes(readFile(basePath));
        const QHash<QUuid, QDateTime> deletions =
            DeletionLog::read(m_dataDir, article.contentHash);
        QList<QList<SyncVersion>> states{SyncMerge::localState(local.annotations, base.state,
                                                               deletions, m_deviceId)};
        states += remoteStates;
        const SyncMerge::Result merged = SyncMerge::merge(states);
        const QList<Annotation> live = SyncMerge::liveNotes(merged.versions);

        // 3. the notes file, when the merge changed it
        QHash<QUuid, const Annotation *> before;
        for (const Annotation &a : std::as_const(local.annotations))
            before.insert(a.id, &a);
        int added = 0, changed = 0, removed = 0;
        QSet<QUuid> after;
        for (const Annotation &a : live) {
            after.insert(a.id);
            const Annotation *b = before.value(a.id);
            if (!b)
                ++added;
            else if (!sameNote(*b, a))
                ++changed;
        }
        for (const Annotation &a : std::as_const(local.annotations))
            removed += after.contains(a.id) ? 0 : 1;
        const QString source = !local.source.isEmpty() ? local.source
                               : !base.header.source.isEmpty() ? base.header.source
                                                               : remoteHeader.source;
        if (!options.dryRun && (added || changed || removed)) {
            if (stampOf(notesPath) != localStamp) {
                if (attempt < kMaxAttempts + 2)
                    continue; // saved meanwhile (the window, the notes command): again
            }
            QDir().mkpath(QFileInfo(notesPath).path());
            if (!writeFile(notesPath,
                           AnnotationJson::collectionToBytes(live, source, article.contentHash),
                           &error))
                return fail(error, -1, report);
        }
        report.added += added;
        report.changed += changed;
        report.removed += removed;
        // (a later attempt merges what this one wrote: nothing is counted twice)
        report.conflicts += merged.conflicts;

        // 4. the base of the next sync, and this device's file
        const SyncJson::Header header{articleId(article.contentHash), article.contentHash,
                                      source, m_deviceId};
        const QByteArray mine = SyncJson::toBytes(byId(merged.versions), header);
        if (!options.dryRun) {
            if (!writeFile(basePath, mine, &error))
                return fail(error, -1, report);
            if (!deletions.isEmpty())
                DeletionLog::write(m_dataDir, article.contentHash, {});
        }
        const bool ownOnServer = remote.contains(own);
        if ((ownOnServer && copyOf(own) == mine) || (!ownOnServer && merged.versions.isEmpty())) {
            state.insert(QStringLiteral("etags"), etags);
            break; // the server has it
        }
        if (options.dryRun) {
            ++report.uploaded;
            return true;
        }
        if (!folderOnServer) {
            const WebDav::Reply r = m_dav->mkcol(remoteDir);
            if (!r.ok() && r.httpStatus != 405)
                return fail(r.error, int(r.status), report);
            folderOnServer = true;
        }
        const QByteArray etag = ownOnServer ? etags.value(own).toString().toLatin1() : QByteArray();
        if (m_beforeUpload)
            m_beforeUpload();
        const WebDav::Reply put = m_dav->put(remoteDir + own, mine, etag);
        if (put.status == WebDav::Status::PreconditionFailed
            || (put.status == WebDav::Status::NotFound && attempt < kMaxAttempts)) {
            // changed meanwhile (the same device name on another machine): fetch, merge, again
            if (attempt >= kMaxAttempts)
                return fail(tr("%1: the file kept changing on the server; try again later")
                                .arg(remoteDir + own),
                            -1, report);
            etags.remove(own);
            continue;
        }
        if (!put.ok())
            return fail(put.error, int(put.status), report);
        ++report.uploaded;
        sent = true;
        if (!writeFile(copyPath(own), mine, &error))
            return fail(error, -1, report);
        // its ETag, from a PROPFIND (never a GET's); a weak one (Apache, right after a
        // write) is used as it is through the If: header
        const WebDav::Listing written = m_dav->list(remoteDir);
        // does the folder's ETag tell that a file in it changed? (then unchanged folders need
        // no PROPFIND of their own)
        if (!folder.etag.isEmpty() && !written.folderEtag.isEmpty()) {
            if (written.folderEtag != folder.etag)
                m_folderEtagsWork = 1;
            else if (folder.settled)
                m_folderEtagsWork = 0;
        }
        etags.remove(own);
        for (const WebDav::Entry &e : written.entries) {
            if (e.name == own)
                etags.insert(own, QString::fromLatin1(e.etag));
        }
        state.insert(QStringLiteral("etags"), etags);
        break;
    }
    if (!options.dryRun) {
        // the folder's ETag from the listing of gloss/v1/, when it describes what was just
        // synced: settled, and no file sent since
        if (folder.settled && !sent)
            state.insert(QStringLiteral("folderEtag"), QString::fromLatin1(folder.etag));
        else
            state.remove(QStringLiteral("folderEtag"));
        state.insert(QStringLiteral("contentHash"), QString::fromLatin1(article.contentHash));
        const Stamp stamp = stampOf(notesPath(article.contentHash));
        state.insert(QStringLiteral("notesStamp"),
                     QStringLiteral("%1/%2").arg(stamp.size).arg(stamp.mtime));
        if (!writeCache(statePath, QJsonDocument(state).toJson(QJsonDocument::Compact), &error))
            return fail(error, -1, report);
    }
    return true;
}

bool SyncEngine::unchanged(const Article &article, const QJsonObject &state,
                           const QHash<QString, QByteArray> &remote) const
{
    // the server: the same files with the same ETags (none empty) as after the last sync
    const QJsonObject etags = state.value(QLatin1StringView("etags")).toObject();
    if (remote.isEmpty() || etags.size() != remote.size())
        return false;
    for (auto it = remote.cbegin(); it != remote.cend(); ++it) {
        if (it.value().isEmpty() || etags.value(it.key()).toString().toLatin1() != it.value())
            return false;
    }
    return unchangedHere(article, state);
}

bool SyncEngine::unchangedHere(const Article &article, const QJsonObject &state) const
{
    // the notes file as the last sync left it, no deletion to send, this device's file on the
    // server as the last merge made it
    const Stamp stamp = stampOf(notesPath(article.contentHash));
    if (QStringLiteral("%1/%2").arg(stamp.size).arg(stamp.mtime)
        != state.value(QLatin1StringView("notesStamp")).toString())
        return false;
    if (QFileInfo::exists(DeletionLog::path(m_dataDir, article.contentHash)))
        return false;
    const QDir dir(stateDir(article.folder));
    const QString own = QStringLiteral("remote/") + m_deviceId + kSuffix;
    const QFileInfo base(dir.filePath(QStringLiteral("base.jsonld")));
    const QFileInfo copy(dir.filePath(own));
    return base.size() == copy.size() && copy.exists()
           && readFile(base.filePath()) == readFile(copy.filePath());
}

SyncStatus SyncEngine::status(const QString &dataDir, const SyncSettings &settings)
{
    SyncStatus s;
    const QString own = settings.deviceId() + kSuffix;
    const QJsonObject o =
        QJsonDocument::fromJson(
            readFile(QDir(SyncSettings::syncDir(dataDir)).filePath(QStringLiteral("status.json"))))
            .object();
    s.lastSync = QDateTime::fromString(o.value(QLatin1StringView("lastSync")).toString(),
                                       Qt::ISODateWithMs);
    s.lastError = o.value(QLatin1StringView("error")).toString();
    const QDir v1(QDir(SyncSettings::syncDir(dataDir)).filePath(QStringLiteral("v1")));
    const QStringList folders = v1.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    s.articles = int(folders.size());
    for (const QString &folder : folders) {
        const QDir d(v1.filePath(folder));
        const QJsonObject st =
            QJsonDocument::fromJson(readFile(d.filePath(QStringLiteral("state.json")))).object();
        const QString hash = st.value(QLatin1StringView("contentHash")).toString();
        const QString notes =
            QDir(dataDir).filePath(QStringLiteral("notes/%1.json").arg(hash));
        const Stamp stamp = stampOf(notes);
        if (QStringLiteral("%1/%2").arg(stamp.size).arg(stamp.mtime)
                != st.value(QLatin1StringView("notesStamp")).toString()
            || readFile(d.filePath(QStringLiteral("base.jsonld")))
                   != readFile(d.filePath(QStringLiteral("remote/") + own)))
            ++s.pending;
    }
    return s;
}

} // namespace gloss
