// The reading window's three ways to open an article (a file, a link, the clipboard): the
// latest request wins whatever order the answers come in, and every switch keeps the reading
// position of the article left.
#include "ArticleView.h"
#include "MainWindow.h"
#include "LibraryCatalog.h"
#include "LibraryDatabase.h"
#include "LibraryTypes.h"
#include "annotations/AnnotationStore.h"
#include "WebSources.h"
#include "TestArticles.h"
#include "TestPaths.h"
#include "../net/TestHttpServer.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace gloss;

namespace {

const QByteArray kPage =
    "<html><head><meta property='og:site_name' content='Coast News'>"
    "<title>Ferry timetable changes | Coast News</title></head><body><article>"
    "<h1>Ferry timetable changes</h1><p class='byline'>By Ola Berg</p>"
    "<p>The island ferry will run every forty minutes from June, the operator said.</p>"
    "<p>\u201CWe listened to the islanders,\u201D said Ola Berg, who runs the service.</p>"
    "</article></body></html>";

/** How the second article is asked for. */
enum class Route { File, ClipboardHtml, ClipboardText, Link };

/**
 * Lets every worker finish and delivers what they posted: a result that is dropped has been
 * dropped once this returns (no waiting on a clock).
 */
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
}

} // namespace

Q_DECLARE_METATYPE(Route)

class tst_MainWindowOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void latestRequestWins_data();
    void latestRequestWins();
    void staleErrorIsNotShown();
    void shownArticlesGoToTheLibrary_data();
    void shownArticlesGoToTheLibrary();
    void libraryProblemIsAStatusMessage();
    void switchingSavesReadingPosition_data();
    void switchingSavesReadingPosition();

private:
    QString writeArticle(const QString &name, const QString &text);
    /** An article long enough that its analysis takes a while on the worker. */
    QString bigArticle();
    /** Asks @p w for the second article by @p route; returns the source it will show. */
    QString open(MainWindow &w, Route route);

    QTemporaryDir m_dir;
    TestHttpServer m_server;
};

void tst_MainWindowOpen::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    QVERIFY(m_server.listen());
    m_server.setResponse("/ferry", TestHttpServer::html(kPage));
}

void tst_MainWindowOpen::init()
{
    QSettings().clear();
    QDir(m_dir.filePath(QStringLiteral("pages"))).removeRecursively();
}

QString tst_MainWindowOpen::writeArticle(const QString &name, const QString &text)
{
    return test::writeTextFile(m_dir.path(), name, text);
}

QString tst_MainWindowOpen::bigArticle()
{
    QString text = test::sampleArticle().document.text();
    const QString part = text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("\n\nPart %1\n\n").arg(i + 2) + part;
    return writeArticle(QStringLiteral("big.txt"), text);
}

QString tst_MainWindowOpen::open(MainWindow &w, Route route)
{
    switch (route) {
    case Route::File: {
        const QString path = writeArticle(QStringLiteral("short.txt"),
                                          QStringLiteral("Gulls return\n\nThe gulls came back."));
        return w.openFile(path) ? path : QString();
    }
    case Route::ClipboardHtml:
    case Route::ClipboardText: {
        QMimeData data;
        if (route == Route::ClipboardHtml)
            data.setHtml(QStringLiteral("<h1>Pasted headline</h1><p>\u201CIt works,\u201D she "
                                        "said.</p>"));
        else
            data.setText(QStringLiteral("Pasted headline\n\n\u201CIt works,\u201D she said."));
        return w.webSources()->pasteArticle(&data) ? QStringLiteral("clipboard") : QString();
    }
    case Route::Link: {
        const QUrl url = m_server.url(QStringLiteral("/ferry"));
        w.webSources()->openUrl(url);
        return url.toString();
    }
    }
    return {};
}

void tst_MainWindowOpen::latestRequestWins_data()
{
    QTest::addColumn<Route>("route");
    QTest::newRow("another file while a big file is analysed") << Route::File;
    QTest::newRow("clipboard html while a big file is analysed") << Route::ClipboardHtml;
    QTest::newRow("clipboard text while a big file is analysed") << Route::ClipboardText;
    QTest::newRow("a link while a big file is analysed") << Route::Link;
}

// The race of issue 16: a file still analysed on the worker must not replace an article asked
// for after it, whichever answer comes first.
void tst_MainWindowOpen::latestRequestWins()
{
    QFETCH(Route, route);
    const QString big = bigArticle();
    MainWindow w;
    w.webSources()->fetcher()->setCache(ArticleCache(m_dir.filePath(QStringLiteral("pages"))));
    w.show();
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QSignalSpy failed(&w, &MainWindow::openFailed);
    QVERIFY(w.openFile(big));
    QVERIFY(w.isBusy());
    const QString source = open(w, route);
    QVERIFY(!source.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1 && !w.isBusy(), 60000);
    settle(); // the big file's answer, if it was still on its way
    QCOMPARE(w.article().document.source(), source);
    QCOMPARE(shown.count(), 1);
    QVERIFY(failed.isEmpty());
    QCOMPARE(w.currentPath(), route == Route::File ? source : QString());
    QVERIFY(!w.windowTitle().contains(u"big.txt"));
    QVERIFY(w.articleView()->loadingText().isEmpty());
    QVERIFY(!w.isBusy());
    const auto bars = w.findChildren<QProgressBar *>();
    for (const QProgressBar *bar : bars)
        QVERIFY(!bar->isVisible());
    QVERIFY(!w.recentFiles().contains(big)); // never shown, so never recent
}

