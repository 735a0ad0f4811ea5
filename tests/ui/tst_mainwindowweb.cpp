// The reading window's web parts: menu actions, the source line, pasted articles.
#include "MainWindow.h"
#include "SourceHeader.h"
#include "WebSources.h"
#include "TestPaths.h"

#include <QAction>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using gloss::MainWindow;

class tst_MainWindowWeb : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void actionsInMenus();
    void headerFollowsArticle();
    void pastedArticleIsShown();
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

QTEST_MAIN(tst_MainWindowWeb)
#include "tst_mainwindowweb.moc"
