// `gloss sync setup|status` and `gloss sync [--dry-run] [FILE...]`, run as a user would,
// with two data folders (two devices) against a lighttpd started on 127.0.0.1.
#include "TestPaths.h"
#include "WebDavServer.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSyncCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int status = -1;
        QString out;
        QString err;
    };

    Run gloss(const QStringList &args, const QString &password = QString());

private Q_SLOTS:
    void initTestCase();
    void setupSyncStatus();

private:
    QTemporaryDir m_tmp;
    QString m_article;
};

void TestSyncCli::initTestCase()
{
    m_article = m_tmp.filePath(u"article.txt"_s);
    QFile f(m_article);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("The minister said \"we will build the bridge\" on Monday. Critics doubted it.\n");
}

TestSyncCli::Run TestSyncCli::gloss(const QStringList &args, const QString &password)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(u"LANGUAGE"_s, u"en"_s);
    e.insert(u"GLOSS_SYNC_KEYCHAIN"_s, u"0"_s);
    e.remove(u"GLOSS_SYNC_PASSWORD"_s);
    if (!password.isEmpty())
        e.insert(u"GLOSS_SYNC_PASSWORD"_s, password);
    p.setProcessEnvironment(e);
    p.start(gloss::test::glossBinary(), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void TestSyncCli::setupSyncStatus()
{
    WebDavServer server(WebDavServer::Lighttpd);
    const QString started = server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString one = m_tmp.filePath(u"one"_s), two = m_tmp.filePath(u"two"_s);
    const QString url = server.url().toString();

    // not set up yet
    Run r = gloss({u"sync"_s, u"--data-dir"_s, one});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"gloss sync setup"_s), qPrintable(r.err));
    // a wrong password: a clear message, nothing saved
    r = gloss({u"sync"_s, u"setup"_s, url, u"--user"_s, server.user(), u"--data-dir"_s, one},
              u"wrong"_s);
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"401"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(one + u"/sync/config.json"_s));
    // set up, two devices
    for (const auto &[dir, device] : {std::pair{one, u"desk"_s}, std::pair{two, u"laptop"_s}}) {
        r = gloss({u"sync"_s, u"setup"_s, url, u"--user"_s, server.user(), u"--device"_s, device,
                   u"--data-dir"_s, dir},
                  server.password());
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"honours preconditions"_s), qPrintable(r.out));
        QVERIFY2(r.err.contains(u"not in a keychain"_s), qPrintable(r.err)); // the warning
    }
    // a note on one device, synced to the other
    r = gloss({u"notes"_s, u"add"_s, m_article, u"--quote"_s, u"build the bridge"_s, u"--text"_s,
               u"check the budget"_s, u"--data-dir"_s, one});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    r = gloss({u"sync"_s, u"--dry-run"_s, u"--data-dir"_s, one});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Dry run"_s) && r.out.contains(u"send 1 file"_s), qPrintable(r.out));
    // nothing sent (the setup made the folders gloss/v1/ and left them empty)
    QVERIFY(QDir(server.root() + u"/dav/gloss/v1"_s)
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                .isEmpty());
    r = gloss({u"sync"_s, u"status"_s, u"--data-dir"_s, one});
    QVERIFY2(r.out.contains(u"Last sync: never"_s), qPrintable(r.out));
    r = gloss({u"sync"_s, u"--data-dir"_s, one});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"1 file(s) sent"_s), qPrintable(r.out));
    r = gloss({u"sync"_s, m_article, u"--data-dir"_s, two}); // the one FILE named
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"1 note(s) added"_s), qPrintable(r.out));
    r = gloss({u"notes"_s, u"list"_s, m_article, u"--format"_s, u"text"_s, u"--data-dir"_s, two});
    QVERIFY2(r.out.contains(u"check the budget"_s), qPrintable(r.out));
    r = gloss({u"sync"_s, u"status"_s, u"--data-dir"_s, two});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"alice-laptop"_s) && r.out.contains(u"1 synced, 0 with changes"_s),
             qPrintable(r.out));
    // the server gone: exit 1, the notes intact
    server.kill();
    r = gloss({u"sync"_s, u"--data-dir"_s, two});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"cannot be reached"_s), qPrintable(r.err));
    r = gloss({u"notes"_s, u"list"_s, m_article, u"--format"_s, u"text"_s, u"--data-dir"_s, two});
    QVERIFY2(r.out.contains(u"check the budget"_s), qPrintable(r.out));
    // --help names the sub-commands
    r = gloss({u"sync"_s, u"--help"_s});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(u"gloss sync setup URL --user NAME"_s));
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_synccli.moc"
