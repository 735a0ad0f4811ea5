#include "ArticleView.h"
#include "ClaimsPanel.h"
#include "FindBar.h"
#include "MainWindow.h"
#if !OLDCODE
#include "MessageBar.h"
#endif
#include "SpeakersPanel.h"
#include "FileDialogAnswer.h"
#include "TestArticles.h"
#include "TestPaths.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteExportActions.h"
#include "io/Loader.h"
#include "notes/NoteLayer.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QPointer>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensFile_data();
    void opensFile();
    void refusesMissingFile();
    void claimActivationScrolls();
    void speakerFilter();
    void speakerQuotes();
    void themeSwitching_data();
    void themeSwitching();
    void find();
    void zoom();
    void zoomStepsKeepReadingPosition();
    void zoomKeepsTheEndReachable_data();
    void zoomKeepsTheEndReachable();
    void dragAndDropOpens_data();
    void dragAndDropOpens();
    void recentFiles();
    void remembersReadingPosition();
    void statusBar();
    void loadingShowsOnlyTheLoadingState();
    void analysisLimitStaysShown();
    void focusMode();
    void extensionPoints();
    void sidePanelAndMenuHooks();
    void standardShortcuts_data();
    void standardShortcuts();
    void notesOfTheArticle();
    void errorBoxesDoNotPileUp();
    void redoWithCtrlY();
    void countsInTheLocalesFormat();
    void openDialogFolders();

private:
    QString writeArticle(const QString &name, const QString &text);
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

QString tst_MainWindow::writeArticle(const QString &name, const QString &text)
{
    return test::writeTextFile(m_dir.path(), name, text);
}

void tst_MainWindow::opensFile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::newRow("the sample") << QString() << QStringLiteral("Harbour city");
    QTest::newRow("a short note") << QStringLiteral("Gulls return\n\nThe gulls came back.")
                                  << QStringLiteral("Gulls return");
}

void tst_MainWindow::opensFile()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    const QString path = text.isEmpty() ? test::samplePath()
                                        : writeArticle(QStringLiteral("short.txt"), text);
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::articleShown);
    w.show();
    QVERIFY(w.openFile(path));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(!w.isBusy());
    QCOMPARE(w.articleView()->toPlainText(), w.article().document.text());
    QVERIFY(w.windowTitle().contains(title));
    QCOMPARE(w.currentPath(), path);
}

void tst_MainWindow::refusesMissingFile()
{
    MainWindow w;
    QSignalSpy failed(&w, &MainWindow::openFailed);
    QVERIFY(!w.openFile(QStringLiteral("/nonexistent/gloss-test.txt")));
    QCOMPARE(failed.count(), 1);
    QVERIFY(w.recentFiles().isEmpty());
}

void tst_MainWindow::claimActivationScrolls()
{
    MainWindow w;
    w.resize(1200, 600);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const Article a = test::sampleArticle();
    w.showArticle(a);
    ClaimsPanel *panel = w.claimsPanel();
    QCOMPARE(panel->visibleClaimCount(), a.claims.size());
    QScrollBar *bar = w.articleView()->verticalScrollBar();
    QCOMPARE(bar->value(), 0);
    // the last group (unattributed): its last claim is near the end of the article
    QTreeView *view = panel->view();
    const QModelIndex group = view->model()->index(view->model()->rowCount() - 1, 0);
    const QModelIndex claim = view->model()->index(view->model()->rowCount(group) - 1, 0, group);
    view->setCurrentIndex(claim);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    const int c = claim.data(ClaimsPanel::ClaimRole).toInt();
    QTRY_VERIFY(bar->value() > 0);
    const QRect r = w.articleView()->spanRect(a.claims.at(c).span);
    QVERIFY(w.articleView()->viewport()->rect().contains(r.topLeft()));
    QCOMPARE(w.articleView()->selectionLayer(QStringLiteral("flash")).size(), 1);
}

