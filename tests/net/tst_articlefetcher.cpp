#include "ArticleFetcher.h"
#include "TestHttpServer.h"
#include "TestPaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using gloss::ArticleCache;
using gloss::ArticleFetcher;
using gloss::Document;
using namespace std::chrono_literals;

namespace {

const QByteArray kPage = "<html><head><title>Tide tables to go digital | Coast News</title>"
                         "<meta name='author' content='Iris Vale'></head><body><article>"
                         "<h1>Tide tables to go digital</h1><p>The harbour office will stop "
                         "printing tide tables next year, its director said on Friday.</p>"
                         "<p>\x93Paper is expensive,\x94 she said, \x93" "and nobody reads it.\x94"
                         "</p></article></body></html>";

struct Outcome
{
    std::optional<Document> document;
    bool fromCache = false;
    QString error;
};

} // namespace

class tst_ArticleFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fetchesPage();
    void followsRedirect();
    void refusesRedirectLoop();
    void refusesSchemeChange();
    void timesOut();
    void notFound();
    void refusesLargeBody_data();
    void refusesLargeBody();
    void refusesNonHtml();
    void acceptsPlainText();
    void cachedTextUntilReload();
    void rejectsNonWebUrl_data();
    void rejectsNonWebUrl();
    void cancels();
    void userInput_data();
    void userInput();
    void fetchNow();
    void commandLine();

private:
    Outcome run(const QUrl &url, ArticleFetcher::Policy policy = ArticleFetcher::Policy::PreferCache);

    TestHttpServer m_server;
    QTemporaryDir m_cacheDir;
    std::unique_ptr<ArticleFetcher> m_fetcher;
};

void tst_ArticleFetcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.listen());
    QVERIFY(m_cacheDir.isValid());
    m_server.setResponse("/article", TestHttpServer::html(kPage, "text/html; charset=windows-1252"));
    m_server.setResponse("/old", TestHttpServer::redirect(301, "/article"));
    m_server.setResponse("/older", TestHttpServer::redirect(302, "/old"));
    m_server.setResponse("/loop", TestHttpServer::redirect(302, "/loop"));
    m_server.setResponse("/to-ftp", TestHttpServer::redirect(302, "ftp://127.0.0.1/article"));
    TestHttpServer::Response slow;
    slow.silent = true;
    m_server.setResponse("/slow", slow);
    TestHttpServer::Response huge = TestHttpServer::html({});
    huge.streamBytes = 50LL * 1024 * 1024;
    m_server.setResponse("/huge", huge);
    huge.sendLength = false;
    m_server.setResponse("/huge-unannounced", huge);
    m_server.setResponse("/report.pdf", TestHttpServer::html("%PDF-1.7 ...", "application/pdf"));
    m_server.setResponse("/notes.txt",
                         TestHttpServer::html("Plain words.\r\n\r\nSecond paragraph.",
                                              "text/plain; charset=utf-8"));
}

void tst_ArticleFetcher::init()
{
    m_fetcher = std::make_unique<ArticleFetcher>();
    m_fetcher->setCache(ArticleCache(m_cacheDir.filePath(QStringLiteral("pages"))));
    m_fetcher->setTimeout(3s);
}

Outcome tst_ArticleFetcher::run(const QUrl &url, ArticleFetcher::Policy policy)
{
    Outcome out;
    bool done = false;
    connect(m_fetcher.get(), &ArticleFetcher::fetched, this, [&](const Document &d, bool cached) {
        out.document = d;
        out.fromCache = cached;
        done = true;
    });
    connect(m_fetcher.get(), &ArticleFetcher::failed, this, [&](const QUrl &, const QString &e) {
        out.error = e;
        done = true;
    });
    m_fetcher->fetch(url, policy);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 20000); }();
    m_fetcher->disconnect(this);
    return out;
}

void tst_ArticleFetcher::fetchesPage()
{
    const QUrl url = m_server.url(QStringLiteral("/article"));
    const Outcome out = run(url);
    QVERIFY2(out.document, qPrintable(out.error));
    QVERIFY(!out.fromCache);
    const Document &d = *out.document;
    QCOMPARE(d.source(), url.toString());
    QCOMPARE(d.format, QStringLiteral("html"));
    QCOMPARE(d.metaTitle, QStringLiteral("Tide tables to go digital"));
    QCOMPARE(d.metaAuthor, QStringLiteral("Iris Vale"));
    QCOMPARE(d.metaUrl, url.toString()); // the page names no address of its own
    // the charset came from the Content-Type header
    QVERIFY(d.text().contains(QStringLiteral("\u201CPaper is expensive,\u201D she said")));
}