// A file that turns out unreadable after the reader moved on raises no error box over the
// article that is shown.
void tst_MainWindowOpen::staleErrorIsNotShown()
{
    const QString bad = m_dir.filePath(QStringLiteral("binary.txt"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\0'));
    f.close();
    MainWindow w;
    w.show();
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QSignalSpy failed(&w, &MainWindow::openFailed);
    QVERIFY(w.openFile(bad));
    const QString source = open(w, Route::ClipboardText);
    QTRY_VERIFY(shown.count() >= 1 && !w.isBusy());
    settle();
    QCOMPARE(w.article().document.source(), source);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!w.findChild<QMessageBox *>(QStringLiteral("openError")));
    // the same file opened on its own still says what is wrong
    QVERIFY(w.openFile(bad));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), bad);
    QCOMPARE(w.article().document.source(), source); // the pasted article stays
}

void tst_MainWindowOpen::switchingSavesReadingPosition_data()
{
    QTest::addColumn<Route>("route");
    QTest::newRow("to another file") << Route::File;
    QTest::newRow("to pasted html") << Route::ClipboardHtml;
    QTest::newRow("to pasted text") << Route::ClipboardText;
    QTest::newRow("to a link") << Route::Link;
}

// Leaving an article by any route remembers where the reader was; opening it again returns
// there.
void tst_MainWindowOpen::switchingSavesReadingPosition()
{
    QFETCH(Route, route);
    QString text = test::sampleArticle().document.text();
    for (int i = 0; i < 4; ++i)
        text += u"\n\n" + test::sampleArticle().document.text();
    const QString path = writeArticle(QStringLiteral("long.txt"), text);
    const qsizetype target = text.indexOf(u"Fishermen", text.size() / 2);
    QVERIFY(target > 0);

    MainWindow w;
    w.webSources()->fetcher()->setCache(ArticleCache(m_dir.filePath(QStringLiteral("pages"))));
    w.resize(1000, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QVERIFY(w.openFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 30000);
    w.articleView()->scrollToPosition(target);
    const qsizetype top = w.articleView()->topPosition();
    QVERIFY2(std::abs(top - target) < 100, qPrintable(QString::number(top)));

    const QString source = open(w, route);
    QVERIFY(!source.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 2, 30000);
    QCOMPARE(w.article().document.source(), source);

    QVERIFY(w.openFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 3, 30000);
    QCOMPARE(w.currentPath(), path);
    QVERIFY2(std::abs(w.articleView()->topPosition() - top) < 100,
             qPrintable(QString::number(w.articleView()->topPosition())));
}


namespace {

/** The titles in the library of @p dataDir (empty when there is none yet). */
QStringList libraryTitles(const QString &dataDir)
{
    gloss::library::LibraryDatabase db(gloss::library::LibraryPaths{dataDir}.folder());
    if (!QFile::exists(db.filePath()) || !db.open())
        return {};
    QStringList titles;
    gloss::library::LibraryCatalog catalog(db);
    for (const auto &a : catalog.articles())
        titles << a.title;
    return titles;
}

} // namespace

void tst_MainWindowOpen::shownArticlesGoToTheLibrary_data()
{
    QTest::addColumn<Route>("route");
    QTest::addColumn<QString>("title");
    QTest::newRow("a file") << Route::File << QStringLiteral("Gulls return");
    QTest::newRow("pasted text") << Route::ClipboardText << QStringLiteral("Pasted headline");
    QTest::newRow("a link") << Route::Link << QStringLiteral("Ferry timetable changes");
}

void tst_MainWindowOpen::shownArticlesGoToTheLibrary()
{
    QFETCH(Route, route);
    QFETCH(QString, title);
    QTemporaryDir data;
    AnnotationStore::setDefaultDataDir(data.path());
    {
        MainWindow w;
        QSignalSpy shown(&w, &MainWindow::articleShown);
        QVERIFY(!open(w, route).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
        // added by a worker: the window goes on meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(libraryTitles(data.path()).contains(title), 30000);
        // the bundled sample is not added
        QVERIFY(!libraryTitles(data.path()).join(u' ').contains(QStringLiteral("Sample")));
    }
    AnnotationStore::setDefaultDataDir(QString());
}

void tst_MainWindowOpen::libraryProblemIsAStatusMessage()
{
    QTemporaryDir data;
    AnnotationStore::setDefaultDataDir(data.path());
    {
        // where the library's folder should be, a file: it cannot be made
        QFile blocker(data.filePath(QStringLiteral("library")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        MainWindow w;
        QSignalSpy shown(&w, &MainWindow::articleShown);
        QVERIFY(!open(w, Route::File).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            w.statusBar()->currentMessage().contains(QStringLiteral("Not added to the library")),
            30000);
        QVERIFY(w.isVisible() || !w.isVisible()); // the window is still there, no dialog
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }
    AnnotationStore::setDefaultDataDir(QString());
}

QTEST_MAIN(tst_MainWindowOpen)
#include "tst_mainwindowopen.moc"