void tst_MainWindow::speakerFilter()
{
    MainWindow w;
    w.resize(1200, 2000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const Article a = test::sampleArticle();
    w.showArticle(a);
    ArticleView *view = w.articleView();
    QAction *showAll = w.action(QStringLiteral("actionShowAllSpeakers"));
    QVERIFY(!showAll->isEnabled());
    // click Dr Okafor's name in the text
    const qsizetype pos = a.document.text().indexOf(u"Dr Samuel Okafor") + 4;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->spanRect({pos, pos + 1}).center());
    QCOMPARE(view->speakerFilter(), int(test::Okafor));
    QVERIFY(showAll->isEnabled());
    QVERIFY(view->palette().color(QPalette::Text) == w.readingTheme().dimmedText());
    // Esc shows everyone again
    showAll->trigger();
    QCOMPARE(view->speakerFilter(), -1);
    QCOMPARE(view->palette().color(QPalette::Text), w.readingTheme().text());
    // from the Speakers panel; a second activation clears
    QSignalSpy changed(view, &ArticleView::speakerFilterChanged);
    Q_EMIT w.speakersPanel()->speakerActivated(test::Lewis);
    QCOMPARE(view->speakerFilter(), int(test::Lewis));
    Q_EMIT w.speakersPanel()->speakerActivated(test::Lewis);
    QCOMPARE(view->speakerFilter(), -1);
    QCOMPARE(changed.count(), 2);
}

void tst_MainWindow::speakerQuotes()
{
    MainWindow w;
    w.resize(1200, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const Article a = test::sampleArticle();
    w.showArticle(a);
    ArticleView *view = w.articleView();
    SpeakersPanel *panel = w.speakersPanel();
    w.action(QStringLiteral("actionGoTo:speakersDock"))->trigger();
    QVERIFY(panel->isVisible());
    const QList<int> okafor = w.articleView()->articleIndex().speakerIndex().quotesOf(test::Okafor);
    QCOMPARE(okafor.size(), 3);
    const auto shown = [&](int quote) {
        return view->viewport()->rect().contains(view->spanRect(a.quotes.at(quote).span));
    };
    view->scrollToPosition(a.document.text().size() - 1); // the end: no quote of his in view
    QVERIFY(!shown(okafor.at(0)));
    // a click on Dr Okafor: only his quotes, and the first in view
    QTreeView *list = panel->view();
    const QRect row = list->visualRect(panel->indexOf(test::Okafor));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, row.center() + QPoint(40, 0));
    QCOMPARE(view->speakerFilter(), int(test::Okafor));
    QTRY_VERIFY(shown(okafor.at(0)));
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Samuel Okafor: quote 1 of 3"));
    // Alt+Right, Alt+Left from the text
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Samuel Okafor: quote 2 of 3"));
    QTRY_VERIFY(shown(okafor.at(1)));
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QTRY_VERIFY(shown(okafor.at(2)));
    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Samuel Okafor: quote 2 of 3"));
    // in the View menu; Esc shows everyone and the quote keys rest
    QMenu *viewMenu = w.viewMenu();
    QVERIFY(viewMenu->actions().contains(panel->nextQuoteAction()));
    QVERIFY(viewMenu->actions().contains(panel->previousQuoteAction()));
    w.action(QStringLiteral("actionShowAllSpeakers"))->trigger();
    QCOMPARE(view->speakerFilter(), -1);
    QVERIFY(!panel->nextQuoteAction()->isEnabled());
    // a speaker's name clicked in the text: Alt+Right goes to their first quote
    const qsizetype pos = a.document.text().indexOf(u"Gareth Lewis") + 3;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->spanRect({pos, pos + 1}).center());
    QCOMPARE(view->speakerFilter(), int(test::Lewis));
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Gareth Lewis: quote 1 of 3"));
}

void tst_MainWindow::themeSwitching_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("light to dark") << QStringLiteral("Breeze Light") << QStringLiteral("Breeze Dark");
    QTest::newRow("dark to solarized light") << QStringLiteral("Breeze Dark")
                                             << QStringLiteral("Solarized Light");
}

