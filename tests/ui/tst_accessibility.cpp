// The reading window for keyboard and screen-reader users: Tab alone reaches every control,
// every action and widget has an accessible name (and controls a description), panels have
// shortcuts, the article's text is exposed, the speaker of a quote is told without colour.
#include "ArticleView.h"
#include "FindBar.h"
#include "KeyboardNavigation.h"
#include "MainWindow.h"
#include "OpenLinkDialog.h"
#include "ReadingTheme.h"
#include "TestArticles.h"
#include "export/ExportDialog.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

QString describe(const QWidget *w)
{
    return u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

/** Widgets Tab should stop at: visible, enabled, taking Tab focus, not a proxy's shell. */
QList<QWidget *> tabControls(QWidget *window)
{
    QList<QWidget *> list;
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->window() != window || !w->isVisible() || !w->isEnabled() || w->focusProxy())
            continue;
        if (w->focusPolicy() & Qt::TabFocus)
            list.append(w);
    }
    return list;
}

QString accessibleText(QWidget *w, QAccessible::Text t)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(t).trimmed() : QString();
}

/** Roles of pure containers, which screen readers do not announce as controls. */
bool isContainer(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    if (!iface)
        return true;
    switch (iface->role()) {
    case QAccessible::Client:
    case QAccessible::Pane:
    case QAccessible::Grouping:
    case QAccessible::Separator:
    case QAccessible::LayeredPane:
        return true;
    default:
        return false;
    }
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void tabReachesEveryControl_data();
    void tabReachesEveryControl();
    void toolBarActionsAreInTheMenus();
    void everyActionHasAName();
    void everyWidgetHasAName();
    void panelShortcuts_data();
    void panelShortcuts();
    void f6MovesBetweenPanes();
    void keyboardFocusShowsTheCaret();
    void caretTellsTheSpeaker();
    void articleTextIsExposed();
    void followsTheApplicationFont();
    void iconsAreSharpAtAnyScale();
    void highContrastSystemTheme_data();
    void highContrastSystemTheme();
    void dialogs_data();
    void dialogs();

private:
    void showSample(MainWindow &window);
    QTemporaryDir m_dir;
};

void tst_Accessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

void tst_Accessibility::init()
{
    QSettings().clear();
}

void tst_Accessibility::showSample(MainWindow &window)
{
    window.resize(1200, 800);
    window.show();
    window.showArticle(test::sampleArticle());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

void tst_Accessibility::tabReachesEveryControl_data()
{
    QTest::addColumn<bool>("findBar");
    QTest::addColumn<QString>("dock");
    QTest::newRow("claims panel") << false << u"claimsDock"_s;
    QTest::newRow("speakers panel, find bar open") << true << u"speakersDock"_s;
    QTest::newRow("entities panel") << false << u"entitiesDock"_s;
}

void tst_Accessibility::tabReachesEveryControl()
{
    QFETCH(bool, findBar);
    QFETCH(QString, dock);
    MainWindow window;
    showSample(window);
    if (findBar)
        window.findBar()->activate();
    window.findChild<QDockWidget *>(dock)->raise();
    QApplication::processEvents();

    const QList<QWidget *> expected = tabControls(&window);
    QVERIFY(expected.size() >= 3);
    window.articleView()->setFocus(Qt::TabFocusReason);
    QWidget *start = QApplication::focusWidget();
    QCOMPARE(start, window.articleView());
    QSet<QWidget *> reached{start};
    bool cycled = false;
    for (int i = 0; i < 4 * expected.size() + 10 && !cycled; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY2(now, "Tab left no widget with the focus");
        QVERIFY2(now->window() == &window, qPrintable(describe(now)));
        cycled = now == start;
        reached.insert(now);
    }
    QVERIFY2(cycled, "Tab never came back to the article");
    QStringList missed;
    for (QWidget *w : expected) {
        if (!reached.contains(w))
            missed << describe(w);
    }
    QVERIFY2(missed.isEmpty(), qPrintable(u"not reached by Tab: "_s + missed.join(u", ")));

    // and Shift+Tab walks back the same way
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QWidget *second = QApplication::focusWidget();
    QTest::keyClick(second, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), start);
}

