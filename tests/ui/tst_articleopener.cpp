// ArticleOpener: a file or a document in, an analysed article out (off the GUI thread), and
// only the latest request's answer delivered.
#include "ArticleOpener.h"
#include "ClipboardArticle.h"
#include "TestArticles.h"

#include <QCoreApplication>
#include <QMimeData>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace gloss;

namespace {

/** Lets every worker finish and delivers what they posted (no waiting on a clock). */
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

/** How a request is made in the rows below. */
enum class Source { File, WebDocument, ClipboardText, ClipboardHtml, UnreadableFile };

} // namespace

Q_DECLARE_METATYPE(Source)

class tst_ArticleOpener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opens_data();
    void opens();
    void unreadableFileFails();
    void lateResultIsDropped_data();
    void lateResultIsDropped();
    void staleErrorIsDropped();
    void answersInEitherOrder_data();
    void answersInEitherOrder();
    void reservedRequest();
    void reservedRequestSuperseded();
    void destroyedWhileWorking();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    /** Makes a request from @p source; returns the source the article will name. */
    QString request(ArticleOpener &opener, Source source);

    QTemporaryDir m_dir;
};

void tst_ArticleOpener::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

QString tst_ArticleOpener::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

QString tst_ArticleOpener::request(ArticleOpener &opener, Source source)
{
    switch (source) {
    case Source::File: {
        // long enough that its analysis is still running when the next request is made
        QString text = test::sampleArticle().document.text();
        const QString part = text;
        for (int i = 0; i < 30; ++i)
            text += QStringLiteral("\n\nPart %1\n\n").arg(i + 2) + part;
        const QString path = writeFile(QStringLiteral("file.txt"), text.toUtf8());
        opener.openFile(path);
        return path;
    }
    case Source::WebDocument: {
        Document d(QStringLiteral("Ferry timetable changes\n\n\u201CWe listened,\u201D said Ola "
                                  "Berg."),
                   QStringLiteral("https://news.example.org/ferry"));
        d.metaTitle = QStringLiteral("Ferry timetable changes");
        opener.openDocument(d);
        return d.source();
    }
    case Source::ClipboardText:
    case Source::ClipboardHtml: {
        QMimeData data;
        if (source == Source::ClipboardHtml)
            data.setHtml(QStringLiteral("<h1>Pasted</h1><p>\u201CIt works,\u201D she said.</p>"));
        else
            data.setText(QStringLiteral("Pasted\n\n\u201CIt works,\u201D she said."));
        const std::optional<Document> d = documentFromMimeData(data);
        if (!d)
            return {};
        opener.openDocument(*d);
        return d->source();
    }
    case Source::UnreadableFile: {
        const QString path = writeFile(QStringLiteral("binary.txt"), QByteArray(4096, '\0'));
        opener.openFile(path);
        return path;
    }
    }
    return {};
}

void tst_ArticleOpener::opens_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("firstLine");
    QTest::newRow("a text file") << Source::File << QStringLiteral("Harbour city");
    QTest::newRow("a web page's document")
        << Source::WebDocument << QStringLiteral("Ferry timetable changes");
    QTest::newRow("clipboard text") << Source::ClipboardText << QStringLiteral("Pasted");
    QTest::newRow("clipboard html") << Source::ClipboardHtml << QStringLiteral("Pasted");
}