void tst_MainWindow::themeSwitching()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    MainWindow w;
    w.show();
    w.showArticle(test::sampleArticle());
    QVERIFY(w.setThemeName(from));
    ArticleView *view = w.articleView();
    const QColor baseBefore = view->palette().color(QPalette::Base);
    const QColor panelBefore = w.claimsPanel()->palette().color(QPalette::Window);
    const QImage before = view->viewport()->grab().toImage();
    QSignalSpy changed(&w, &MainWindow::themeChanged);
    // through the View > Theme menu, as a user would
    QAction *item = w.findChild<QAction *>(QStringLiteral("actionTheme:") + to);
    QVERIFY(item);
    item->trigger();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(w.themeName(), to);
    QVERIFY(item->isChecked());
    QVERIFY(view->palette().color(QPalette::Base) != baseBefore);
    QCOMPARE(view->palette().color(QPalette::Base), w.readingTheme().background());
    QVERIFY(w.claimsPanel()->palette().color(QPalette::Window) != panelBefore);
    QVERIFY(view->viewport()->grab().toImage() != before);
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), to);
    // the system default again
    w.findChild<QAction *>(QStringLiteral("actionThemeSystem"))->trigger();
    QVERIFY(w.followsSystemTheme());
    QVERIFY(!QSettings().contains(QStringLiteral("view/theme")));
    QVERIFY(!w.setThemeName(QStringLiteral("No Such Theme")));
}

void tst_MainWindow::find()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showArticle(test::sampleArticle());
    QVERIFY(!w.findBar()->isVisible());
    QTest::keySequence(&w, QKeySequence::Find);
    QVERIFY(w.findBar()->isVisible());
    QVERIFY(w.findBar()->lineEdit()->hasFocus());
    QTest::keyClicks(w.findBar()->lineEdit(), QStringLiteral("lifeboat"));
    QCOMPARE(w.findBar()->matchCount(), 3);
    QTest::keySequence(&w, QKeySequence::FindNext);
    QCOMPARE(w.findBar()->currentMatch(), 1);
    // the current match is marked strongest while the bar is open, and selected when it closes
    QCOMPARE(w.articleView()->textCursor().position(),
             int(w.findBar()->result().matches.at(1)));
    QTest::keyClick(w.findBar()->lineEdit(), Qt::Key_Escape);
    QVERIFY(!w.findBar()->isVisible());
    QCOMPARE(w.articleView()->textCursor().selectedText(), QStringLiteral("lifeboat"));
}

void tst_MainWindow::zoom()
{
    MainWindow w;
    w.resize(1000, 500);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    const Article a = test::sampleArticle();
    w.showArticle(a);
    ArticleView *view = w.articleView();
    view->scrollToPosition(a.document.text().indexOf(u"Opposition councillor"));
    const qsizetype top = view->topPosition();
    w.action(QStringLiteral("actionZoomIn"))->trigger();
    w.action(QStringLiteral("actionZoomIn"))->trigger();
    QCOMPARE(view->zoom(), 120);
    QVERIFY(std::abs(view->topPosition() - top) < 100);
    w.action(QStringLiteral("actionZoomOut"))->trigger();
    QCOMPARE(view->zoom(), 110);
    QCOMPARE(QSettings().value(QStringLiteral("view/zoom")).toInt(), 110);
    w.action(QStringLiteral("actionZoomReset"))->trigger();
    QCOMPARE(view->zoom(), 100);
    // a new window starts at the remembered zoom
    view->setZoom(130);
    MainWindow again;
    QCOMPARE(again.articleView()->zoom(), 130);
}

void tst_MainWindow::zoomStepsKeepReadingPosition()
{
    // Ctrl++ from 100% to 300% in the window (the note lane narrows, then gives way): the line
    // at the top stays at the top at every step
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const Article a = test::longArticle(60000, QStringLiteral("Zanzibar"));
    w.showArticle(a);
    ArticleView *view = w.articleView();
    view->scrollToPosition(a.document.text().indexOf(u"Fishermen on the harbour", 20000));
    qsizetype top = view->topPosition();
    while (view->zoom() < ArticleView::kMaxZoom) {
        w.action(QStringLiteral("actionZoomIn"))->trigger();
        QTest::qWait(20); // a key press at a time: the lazy layout and the lanes run between
        const qsizetype now = view->topPosition();
        QVERIFY2(std::abs(now - top) < 100,
                 qPrintable(QStringLiteral("at %1%: %2 → %3").arg(view->zoom()).arg(top).arg(now)));
        top = now;
    }
}

