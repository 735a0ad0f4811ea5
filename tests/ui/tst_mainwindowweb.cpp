// The reading window's web parts: menu actions, the source line, pasted articles.
#include "MainWindow.h"
#include "SourceHeader.h"
#include "WebSources.h"
#include "TestPaths.h"
#include "../net/TestHttpServer.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using gloss::MainWindow;
using gloss::WebSources;

namespace {
const QByteArray kPage =
    "<html><head><meta property='og:site_name' content='Coast News'>"
    "<title>Ferry timetable changes | Coast News</title></head><body><article>"
    "<h1>Ferry timetable changes</h1><p class='byline'>By Ola Berg</p>"
    "<p>The island ferry will run every forty minutes from June, the operator said.</p>"
    "</article></body></html>";
} // namespace

class tst_MainWindowWeb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void actionsInMenus();
    void headerFollowsArticle();
    void pastedArticleIsShown();
    void droppedLinkOpens_data();
    void droppedLinkOpens();
    void dropWithoutLinkRefused_data();
    void dropWithoutLinkRefused();
};

void tst_MainWindowWeb::actionsInMenus()
{
    MainWindow w;
    QVERIFY(w.webSources());
    QVERIFY(w.fileMenu()->actions().contains(w.action(QStringLiteral("actionOpenLink"))));
    QVERIFY(w.fileMenu()->actions().contains(w.action(QStringLiteral("actionReloadFromWeb"))));
    QVERIFY(w.editMenu()->actions().contains(w.action(QStringLiteral("actionPasteArticle"))));
    QCOMPARE(w.action(QStringLiteral("actionOpenLink"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_L));
}

void tst_MainWindowWeb::headerFollowsArticle()
{
    MainWindow w;
    w.show();
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QVERIFY(w.openFile(gloss::test::dataPath(QStringLiteral("html/blog-wordpress.html"))));
    QTRY_COMPARE(shown.size(), 1);
    gloss::SourceHeader *header = w.webSources()->header();
    QVERIFY(header->isVisible());
    QVERIFY(header->text().startsWith(QStringLiteral("Streetwise \u00B7 by Nadia Kerr")));
    QCOMPARE(w.article().title, QStringLiteral("Why the town's tram plan keeps stalling"));
    QVERIFY(!w.action(QStringLiteral("actionReloadFromWeb"))->isEnabled()); // a file

    QVERIFY(w.openFile(QStringLiteral(":/org.gloss/data/sample-article.txt")));
    QTRY_COMPARE(shown.size(), 2);
    QVERIFY(header->isHidden()); // plain text: nothing to say
}

void tst_MainWindowWeb::pastedArticleIsShown()
{
    MainWindow w;
    w.show();
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QMimeData data;
    data.setHtml(QStringLiteral("<h1>Pasted headline</h1><p>\u201CIt works,\u201D she said.</p>"));
    QVERIFY(w.webSources()->pasteArticle(&data));
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(w.article().document.source(), QStringLiteral("clipboard"));
    QCOMPARE(w.article().title, QStringLiteral("Pasted headline"));
    QVERIFY(w.currentPath().isEmpty());
}

void tst_MainWindowWeb::droppedLinkOpens_data()
{
    QTest::addColumn<bool>("asUriList");
    QTest::newRow("text/uri-list with an http URL") << true;
    QTest::newRow("a dragged URL as text") << false;
}

void tst_MainWindowWeb::droppedLinkOpens()
{
    QFETCH(bool, asUriList);
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setResponse("/ferry", TestHttpServer::html(kPage));
    QTemporaryDir dir;
    MainWindow w;
    w.webSources()->fetcher()->setCache(gloss::ArticleCache(dir.filePath(QStringLiteral("pages"))));
    w.show();
    QSignalSpy shown(&w, &MainWindow::articleShown);
    const QUrl url = server.url(QStringLiteral("/ferry"));
    QMimeData data;
    if (asUriList)
        data.setUrls({url});
    else
        data.setText(QStringLiteral("  ") + url.toString() + QStringLiteral("\n"));
    QCOMPARE(WebSources::droppedWebUrl(&data), url);

    const QPoint at = w.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction | Qt::LinkAction, &data, Qt::LeftButton,
                          Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::LinkAction, &data, Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(shown.size(), 1);
    QCOMPARE(w.article().document.source(), url.toString());
    QCOMPARE(w.article().title, QStringLiteral("Ferry timetable changes"));
    QVERIFY(w.action(QStringLiteral("actionReloadFromWeb"))->isEnabled()); // a web page
}

void tst_MainWindowWeb::dropWithoutLinkRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QUrl>>("urls");
    QTest::newRow("plain words") << QStringLiteral("just some words") << QList<QUrl>{};
    QTest::newRow("words around a link")
        << QStringLiteral("see https://example.org/story today") << QList<QUrl>{};
    QTest::newRow("ftp address")
        << QString() << QList<QUrl>{QUrl(QStringLiteral("ftp://example.org/a"))};
    QTest::newRow("address without host") << QStringLiteral("https://") << QList<QUrl>{};
}

void tst_MainWindowWeb::dropWithoutLinkRefused()
{
    QFETCH(QString, text);
    QFETCH(QList<QUrl>, urls);
    MainWindow w;
    QMimeData data;
    if (!text.isEmpty())
        data.setText(text);
    if (!urls.isEmpty())
        data.setUrls(urls);
    QVERIFY(WebSources::droppedWebUrl(&data).isEmpty());
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    enter.ignore();
    QApplication::sendEvent(&w, &enter);
    QVERIFY(!enter.isAccepted());
}

QTEST_MAIN(tst_MainWindowWeb)
#include "tst_mainwindowweb.moc"