void tst_ArticleFetcher::followsRedirect()
{
    const QUrl url = m_server.url(QStringLiteral("/older"));
    const Outcome out = run(url);
    QVERIFY2(out.document, qPrintable(out.error));
    QCOMPARE(out.document->source(), url.toString()); // what the reader asked for
    QCOMPARE(out.document->metaUrl, m_server.url(QStringLiteral("/article")).toString());
    QCOMPARE(out.document->metaTitle, QStringLiteral("Tide tables to go digital"));
}

void tst_ArticleFetcher::refusesRedirectLoop()
{
    const Outcome out = run(m_server.url(QStringLiteral("/loop")));
    QVERIFY(!out.document);
    QVERIFY2(out.error.contains(QStringLiteral("redirects more than 5 times")),
             qPrintable(out.error));
}

void tst_ArticleFetcher::refusesSchemeChange()
{
    const Outcome out = run(m_server.url(QStringLiteral("/to-ftp")));
    QVERIFY(!out.document);
    QVERIFY2(out.error.contains(QStringLiteral("ftp://127.0.0.1/article")), qPrintable(out.error));
}

void tst_ArticleFetcher::timesOut()
{
    m_fetcher->setTimeout(700ms);
    QElapsedTimer timer;
    timer.start();
    const Outcome out = run(m_server.url(QStringLiteral("/slow")));
    QVERIFY(!out.document);
    QVERIFY2(out.error.contains(QStringLiteral("did not answer within 0.7 seconds")),
             qPrintable(out.error));
    QVERIFY(timer.elapsed() >= 600);
}

void tst_ArticleFetcher::notFound()
{
    const Outcome out = run(m_server.url(QStringLiteral("/nowhere")));
    QVERIFY(!out.document);
    QVERIFY2(out.error.contains(QStringLiteral("404 Not Found")), qPrintable(out.error));
}

void tst_ArticleFetcher::refusesLargeBody_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("Content-Length says 50 MB") << QByteArray("/huge")
                                               << QStringLiteral("too large (50.0 MB; the limit is 20 MB)");
    QTest::newRow("50 MB without a length") << QByteArray("/huge-unannounced")
                                            << QStringLiteral("larger than 20 MB; download stopped");
}

void tst_ArticleFetcher::refusesLargeBody()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, message);
    const qint64 before = m_server.streamed();
    const Outcome out = run(m_server.url(QString::fromLatin1(path)));
    QVERIFY(!out.document);
    QVERIFY2(out.error.contains(message), qPrintable(out.error));
    // the download stopped early: the server never got to send the whole body
    const qint64 sent = m_server.streamed() - before;
    // (20 MB read, the rest in flight in the loopback socket buffers)
    QVERIFY2(sent < 40LL * 1024 * 1024, qPrintable(QString::number(sent)));
}

void tst_ArticleFetcher::refusesNonHtml()
{
    const Outcome out = run(m_server.url(QStringLiteral("/report.pdf")));
    QVERIFY(!out.document);
    QVERIFY2(out.error.contains(QStringLiteral("not a web page but application/pdf")),
             qPrintable(out.error));
}

void tst_ArticleFetcher::acceptsPlainText()
{
    const Outcome out = run(m_server.url(QStringLiteral("/notes.txt")));
    QVERIFY2(out.document, qPrintable(out.error));
    QCOMPARE(out.document->format, QStringLiteral("text"));
    QCOMPARE(out.document->text(), QStringLiteral("Plain words.\n\nSecond paragraph."));
}

void tst_ArticleFetcher::cachedTextUntilReload()
{
    auto page = [](const char *version) -> QByteArray {
        return QByteArray("<title>Changing page title</title><p>This is version ") + version
               + " of the page text.</p>";
    };
    m_server.setResponse("/changing", TestHttpServer::html(page("one")));
    const QUrl url = m_server.url(QStringLiteral("/changing#section-2"));
    Outcome out = run(url);
    QVERIFY2(out.document, qPrintable(out.error));
    QVERIFY(out.document->text().contains(QStringLiteral("version one")));
    const QByteArray firstHash = out.document->sha256();

    m_server.setResponse("/changing", TestHttpServer::html(page("two")));
    const qsizetype requests = m_server.requests().size();
    out = run(m_server.url(QStringLiteral("/changing"))); // same page, no fragment
    QVERIFY(out.document);
    QVERIFY(out.fromCache);
    QCOMPARE(m_server.requests().size(), requests); // not downloaded again
    QCOMPARE(out.document->sha256(), firstHash);
    QCOMPARE(out.document->metaTitle, QStringLiteral("Changing page title"));
    QCOMPARE(out.document->source(), url.toString());

    out = run(url, ArticleFetcher::Policy::Reload);
    QVERIFY2(out.document, qPrintable(out.error));
    QVERIFY(!out.fromCache);
    QVERIFY(out.document->text().contains(QStringLiteral("version two")));
    out = run(url);
    QVERIFY(out.fromCache);
    QVERIFY(out.document->text().contains(QStringLiteral("version two")));
}