void tst_Accessibility::toolBarActionsAreInTheMenus()
{
    // Tool buttons take no focus (as in every desktop program): each one's action must be
    // in the menu bar (F10, Alt+letter) with a shortcut or reachable there.
    MainWindow window;
    QSet<QAction *> inMenus;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *a : menu->actions()) {
            inMenus.insert(a);
            if (a->menu())
                collect(a->menu());
        }
    };
    for (QAction *a : window.menuBar()->actions())
        collect(a->menu());
    const QList<QToolBar *> bars = window.findChildren<QToolBar *>();
    QVERIFY(!bars.isEmpty());
    for (QToolBar *bar : bars) {
        for (QAction *a : bar->actions()) {
            if (a->isSeparator())
                continue;
            QVERIFY2(inMenus.contains(a), qPrintable(a->objectName()));
        }
    }
}

void tst_Accessibility::everyActionHasAName()
{
    MainWindow window;
    showSample(window);
    QStringList unnamed;
    int checked = 0;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *a : actions) {
        // shown nowhere (the menu bar's overflow menu), or Qt's own (a line edit's clear button)
        if (a->isSeparator() || a->associatedObjects().isEmpty() ||
            a->objectName().startsWith(u"_q_"))
            continue;
        ++checked;
        QString name = a->text();
        name.remove(u'&');
        if (name.trimmed().isEmpty())
            unnamed << (a->objectName().isEmpty() ? u"(no object name)"_s : a->objectName());
    }
    QVERIFY(checked > 30);
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"actions without a name: "_s + unnamed.join(u", ")));
}

void tst_Accessibility::everyWidgetHasAName()
{
    MainWindow window;
    showSample(window);
    window.findBar()->activate();
    QApplication::processEvents();
    QStringList unnamed, undescribed;
    const QList<QWidget *> all = window.findChildren<QWidget *>();
    for (QWidget *w : all) {
        if (w->window() != &window || !w->isVisible() || isContainer(w))
            continue;
        if (qobject_cast<QMenu *>(w))
            continue; // closed menus: named by their menu bar entry
        if (accessibleText(w, QAccessible::Name).isEmpty())
            unnamed << describe(w);
    }
    for (QWidget *w : tabControls(&window)) {
        if (accessibleText(w, QAccessible::Name).isEmpty() && !unnamed.contains(describe(w)))
            unnamed << describe(w);
        // Qt's tab bar tells no description of its own; its tabs are named by the panels
        if (accessibleText(w, QAccessible::Description).isEmpty() && !qobject_cast<QTabBar *>(w))
            undescribed << describe(w);
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"without a name: "_s + unnamed.join(u", ")));
    QVERIFY2(undescribed.isEmpty(),
             qPrintable(u"controls without a description: "_s + undescribed.join(u", ")));
}

void tst_Accessibility::panelShortcuts_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("panel");
    QTest::newRow("Ctrl+1, claims") << QKeySequence(Qt::CTRL | Qt::Key_1) << u"claimsPanel"_s;
    QTest::newRow("Ctrl+2, speakers") << QKeySequence(Qt::CTRL | Qt::Key_2) << u"speakersPanel"_s;
    QTest::newRow("Ctrl+3, entities") << QKeySequence(Qt::CTRL | Qt::Key_3) << u"entitiesPanel"_s;
    QTest::newRow("Ctrl+Shift+A, article")
        << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) << u"articleView"_s;
}

