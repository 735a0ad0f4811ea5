#pragma once

#include "SyncReport.h"
#include "SyncSettings.h"
#include "sync/SyncMerge.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class TestSyncServer;

namespace gloss {

class WebDav;

/**
 * @brief One sync cycle of this device's notes with a WebDAV folder.
 *
 * Remote layout: `gloss/v1/<sha256 of the article id>/<user>-<device>.jsonld` (SyncJson), one
 * writer per file; the article id is "urn:gloss:article:sha256:<sha256 of the text>", the
 * name of the local notes file. For each article: PROPFIND (Depth 1) for the ETags, GET the
 * files whose ETag changed, merge them with the local notes (SyncMerge: the last synced state
 * is the base), write the notes file atomically (QSaveFile), PUT this device's file with
 * If-Match (If-None-Match: * when new; a weak ETag through the WebDAV If: header); on 412
 * fetch, merge and retry (at most kMaxAttempts times).
 *
 * Kept in `DATA/sync/v1/<folder>/`: `state.json` (the ETag of each remote file), `base.jsonld`
 * (the merged state of the last sync) and `remote/<name>` (the last copy of each remote file).
 * Nothing local is deleted by a sync: a note goes only by a tombstone made where a user
 * deleted it; a wrong password (401) stops the cycle at once; an unreachable server stops it
 * with the local notes intact, and the next cycle completes it.
 *
 * Blocking: run() returns when the cycle ends; call it from a worker thread in a window
 * (SyncRunner does). Not thread-safe: one cycle at a time per data folder.
 */
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxAttempts = 3;

    struct Options
    {
        /** Report what would change, change nothing (local or remote). */
        bool dryRun = false;
        /** The articles to sync (SHA-256 of their text, hex); empty: every article with notes,
         *  here or on the server. */
        QList<QByteArray> contentHashes;
    };

    SyncEngine(const QString &dataDir, const SyncSettings &settings, const QString &password,
               QObject *parent = nullptr);
    ~SyncEngine() override;

    /** The article id of a text (its SHA-256, hex). */
    static QString articleId(const QByteArray &contentHash);
    /** The remote folder name of an article: the SHA-256 of its id, hex. */
    static QString folderName(const QByteArray &contentHash);
    /** Seconds without progress before a request is given up (default 30). */
    void setTimeout(int seconds);

    /** Runs one cycle. */
    SyncReport run(const Options &options);

    /** What `gloss sync status` shows: read from the sync state, no network. */
    static SyncStatus status(const QString &dataDir, const SyncSettings &settings);

Q_SIGNALS:
    /** @p done of @p total articles synced. */
    void progress(int done, int total);

private:
    friend class ::TestSyncServer;
    struct Article;
    /** What the listing of gloss/v1/ said of an article's folder. */
    struct Folder
    {
        bool onServer = false;
        QByteArray etag;
        /** Its last change is at least 2 s older than the listing (server clock, HTTP dates
         *  in seconds): a later change gives it another ETag even where ETags come from
         *  times in seconds. */
        bool settled = false;
    };
    bool syncArticle(Article &article, const Folder &folder, const Options &options,
                     SyncReport &report);
    bool fail(const QString &message, int reply, SyncReport &report);
    /** Whether nothing changed for @p article, here or on the server (@p remote: name ->
     *  ETag), since the last sync: then it is skipped. */
    bool unchanged(const Article &article, const QJsonObject &state,
                   const QHash<QString, QByteArray> &remote) const;
    /** Whether nothing changed here for @p article since the last sync. */
    bool unchangedHere(const Article &article, const QJsonObject &state) const;
    QString notesPath(const QByteArray &contentHash) const;
    QString stateDir(const QString &folder) const;

    QString m_dataDir;
    SyncSettings m_settings;
    QString m_deviceId;
    std::unique_ptr<WebDav> m_dav;
    /**
     * Whether this server changes a folder's ETag when a file in it changes (seen after one
     * of our PUTs): then an article whose folder kept its ETag is skipped without a PROPFIND.
     * Unknown (-1), no (0), yes (1); kept in DATA/sync/server.json.
     */
    int m_folderEtagsWork = -1;
    /** Called before each PUT (tests: the server killed between PROPFIND and PUT). */
    std::function<void()> m_beforeUpload;
};

} // namespace gloss