void tst_ArticleOpener::opens()
{
    QFETCH(Source, source);
    QFETCH(QString, firstLine);
    ArticleOpener opener;
    QSignalSpy opened(&opener, &ArticleOpener::opened);
    QSignalSpy failed(&opener, &ArticleOpener::failed);
    QSignalSpy busy(&opener, &ArticleOpener::busyChanged);
    bool busyWhenOpened = true;
    connect(&opener, &ArticleOpener::opened, this,
            [&opener, &busyWhenOpened] { busyWhenOpened = opener.isBusy(); });
    const QString name = request(opener, source);
    QVERIFY(!name.isEmpty());
    QVERIFY(opener.isBusy());
    QCOMPARE(opened.count(), 0); // never on the caller's stack: the work is on a worker
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
    QVERIFY(!busyWhenOpened); // idle by the time the article is delivered
    QVERIFY(failed.isEmpty());
    const auto article = opened.first().at(0).value<Article>();
    QCOMPARE(article.document.source(), name);
    QVERIFY(article.document.text().startsWith(firstLine));
    QVERIFY(!article.sentences.isEmpty()); // analysed
    const bool isFile = source == Source::File;
    QCOMPARE(opened.first().at(1).toString(), isFile ? name : QString());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QVERIFY(!opener.isBusy());
}

void tst_ArticleOpener::unreadableFileFails()
{
    ArticleOpener opener;
    QSignalSpy opened(&opener, &ArticleOpener::opened);
    QSignalSpy failed(&opener, &ArticleOpener::failed);
    const QString path = request(opener, Source::UnreadableFile);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), path);
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QVERIFY(opened.isEmpty());
    QVERIFY(!opener.isBusy());

    const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
    opener.openFile(missing);
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(failed.last().at(0).toString(), missing);
}

void tst_ArticleOpener::lateResultIsDropped_data()
{
    QTest::addColumn<Source>("first");
    QTest::addColumn<Source>("second");
    QTest::newRow("file, then clipboard text") << Source::File << Source::ClipboardText;
    QTest::newRow("file, then clipboard html") << Source::File << Source::ClipboardHtml;
    QTest::newRow("file, then a web page") << Source::File << Source::WebDocument;
    QTest::newRow("a web page, then a file") << Source::WebDocument << Source::File;
    QTest::newRow("a web page, then clipboard text")
        << Source::WebDocument << Source::ClipboardText;
    QTest::newRow("file, then the same file again") << Source::File << Source::File;
}

void tst_ArticleOpener::lateResultIsDropped()
{
    QFETCH(Source, first);
    QFETCH(Source, second);
    ArticleOpener opener;
    QSignalSpy opened(&opener, &ArticleOpener::opened);
    QSignalSpy failed(&opener, &ArticleOpener::failed);
    request(opener, first);
    const QString name = request(opener, second);
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
    settle(); // the first answer has come back by now, whatever the order
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).value<Article>().document.source(), name);
    QVERIFY(failed.isEmpty());
    QVERIFY(!opener.isBusy());
}

void tst_ArticleOpener::staleErrorIsDropped()
{
    ArticleOpener opener;
    QSignalSpy opened(&opener, &ArticleOpener::opened);
    QSignalSpy failed(&opener, &ArticleOpener::failed);
    request(opener, Source::UnreadableFile);
    const QString name = request(opener, Source::ClipboardText);
    QTRY_COMPARE(opened.count(), 1);
    settle();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(opened.first().at(0).value<Article>().document.source(), name);

    // and the other way round: a good file superseded by an unreadable one reports the error
    request(opener, Source::File);
    const QString bad = request(opener, Source::UnreadableFile);
    QTRY_COMPARE(failed.count(), 1);
    settle();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), bad);
}

// The order the answers come back in is forced (a request is held on its worker until the
// other one's answer has been handled): the older answer, article or error, is dropped in
// both orders, and the newer one is delivered once.
void tst_ArticleOpener::answersInEitherOrder_data()
{
    QTest::addColumn<Source>("older");
    QTest::addColumn<Source>("newer");
    QTest::addColumn<bool>("olderComesBackLast");
    const QList<std::pair<const char *, Source>> olders = {
        {"a file", Source::File},
        {"a web page", Source::WebDocument},
        {"clipboard text", Source::ClipboardText},
        {"an unreadable file", Source::UnreadableFile},
    };
    const QList<std::pair<const char *, Source>> newers = {
        {"a file", Source::File},
        {"a web page", Source::WebDocument},
        {"clipboard html", Source::ClipboardHtml},
    };
    for (const auto &[olderName, older] : olders) {
        for (const auto &[newerName, newer] : newers) {
            for (const bool last : {true, false}) {
                QTest::addRow("%s, then %s; the %s answer comes back last", olderName,
                              newerName, last ? "older" : "newer")
                    << older << newer << last;
            }
        }
    }
}