void tst_MainWindow::zoomKeepsTheEndReachable_data()
{
    QTest::addColumn<int>("zoom");
    for (int zoom : {110, 140, 150, 160, 170, 180, 190, 200, 210, 220, 300})
        QTest::addRow("%d%%", zoom) << zoom;
}

void tst_MainWindow::zoomKeepsTheEndReachable()
{
    // the sample in the window: Ctrl+0, then Ctrl++ up to the zoom; Ctrl+End, PgDn, the wheel
    // and Find reach the last paragraphs
    QFETCH(int, zoom);
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QVERIFY(w.openFile(test::samplePath()));
    QTRY_COMPARE(shown.count(), 1);
    ArticleView *view = w.articleView();
    w.action(QStringLiteral("actionZoomReset"))->trigger();
    while (view->zoom() < zoom) {
        w.action(QStringLiteral("actionZoomIn"))->trigger();
        QTest::qWait(20); // a key press at a time
    }
    const QString &text = w.article().document.text();
    const Span last{text.size() - 1, text.size()};
    const QRect vp = view->viewport()->rect();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QVERIFY2(vp.contains(view->spanRect(last)),
             qPrintable(QStringLiteral("last line at %1 of %2")
                            .arg(view->spanRect(last).top())
                            .arg(vp.height())));
    // Page Down from the top gets there too
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 60 && !vp.contains(view->spanRect(last)); ++i)
        QTest::keyClick(view, Qt::Key_PageDown);
    QVERIFY(vp.contains(view->spanRect(last)));
    // Find: "1 of 1", and shown
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    w.findBar()->activate();
    w.findBar()->setSearchText(QStringLiteral("final designs"));
    QCOMPARE(w.findBar()->statusText(), QStringLiteral("1 of 1"));
    const qsizetype at = text.indexOf(u"final designs");
    QVERIFY(view->viewport()->rect().contains(view->spanRect({at, at + 13})));
}

void tst_MainWindow::dragAndDropOpens_data()
{
    QTest::addColumn<bool>("local");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a local file") << true << true;
    QTest::newRow("an ftp address") << false << false; // web pages: tst_mainwindowweb
}

void tst_MainWindow::dragAndDropOpens()
{
    QFETCH(bool, local);
    QFETCH(bool, accepted);
    const QString path = writeArticle(QStringLiteral("dropped.md"),
                                      QStringLiteral("# Dropped story\n\nIt arrived by drag and drop."));
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QMimeData mime;
    mime.setUrls({local ? QUrl::fromLocalFile(path) : QUrl(QStringLiteral("ftp://example.org/a"))});
    const QPoint at = w.rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QCOMPARE(enter.isAccepted(), accepted);
    if (!accepted)
        return;
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(shown.count(), 1);
    QCOMPARE(w.currentPath(), path);
    QVERIFY(w.articleView()->toPlainText().contains(u"drag and drop"));
}

void tst_MainWindow::recentFiles()
{
    const QString one = writeArticle(QStringLiteral("one.txt"), QStringLiteral("One\n\nFirst."));
    const QString two = writeArticle(QStringLiteral("two.txt"), QStringLiteral("Two\n\nSecond."));
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QVERIFY(w.openFile(one));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(w.openFile(two));
    QTRY_COMPARE(shown.count(), 2);
    QVERIFY(w.openFile(test::samplePath())); // built-in: not a recent file
    QTRY_COMPARE(shown.count(), 3);
    QCOMPARE(w.recentFiles(), (QStringList{two, one}));
    // the menu lists them, newest first; choosing one opens it
    auto *menu = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    QAction *first = w.findChild<QAction *>(QStringLiteral("actionRecent0"));
    QAction *second = w.findChild<QAction *>(QStringLiteral("actionRecent1"));
    QVERIFY(first && second);
    QCOMPARE(first->data().toString(), two);
    second->trigger();
    QTRY_COMPARE(shown.count(), 4);
    QCOMPARE(w.currentPath(), one);
    QCOMPARE(w.recentFiles().first(), one);
    // remembered by a new window; cleared on request
    MainWindow again;
    QCOMPARE(again.recentFiles().size(), 2);
    again.findChild<QAction *>(QStringLiteral("actionClearRecent"))->trigger();
    QVERIFY(again.recentFiles().isEmpty());
}

