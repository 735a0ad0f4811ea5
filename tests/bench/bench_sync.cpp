// A sync with nothing changed: 500 articles with 20 notes each, against a local lighttpd
// (mod_webdav) started on 127.0.0.1. Target: < 2 s, at most one PROPFIND per article folder.
#include "SyncEngine.h"
#include "SyncSettings.h"
#include "SyncSetup.h"
#include "WebDav.h"
#include "WebDavServer.h"

#include "annotations/AnnotationJson.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QTest>

using namespace gloss;
using namespace Qt::StringLiterals;

class BenchSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchanged();
};

void BenchSync::unchanged()
{
    constexpr int kArticles = 500;
    constexpr int kNotes = 20;
    qputenv("GLOSS_SYNC_KEYCHAIN", "0"); // the password in a file: no keychain service here
    WebDavServer server(WebDavServer::Lighttpd);
    const QString started = server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTemporaryDir data;
    QDir().mkpath(data.filePath(u"notes"_s));
    for (int i = 0; i < kArticles; ++i) {
        const QByteArray hash =
            QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256).toHex();
        QList<Annotation> notes;
        for (int n = 0; n < kNotes; ++n) {
            Annotation a = Annotation::onArticle(u"note %1 on article %2, a sentence or two of "
                                                 "what the reader thought"_s.arg(n).arg(i));
            a.tags = {u"bench"_s};
            notes.append(a);
        }
        QSaveFile f(data.filePath(u"notes/"_s + QString::fromLatin1(hash) + u".json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(AnnotationJson::collectionToBytes(notes, u"/a/%1.txt"_s.arg(i), hash));
        QVERIFY(f.commit());
    }
    SyncSettings settings;
    settings.url = server.url();
    settings.user = server.user();
    settings.device = u"desk"_s;
    {
        // as `gloss sync setup` does: it also finds whether folder ETags follow their files
        syncmodule::SetupResult setup;
        setupSync({data.path(), server.url(), server.user(), u"desk"_s, server.password()},
                  setup);
        QVERIFY2(setup.ok(), qPrintable(setup.error));
        qInfo("%s", qPrintable(setup.messages.join(u' ')));
    }
    QElapsedTimer timer;
    {
        SyncEngine first(data.path(), settings, server.password());
        timer.start();
        const SyncReport r = first.run({});
        QVERIFY2(r.ok(), qPrintable(r.error));
        qInfo("first sync (everything sent): %lld ms, %d requests, %d files sent",
              timer.elapsed(), r.requests, r.uploaded);
    }
    {
        // the network part alone: one PROPFIND per folder
        WebDav dav(server.url(), server.user(), server.password());
        const WebDav::Listing root = dav.list(u"gloss/v1/"_s);
        timer.start();
        for (const WebDav::Entry &e : root.entries)
            QVERIFY(dav.list(u"gloss/v1/"_s + e.name).reply.ok());
        qInfo("%lld PROPFIND of the folders alone: %lld ms", qlonglong(root.entries.size()),
              timer.elapsed());
    }
    {
        // a sync long after the last change (as a user's is): the folders' last change is 2 s
        // old, so their ETags are trusted (SyncEngine::Folder::settled) and kept by this sync
        QTest::qSleep(3200);
        SyncEngine settle(data.path(), settings, server.password());
        timer.start();
        const SyncReport r = settle.run({});
        QVERIFY2(r.ok(), qPrintable(r.error));
        qInfo("nothing changed, first time (a PROPFIND per folder): %lld ms, %d requests",
              timer.elapsed(), r.requests);
    }
    QList<qint64> times;
    int requests = 0;
    for (int run = 0; run < 5; ++run) {
        SyncEngine engine(data.path(), settings, server.password());
        timer.start();
        const SyncReport r = engine.run({});
        times.append(timer.elapsed());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.uploaded + r.downloaded + r.added + r.changed + r.removed, 0);
        requests = r.requests;
        qInfo("run %d: %lld ms, %d requests", run + 1, times.last(), r.requests);
    }
    std::sort(times.begin(), times.end());
    qInfo("nothing changed, %d articles x %d notes: median %lld ms (best %lld, worst %lld), "
          "%d requests",
          kArticles, kNotes, times.at(2), times.first(), times.last(), requests);
    // one PROPFIND of gloss/v1/: the folders kept their ETags (at most one per folder)
    QCOMPARE(requests, 1);
    QVERIFY2(times.at(2) < 2000, "target: < 2 s");
}

QTEST_GUILESS_MAIN(BenchSync)
#include "bench_sync.moc"