void tst_ArticleFetcher::rejectsNonWebUrl_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::newRow("ftp") << QUrl(QStringLiteral("ftp://example.org/a.html"));
    QTest::newRow("file") << QUrl::fromLocalFile(QStringLiteral("/etc/hostname"));
    QTest::newRow("no host") << QUrl(QStringLiteral("http:///path"));
}

void tst_ArticleFetcher::rejectsNonWebUrl()
{
    QFETCH(QUrl, url);
    const Outcome out = run(url);
    QVERIFY(!out.document);
    QVERIFY2(out.error.contains(QStringLiteral("is not a web address")), qPrintable(out.error));
}

void tst_ArticleFetcher::cancels()
{
    Outcome out;
    bool done = false;
    connect(m_fetcher.get(), &ArticleFetcher::failed, this, [&](const QUrl &, const QString &e) {
        out.error = e;
        done = true;
    });
    m_fetcher->fetch(m_server.url(QStringLiteral("/slow")), ArticleFetcher::Policy::Reload);
    QVERIFY(m_fetcher->isBusy());
    QTest::qWait(100);
    m_fetcher->abort();
    QTRY_VERIFY(done);
    QVERIFY2(out.error.contains(QStringLiteral("cancelled")), qPrintable(out.error));
    QVERIFY(!m_fetcher->isBusy());
}

void tst_ArticleFetcher::userInput_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QUrl>("url");
    QTest::newRow("bare host") << QStringLiteral(" news.example.org/a ")
                               << QUrl(QStringLiteral("https://news.example.org/a"));
    QTest::newRow("http kept") << QStringLiteral("http://news.example.org/a")
                               << QUrl(QStringLiteral("http://news.example.org/a"));
    QTest::newRow("https") << QStringLiteral("https://news.example.org/a?id=3#top")
                           << QUrl(QStringLiteral("https://news.example.org/a?id=3#top"));
}

void tst_ArticleFetcher::userInput()
{
    QFETCH(QString, typed);
    QFETCH(QUrl, url);
    QCOMPARE(ArticleFetcher::urlFromUserInput(typed), url);
}

void tst_ArticleFetcher::fetchNow()
{
    ArticleFetcher::Result r = ArticleFetcher::fetchNow(m_server.url(QStringLiteral("/nowhere")));
    QVERIFY(!r.document);
    QVERIFY(r.error.contains(QStringLiteral("404")));
    r = ArticleFetcher::fetchNow(m_server.url(QStringLiteral("/notes.txt")),
                                 ArticleFetcher::Policy::Reload);
    QVERIFY2(r.document, qPrintable(r.error));
    QCOMPARE(r.document->format, QStringLiteral("text"));
}

void tst_ArticleFetcher::commandLine()
{
    // gloss analyze URL: downloaded, extracted, analysed (the saved copy goes to a scratch home)
    QProcess gloss;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_cacheDir.filePath(QStringLiteral("xdg-data")));
    // each object loaded, on standard error: Qt Network comes with gloss-net.so, loaded for the
    // web address; nothing of the GUI is loaded
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    gloss.setProcessEnvironment(env);
    const QString url = m_server.url(QStringLiteral("/article")).toString();
    gloss.start(gloss::test::glossBinary(), {QStringLiteral("analyze"), url});
    QVERIFY(gloss.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(gloss.state() == QProcess::NotRunning, 60000);
    const QByteArray err = gloss.readAllStandardError();
    QVERIFY2(gloss.exitCode() == 0, err.right(3000).constData());
#ifdef Q_OS_LINUX
    QVERIFY(err.contains("gloss-net.so"));
    QVERIFY(err.contains("file=libQt6Network.so"));
    QVERIFY(!err.contains("file=libQt6Gui.so"));
#endif
    const QJsonObject document =
        QJsonDocument::fromJson(gloss.readAllStandardOutput()).object().value(u"document").toObject();
    QCOMPARE(document.value(u"source").toString(), url);
    QCOMPARE(document.value(u"format").toString(), QStringLiteral("html"));
    QCOMPARE(document.value(u"title").toString(), QStringLiteral("Tide tables to go digital"));
    QVERIFY(QDir(m_cacheDir.filePath(QStringLiteral("xdg-data"))).exists());

    gloss.start(gloss::test::glossBinary(),
                {QStringLiteral("analyze"), m_server.url(QStringLiteral("/report.pdf")).toString()});
    QVERIFY(gloss.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(gloss.state() == QProcess::NotRunning, 60000);
    QCOMPARE(gloss.exitCode(), 2);
    QVERIFY(gloss.readAllStandardError().contains("application/pdf"));
}

QTEST_GUILESS_MAIN(tst_ArticleFetcher)
#include "tst_articlefetcher.moc"