void tst_MainWindow::remembersReadingPosition()
{
    QString text = test::sampleArticle().document.text();
    for (int i = 0; i < 4; ++i)
        text += u"\n\n" + test::sampleArticle().document.text();
    const QString path = writeArticle(QStringLiteral("long.txt"), text);
    const qsizetype target = text.indexOf(u"Fishermen", text.size() / 2);
    {
        MainWindow w;
        w.resize(1000, 600);
        w.show();
        QSignalSpy shown(&w, &MainWindow::articleShown);
        QVERIFY(w.openFile(path));
        QTRY_COMPARE(shown.count(), 1);
        w.articleView()->scrollToPosition(target);
        w.close();
    }
    MainWindow w;
    w.resize(1000, 600);
    w.show();
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QVERIFY(w.openFile(path));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY2(std::abs(w.articleView()->topPosition() - target) < 100,
             qPrintable(QString::number(w.articleView()->topPosition())));
}

void tst_MainWindow::statusBar()
{
    MainWindow w;
    w.showArticle(test::sampleArticle());
    const auto label = [&w](const char *name) {
        return w.findChild<QLabel *>(QLatin1String(name))->text();
    };
    QVERIFY(label("wordsLabel").contains(QLocale().toString(w.article().wordCount())));
    QVERIFY(label("readingTimeLabel").contains(u"min"));
    QVERIFY(label("speakersLabel").endsWith(u'6'));
    QVERIFY(label("quotesLabel").endsWith(QStringLiteral("16")));
    QVERIFY(label("notesLabel").endsWith(u'0'));
    w.setNotesCount(3);
    QVERIFY(label("notesLabel").endsWith(u'3'));
}

void tst_MainWindow::loadingShowsOnlyTheLoadingState()
{
#if OLDCODE
    return;
#else
    // while the first article is read, the empty view says so (not "Nothing to read yet")
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::articleShown);
    w.show();
    QVERIFY(w.articleView()->loadingText().isEmpty());
    QVERIFY(w.openFile(test::samplePath()));
    QVERIFY(w.articleView()->loadingText().contains(u"sample-article.txt"));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(w.articleView()->loadingText().isEmpty());
    // a file that cannot be read leaves no loading state behind
    const QString bad = m_dir.filePath(QStringLiteral("binary.txt"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\0'));
    f.close();
    QSignalSpy failed(&w, &MainWindow::openFailed);
    QVERIFY(w.openFile(bad));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(w.articleView()->loadingText().isEmpty());
#endif
}

void tst_MainWindow::analysisLimitStaysShown()
{
#if OLDCODE
    return;
#else
    // past the analysis limit, the window says so above the text until dismissed
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Article limited = test::sampleArticle();
    limited.limited = true;
    limited.analysedLength = 1234; // the window says how much was analysed, not the limit
    limited.warnings = {QStringLiteral("text too long: quotes, entities and claims cover its "
                                       "first 1234 of 5678 characters only (3 of 9 paragraphs)")};
    w.showArticle(limited);
    MessageBar *bar = w.messageBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QLocale().toString(1234)), qPrintable(bar->text()));
    QVERIFY(bar->text().contains(u"claims"));
    QVERIFY(!bar->text().contains(u"text too long")); // the window's own (translated) words
    // the status bar's messages come and go; the bar stays
    w.statusBar()->showMessage(QStringLiteral("Zoom 110%"), 1);
    QTRY_VERIFY(w.statusBar()->currentMessage().isEmpty());
    QVERIFY(bar->isVisible());
    // a whole article clears it; so does the close button
    w.showArticle(test::sampleArticle());
    QVERIFY(!bar->isVisible());
    w.showArticle(limited);
    QVERIFY(bar->isVisible());
    bar->dismiss();
    QVERIFY(!bar->isVisible());