void tst_ArticleOpener::answersInEitherOrder()
{
    QFETCH(Source, older);
    QFETCH(Source, newer);
    QFETCH(bool, olderComesBackLast);
    if (QThreadPool::globalInstance()->maxThreadCount() < 2)
        QThreadPool::globalInstance()->setMaxThreadCount(2); // one held, one running
    QSemaphore gate; // outlives the opener, which waits for its workers
    ArticleOpener opener;
    const auto unblock = qScopeGuard([&gate] { gate.release(100); }); // when a check fails too
    const ArticleOpener::Generation held = olderComesBackLast ? 1 : 2;
    opener.m_beforeWork = [&gate, held](ArticleOpener::Generation generation) {
        if (generation == held)
            gate.acquire();
    };
    QSignalSpy opened(&opener, &ArticleOpener::opened);
    QSignalSpy failed(&opener, &ArticleOpener::failed);
    request(opener, older);
    const QString name = request(opener, newer);
    if (olderComesBackLast) {
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000); // while the older one is held
        QVERIFY(!opener.isBusy());
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(opener.m_running.size(), 1, 30000); // the older came back
        QVERIFY(opened.isEmpty());
        QVERIFY(opener.isBusy()); // still working on the newer one
    }
    gate.release();
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
    settle();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).value<Article>().document.source(), name);
    QVERIFY(failed.isEmpty());
    QVERIFY(!opener.isBusy());
}

// A page still downloading takes its place in the order when it is asked for.
void tst_ArticleOpener::reservedRequest()
{
    ArticleOpener opener;
    QSignalSpy opened(&opener, &ArticleOpener::opened);
    QSignalSpy busy(&opener, &ArticleOpener::busyChanged);
    request(opener, Source::File);
    QVERIFY(opener.isBusy());
    const ArticleOpener::Generation page = opener.reserve();
    QVERIFY(opener.isLatest(page));
    QVERIFY(!opener.isBusy()); // the file is superseded at once
    QCOMPARE(busy.count(), 2);
    const Document doc(QStringLiteral("Downloaded page"), QStringLiteral("https://example.org/a"));
    QCOMPARE(opener.openDocument(doc, page), page);
    QVERIFY(opener.isBusy());
    QTRY_COMPARE(opened.count(), 1);
    settle();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).value<Article>().document.source(), doc.source());
    // a generation is handed over once
    opener.openDocument(doc, page);
    QVERIFY(!opener.isBusy());
    settle();
    QCOMPARE(opened.count(), 1);
}

void tst_ArticleOpener::reservedRequestSuperseded()
{
    ArticleOpener opener;
    QSignalSpy opened(&opener, &ArticleOpener::opened);
    const ArticleOpener::Generation page = opener.reserve();
    const QString name = request(opener, Source::ClipboardText);
    QVERIFY(!opener.isLatest(page));
    opener.openDocument(Document(QStringLiteral("Late page"), QStringLiteral("https://x.org/")),
                        page);
    QTRY_COMPARE(opened.count(), 1);
    settle();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().at(0).value<Article>().document.source(), name);
}

void tst_ArticleOpener::destroyedWhileWorking()
{
    auto opener = std::make_unique<ArticleOpener>();
    QSignalSpy opened(opener.get(), &ArticleOpener::opened);
    request(*opener, Source::File);
    request(*opener, Source::ClipboardText);
    opener.reset(); // waits for both; delivers nothing
    settle();
    QCOMPARE(opened.count(), 0);
    QCOMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
}

QTEST_MAIN(tst_ArticleOpener)
#include "tst_articleopener.moc"