void tst_Accessibility::panelShortcuts()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, panel);
    MainWindow window;
    showSample(window);
    // from anywhere, even with the side panel hidden
    window.action(u"actionSidePanel"_s)->setChecked(false);
    window.articleView()->setFocus();
    QTest::keySequence(&window, keys);
    auto *target = window.findChild<QWidget *>(panel);
    QVERIFY(target);
    QTRY_VERIFY2(target->isVisible(), qPrintable(panel));
    QWidget *focus = QApplication::focusWidget();
    QVERIFY2(focus && (focus == target || target->isAncestorOf(focus)),
             qPrintable(focus ? describe(focus) : u"nothing"_s));
    // listed in View > Go To
    auto *goTo = window.findChild<QMenu *>(u"goToMenu"_s);
    QVERIFY(goTo);
    bool listed = false;
    for (QAction *a : goTo->actions())
        listed |= a->shortcut() == keys;
    QVERIFY(listed);
}

void tst_Accessibility::f6MovesBetweenPanes()
{
    MainWindow window;
    showSample(window);
    window.findBar()->activate();
    auto *nav = window.findChild<KeyboardNavigation *>();
    QVERIFY(nav);
    const QList<QWidget *> panes = nav->panes();
    QCOMPARE(panes.size(), 3); // article, find bar, the side panel shown
    window.articleView()->setFocus();
    const auto paneOfFocus = [&panes]() -> int {
        QWidget *f = QApplication::focusWidget();
        for (int i = 0; i < panes.size(); ++i) {
            if (f && (panes.at(i) == f || panes.at(i)->isAncestorOf(f)))
                return i;
        }
        return -1;
    };
    QCOMPARE(paneOfFocus(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(paneOfFocus(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(paneOfFocus(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(paneOfFocus(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(paneOfFocus(), 2);
}

void tst_Accessibility::keyboardFocusShowsTheCaret()
{
    MainWindow window;
    showSample(window);
    ArticleView *view = window.articleView();
    QCOMPARE(view->cursorWidth(), 0); // reading with the mouse: no caret
    window.findBar()->activate();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), view);
    QVERIFY(view->cursorWidth() >= 1);
}

void tst_Accessibility::caretTellsTheSpeaker()
{
    MainWindow window;
    showSample(window);
    ArticleView *view = window.articleView();
    view->setFocus(Qt::TabFocusReason);
    const Article &a = window.article();
    const Quote *quote = nullptr;
    for (const Quote &q : a.quotes) {
        if (q.kind == QuoteKind::Direct && a.speakerOf(q)) {
            quote = &q;
            break;
        }
    }
    QVERIFY(quote);
    QTextCursor c = view->textCursor();
    c.setPosition(int(quote->span.start + 2));
    view->setTextCursor(c);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(a.speakerOf(*quote)->name), qPrintable(message));
}

void tst_Accessibility::articleTextIsExposed()
{
    MainWindow window;
    showSample(window);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(window.articleView());
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), u"Article"_s);
    QVERIFY(!iface->text(QAccessible::Description).isEmpty());
    QAccessibleTextInterface *text = iface->textInterface();
    QVERIFY(text);
    const QString first = window.articleView()->document()->firstBlock().text();
    QVERIFY(!first.isEmpty());
    QVERIFY(text->characterCount() >= window.article().document.text().size() / 2);
    QVERIFY2(text->text(0, text->characterCount()).contains(first), qPrintable(first));
}

void tst_Accessibility::followsTheApplicationFont()
{
    const QFont saved = QApplication::font();
    QFont big = saved;
    big.setPointSizeF(20);
    QApplication::setFont(big);
    MainWindow window;
    showSample(window);
    const qreal large = window.articleView()->document()->defaultFont().pointSizeF();
    // panels too
    QCOMPARE(window.findChild<QTreeView *>(u"claimsView"_s)->font().pointSizeF(), 20.0);
    QApplication::setFont(saved);
    MainWindow normal;
    showSample(normal);
    const qreal small = normal.articleView()->document()->defaultFont().pointSizeF();
    QVERIFY2(large > small, qPrintable(u"%1 vs %2"_s.arg(large).arg(small)));
}

void tst_Accessibility::iconsAreSharpAtAnyScale()
{
    // SVG icons: drawn at the screen's scale (HiDPI), never a small bitmap blown up
    MainWindow window;
    int icons = 0;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->icon().isNull())
            continue;
        ++icons;
        for (const qreal scale : {1.0, 2.0, 3.0}) {
            const QPixmap pm = a->icon().pixmap(QSize(20, 20), scale);
            QCOMPARE(pm.size(), QSize(20, 20) * scale);
            QCOMPARE(pm.devicePixelRatio(), scale);
        }
    }
    QVERIFY(icons >= 6);
}

void tst_Accessibility::highContrastSystemTheme_data()
{
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<bool>("high");
    QTest::newRow("black on white") << QColor(Qt::white) << QColor(Qt::black) << true;
    QTest::newRow("white on black") << QColor(Qt::black) << QColor(Qt::white) << true;
    QTest::newRow("ordinary light")
        << QColor(0xef, 0xf0, 0xf1) << QColor(0x23, 0x26, 0x29) << false;
    QTest::newRow("ordinary dark") << QColor(0x2a, 0x2e, 0x32) << QColor(0xfc, 0xfc, 0xfc) << false;
}

void tst_Accessibility::highContrastSystemTheme()
{
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    QFETCH(bool, high);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    QCOMPARE(themes::isHighContrast(palette), high);
    const bool dark = colors::relativeLuminance(window) < 0.5;
    using KSyntaxHighlighting::Theme;
    const auto contrastOf = [](const Theme &t) {
        return colors::contrastRatio(QColor::fromRgba(t.textColor(Theme::Normal)),
                                     QColor::fromRgba(t.editorColor(Theme::BackgroundColor)));
    };
    const Theme chosen =
        themes::themeForSystem(palette, dark ? Qt::ColorScheme::Dark : Qt::ColorScheme::Light);
    QVERIFY(chosen.isValid());
    const bool chosenDark = colors::relativeLuminance(
                                QColor::fromRgba(chosen.editorColor(Theme::BackgroundColor))) < 0.5;
    QCOMPARE(chosenDark, dark);
    if (!high)
        return;
    // no installed theme of that darkness has more contrast
    for (const Theme &t : themes::repository().themes()) {
        const bool tDark = colors::relativeLuminance(
                               QColor::fromRgba(t.editorColor(Theme::BackgroundColor))) < 0.5;
        if (tDark == dark)
            QVERIFY2(contrastOf(t) <= contrastOf(chosen) + 1e-9, qPrintable(t.name()));
    }
    QVERIFY2(contrastOf(chosen) >= 12.0, qPrintable(chosen.name()));
}

void tst_Accessibility::dialogs_data()
{
    QTest::addColumn<QString>("which");
    QTest::newRow("Export Notes") << u"export"_s;
    QTest::newRow("Open Link") << u"link"_s;
}

void tst_Accessibility::dialogs()
{
    QFETCH(QString, which);
    std::unique_ptr<QDialog> dialog;
    if (which == u"export")
        dialog = std::make_unique<ExportDialog>(test::sampleArticle(), QList<Annotation>());
    else
        dialog = std::make_unique<OpenLinkDialog>();
    dialog->show();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    const QList<QWidget *> expected = tabControls(dialog.get());
    QVERIFY(expected.size() >= 2);
    QWidget *start = QApplication::focusWidget();
    QVERIFY(start && dialog->isAncestorOf(start));
    QSet<QWidget *> reached{start};
    bool cycled = false;
    for (int i = 0; i < 4 * expected.size() + 10 && !cycled; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        cycled = now == start;
        reached.insert(now);
    }
    QVERIFY(cycled);
    QStringList problems;
    for (QWidget *w : expected) {
        if (!reached.contains(w))
            problems << u"not reached: "_s + describe(w);
        if (accessibleText(w, QAccessible::Name).isEmpty())
            problems << u"no name: "_s + describe(w);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u", ")));
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