#endif
}

void tst_MainWindow::focusMode()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *dock = w.findChild<QDockWidget *>(QStringLiteral("claimsDock"));
    QVERIFY(dock->isVisible());
    w.action(QStringLiteral("actionFocusMode"))->trigger();
    QVERIFY(w.isFocusMode());
    QVERIFY(!dock->isVisible());
    QVERIFY(!w.mainToolBar()->isVisible());
    w.action(QStringLiteral("actionFocusMode"))->trigger();
    QVERIFY(!w.isFocusMode());
    QVERIFY(dock->isVisible());
    QVERIFY(w.mainToolBar()->isVisible());
}

void tst_MainWindow::extensionPoints()
{
    MainWindow w;
    QVERIFY(w.undoStack());
    QAction *undo = w.action(QStringLiteral("actionUndo"));
    QVERIFY(undo && !undo->isEnabled());
    auto *panel = new QWidget;
    QDockWidget *dock = w.addSidePanel(panel, QStringLiteral("Notes"), QStringLiteral("notesDock"));
    QCOMPARE(dock->widget(), panel);
    QVERIFY(w.tabifiedDockWidgets(dock).size() >= 3);
    QMenu *menu = w.addMenu(QStringLiteral("&Notes"));
    QVERIFY(menu);
    QVERIFY(w.viewMenu()->actions().contains(dock->toggleViewAction()));
    // the window owns the note layer; its side panels are listed in the order they came
    QVERIFY(w.noteLayer());
    QCOMPARE(w.noteLayer()->parent(), static_cast<QObject *>(&w));
    QCOMPARE(w.sidePanels().constLast(), dock);
    QCOMPARE(w.sidePanels().constFirst()->widget(), w.claimsPanel());
}

// A panel added later is told of (sidePanelAdded) and gets its View > Go To entry, whatever
// its object name; the context menus are made by the views and filled by their receivers.
void tst_MainWindow::sidePanelAndMenuHooks()
{
    MainWindow w;
    QList<QDockWidget *> added;
    connect(&w, &MainWindow::sidePanelAdded, &w, [&added](QDockWidget *d) { added.append(d); });
    QDockWidget *dock = w.addSidePanel(new QLabel(u"x"_s), u"Sources"_s, u"no:such:name"_s);
    QCOMPARE(added, QList<QDockWidget *>{dock});
    QAction *goTo = w.action(u"actionGoTo:no:such:name"_s);
    QVERIFY(goTo);
    QCOMPARE(goTo->text(), u"Sources Panel"_s);
    goTo->trigger();
    QVERIFY(!dock->isHidden());

    // the text's menu: made at a document position, the receivers add their entries
    int position = -2;
    connect(w.articleView(), &ArticleView::contextMenuAboutToShow, &w,
            [&position](QMenu *menu, int pos) {
                position = pos;
                menu->addAction(u"Extra"_s)->setObjectName(u"extra"_s);
            });
    std::unique_ptr<QMenu> menu(w.articleView()->contextMenuAt(QPoint(-50, -50)));
    QCOMPARE(position, -1); // not on the text
    QVERIFY(menu->findChild<QAction *>(u"extra"_s));
    QVERIFY(menu->findChild<QAction *>(u"edit-copy"_s)); // the standard entries stay
    // a claim's menu likewise, with what the window adds (Copy with Citation)
    w.showArticle(test::sampleArticle());
    QVERIFY(w.article().claims.size() > 3);
    int claim = -2;
    connect(w.claimsPanel(), &ClaimsPanel::claimMenuAboutToShow, &w,
            [&claim](QMenu *, int c) { claim = c; });
    menu.reset(w.claimsPanel()->claimMenu(3));
    QCOMPARE(claim, 3);
    QCOMPARE(menu->objectName(), u"claimContextMenu"_s);
    QVERIFY(menu->findChild<QAction *>(u"contextCopyCitation"_s));
}

void tst_MainWindow::standardShortcuts_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("key");
    QTest::newRow("open") << QStringLiteral("actionOpen") << int(QKeySequence::Open);
    QTest::newRow("quit") << QStringLiteral("actionQuit") << int(QKeySequence::Quit);
    QTest::newRow("copy") << QStringLiteral("actionCopy") << int(QKeySequence::Copy);
    QTest::newRow("find") << QStringLiteral("actionFind") << int(QKeySequence::Find);
    QTest::newRow("undo") << QStringLiteral("actionUndo") << int(QKeySequence::Undo);
    QTest::newRow("redo") << QStringLiteral("actionRedo") << int(QKeySequence::Redo);
    QTest::newRow("zoom in") << QStringLiteral("actionZoomIn") << int(QKeySequence::ZoomIn);
    QTest::newRow("zoom out") << QStringLiteral("actionZoomOut") << int(QKeySequence::ZoomOut);
}

void tst_MainWindow::standardShortcuts()
{
    QFETCH(QString, action);
    QFETCH(int, key);
    MainWindow w;
    QAction *a = w.action(action);
    QVERIFY(a);
    QCOMPARE(a->shortcut(), QKeySequence::keyBindings(QKeySequence::StandardKey(key)).value(0));
    QVERIFY(!a->text().isEmpty());
}

// The window opens the article's notes store (the one `gloss notes` writes), counts its notes in
// the status bar and offers File > Export Notes…, Import Notes…, Copy Notes as Markdown.
void tst_MainWindow::notesOfTheArticle()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    AnnotationStore::setDefaultDataDir(data.path());
    const QString path = writeArticle(QStringLiteral("noted.txt"),
                                      QStringLiteral("Headline here\n\nThe mayor said the bridge "
                                                     "would reopen in May. Nobody believed it.\n"));
    {
        const Loader::Result loaded = Loader::loadFile(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        AnnotationStore store;
        QVERIFY(store.open(*loaded.document));
        const qsizetype at = loaded.document->text().indexOf(u"the bridge");
        store.add(Annotation::onSpan(*loaded.document, {at, at + 10}, QStringLiteral("which one?")));
        store.add(Annotation::onArticle(QStringLiteral("check the council minutes")));
        QVERIFY(store.save());
    }

    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QVERIFY(w.openFile(path));
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(w.notesStore()->isOpen());
    QCOMPARE(w.notesStore()->annotations().size(), 2);
    const QList<QLabel *> labels = w.statusBar()->findChildren<QLabel *>();
    const bool counted = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text().contains(u"Notes: 2");
    });
    QVERIFY(counted);
    const QList<QAction *> file = w.fileMenu()->actions();
    QVERIFY(file.contains(w.noteExportActions()->exportAction()));
    QVERIFY(file.contains(w.noteExportActions()->importAction()));
    QVERIFY(w.noteExportActions()->copyMarkdownAction()->isEnabled());
    const QString markdown = w.noteExportActions()->copyAsMarkdown();
    QVERIFY2(markdown.contains(u"which one?"), qPrintable(markdown));
    QVERIFY(markdown.contains(u"check the council minutes"));
    AnnotationStore::setDefaultDataDir(QString());
}

// A file that cannot be opened says so in a box; more failures replace its text (they piled up
// one box per failure), and closing it (it deletes itself) leaves nothing dangling.
void tst_MainWindow::errorBoxesDoNotPileUp()
{
    MainWindow w;
    w.show();
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!w.openFile(m_dir.filePath(QStringLiteral("missing-%1.txt").arg(i))));
        const auto boxes = w.findChildren<QMessageBox *>(QStringLiteral("openError"));
        QCOMPARE(boxes.size(), 1);
        QVERIFY(boxes.first()->text().contains(QStringLiteral("missing-2.txt")));
        QPointer<QMessageBox> box = boxes.first();
        box->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QTRY_VERIFY(box.isNull());
    }
}

// Edit > Redo answers Ctrl+Y besides the platform's own shortcut.
void tst_MainWindow::redoWithCtrlY()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    int value = 0;
    struct Set : QUndoCommand
    {
        Set(int &v) : m_v(v) { setText(QStringLiteral("Set")); }
        void redo() override { m_v = 1; }
        void undo() override { m_v = 0; }
        int &m_v;
    };
    w.undoStack()->push(new Set(value));
    QCOMPARE(value, 1);
    w.undoStack()->undo();
    QCOMPARE(value, 0);
    QAction *redo = w.action(QStringLiteral("actionRedo"));
    QVERIFY(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    QCOMPARE(redo->shortcut(), QKeySequence::keyBindings(QKeySequence::Redo).value(0));
    QTest::keyClick(&w, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(value, 1);
    w.undoStack()->undo();
    QTest::keySequence(&w, QKeySequence::keyBindings(QKeySequence::Redo).value(0));
    QCOMPARE(value, 1);
}

// A count reads the same wherever it is shown: the status bar and the Speakers tab both in the
// language's number format ("1,200", not "1200" in one place and "1,200" in the other).
void tst_MainWindow::countsInTheLocalesFormat()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString text = QStringLiteral("Many voices\n\n");
    for (int i = 0; i < 1200; ++i)
        text += QStringLiteral("\u201CWe need the bridge,\u201D said Alys Pritchard.\n\n");
    const QString path = writeArticle(QStringLiteral("voices.txt"), text);
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QVERIFY(w.openFile(path));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
    QLocale::setDefault(before);
    const QString status = w.findChild<QLabel *>(QStringLiteral("quotesLabel"))->text();
    QCOMPARE(status, QStringLiteral("Quotes: 1,200"));
    bool found = false;
    for (QLabel *l : w.speakersPanel()->findChildren<QLabel *>())
        found |= l->text().contains(QStringLiteral("Quotes: 1,200"));
    QVERIFY2(found, "the Speakers tab's summary shows 1,200 as the status bar does");
}

// File > Open starts in the shown article's folder, else where an article was last opened from
// (remembered across windows), else the home folder.
void tst_MainWindow::openDialogFolders()
{
    const auto canonical = [](const QString &path) { return QFileInfo(path).canonicalFilePath(); };
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("a")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("b")));
    const QString a =
        writeArticle(QStringLiteral("a/first.txt"), QStringLiteral("First\n\nText."));
    const QString b =
        writeArticle(QStringLiteral("b/second.txt"), QStringLiteral("Second\n\nMore."));
    {
        MainWindow w;
        w.show();
        QSignalSpy shown(&w, &MainWindow::articleShown);
        test::FileDialogAnswer nothing({QString()});
        w.action(QStringLiteral("actionOpen"))->trigger();
        QCOMPARE(nothing.answered(), 1);
        QCOMPARE(nothing.startFolders.first(), canonical(QDir::homePath()));

        QVERIFY(w.openFile(a));
        QTRY_COMPARE(shown.count(), 1);
        test::FileDialogAnswer second({b});
        w.action(QStringLiteral("actionOpen"))->trigger();
        QCOMPARE(second.startFolders.value(0), canonical(m_dir.filePath(QStringLiteral("a"))));
        QTRY_COMPARE(shown.count(), 2);
        QCOMPARE(w.currentPath(), b);

        test::FileDialogAnswer third({QString()});
        w.action(QStringLiteral("actionOpen"))->trigger();
        QCOMPARE(third.startFolders.value(0), canonical(m_dir.filePath(QStringLiteral("b"))));

        // the sample has no folder: where the last article came from
        QVERIFY(w.openFile(test::samplePath()));
        QTRY_COMPARE(shown.count(), 3);
        test::FileDialogAnswer fourth({QString()});
        w.action(QStringLiteral("actionOpen"))->trigger();
        QCOMPARE(fourth.startFolders.value(0), canonical(m_dir.filePath(QStringLiteral("b"))));
    }
    MainWindow next; // another run
    next.show();
    test::FileDialogAnswer again({QString()});
    next.action(QStringLiteral("actionOpen"))->trigger();
    QCOMPARE(again.startFolders.value(0), canonical(m_dir.filePath(QStringLiteral("b"))));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
