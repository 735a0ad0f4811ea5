#include "FindBar.h"
#include "MainWindow.h"
#include "TestArticles.h"
#include "annotations/AnnotationStore.h"
#include "help/GettingStarted.h"
#include "help/ShortcutCatalog.h"
#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace gloss;
using namespace Qt::StringLiterals;

// Help > Keyboard Shortcuts and Getting Started, and the window's keys as a whole.
class tst_Help : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyShortcutIsListed();
    void noKeyIsBoundTwice();
    void conflictsAreFound();
    void withoutMnemonic_data();
    void withoutMnemonic();
    void dialogListsEveryShortcut();
    void filter_data();
    void filter();
    void showAll();
    void helpMenu();
    void gettingStarted();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_data;
};

void tst_Help::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    AnnotationStore::setDefaultDataDir(m_data.path());
}

// Built from the real actions: every action of the window with a key is in the catalog.
void tst_Help::everyShortcutIsListed()
{
    MainWindow w;
    w.showArticle(test::sampleArticle());
    const ShortcutCatalog catalog = w.shortcutCatalog();
    const QList<QAction *> all = w.findChildren<QAction *>();
    int withKeys = 0;
    for (QAction *a : all) {
        if (a->shortcuts().isEmpty() || !a->isVisible())
            continue;
        ++withKeys;
        const bool listed = std::any_of(catalog.entries().cbegin(), catalog.entries().cend(),
                                        [a](const auto &e) { return e.action == a; });
        QVERIFY2(listed, qPrintable(u"not listed: "_s + a->objectName() + u" " + a->text()));
    }
    QVERIFY2(withKeys >= 30, qPrintable(QString::number(withKeys)));
    const ShortcutCatalog::Entry *find = catalog.find(u"actionFind"_s);
    QVERIFY(find);
    QCOMPARE(find->group, u"Edit"_s);
    QCOMPARE(find->text, u"Find…"_s);
    QCOMPARE(catalog.keysOf(u"actionFind"_s),
             QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    QCOMPARE(catalog.find(u"actionFindMatchCase"_s)->group, u"Find Bar"_s);
    QCOMPARE(catalog.find(u"actionGoToArticle"_s)->group, u"View › Go To"_s);
    QCOMPARE(catalog.groups().first(), u"File"_s);
}

// A key bound to two actions triggers neither (Qt reports it ambiguous): guard the whole
// window, the menu bar's Alt+letter included.
void tst_Help::noKeyIsBoundTwice()
{
    MainWindow w;
    w.showArticle(test::sampleArticle());
    const ShortcutCatalog catalog = w.shortcutCatalog();
    QStringList problems;
    for (const auto &c : catalog.conflicts()) {
        problems << c.key.toString(QKeySequence::PortableText) + u": "_s + c.actions.join(u" / "_s);
    }
    for (QAction *menu : w.menuBar()->actions()) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(menu->text());
        for (const auto &e : catalog.entries()) {
            if (!mnemonic.isEmpty() && e.keys.contains(mnemonic))
                problems << mnemonic.toString() + u": menu "_s + menu->text() + u" / " + e.text;
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void tst_Help::conflictsAreFound()
{
    QWidget window;
    QAction a(u"&One"_s, &window), b(u"Two"_s, &window), c(u"Three"_s, &window);
    a.setShortcut(QKeySequence(u"Ctrl+K"_s));
    b.setShortcuts({QKeySequence(u"Ctrl+J"_s), QKeySequence(u"Ctrl+K"_s)});
    c.setShortcut(QKeySequence(u"Ctrl+K"_s));
    ShortcutCatalog catalog;
    catalog.addActions({&a, &b, &c, &a}, u"Group"_s);
    QCOMPARE(catalog.entries().size(), 3); // listed once
    const auto conflicts = catalog.conflicts();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().key, QKeySequence(u"Ctrl+K"_s));
    QCOMPARE(conflicts.first().actions, (QStringList{u"One"_s, u"Two"_s, u"Three"_s}));
}

void tst_Help::withoutMnemonic_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("plain") << u"Open"_s << u"Open"_s;
    QTest::newRow("first letter") << u"&Open…"_s << u"Open…"_s;
    QTest::newRow("inside") << u"Find Pre&vious"_s << u"Find Previous"_s;
    QTest::newRow("an ampersand") << u"Q&&A &Notes"_s << u"Q&A Notes"_s;
    QTest::newRow("after the text") << u"열기(&O)"_s << u"열기"_s;
}

void tst_Help::withoutMnemonic()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(ShortcutCatalog::withoutMnemonic(text), plain);
}

void tst_Help::dialogListsEveryShortcut()
{
    MainWindow w;
    w.showArticle(test::sampleArticle());
    const ShortcutCatalog catalog = w.shortcutCatalog();
    ShortcutsDialog dialog;
    dialog.setCatalog(catalog);
    const qsizetype withKeys = std::count_if(catalog.entries().cbegin(), catalog.entries().cend(),
                                             [](const auto &e) { return !e.keys.isEmpty(); });
    QCOMPARE(dialog.shownActions().size(), withKeys);
    for (const auto &e : catalog.entries()) {
        if (!e.keys.isEmpty())
            QCOMPARE(dialog.shownKeys(e.name), ShortcutCatalog::keysText(e.keys));
    }
    // several keys: all shown
    const auto *zoom = catalog.find(u"actionZoomIn"_s);
    QCOMPARE(dialog.shownKeys(u"actionZoomIn"_s).count(u", "_s), zoom->keys.size() - 1);
}

void tst_Help::filter_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<QStringList>("hidden");
    QTest::newRow("a word of the action")
        << u"note"_s << QStringList{u"actionAddNote"_s, u"actionNextNote"_s, u"actionExportNotes"_s}
        << QStringList{u"actionOpen"_s, u"actionFind"_s};
    QTest::newRow("a key") << u"Ctrl+F"_s << QStringList{u"actionFind"_s}
                           << QStringList{u"actionFocusMode"_s, u"actionOpen"_s};
    QTest::newRow("a key in lower case")
        << u"ctrl+f"_s << QStringList{u"actionFind"_s} << QStringList{u"actionAddNote"_s};
    QTest::newRow("a function key")
        << u"F3"_s << QStringList{u"actionFindNext"_s, u"actionFindPrevious"_s}
        << QStringList{u"actionFind"_s};
    QTest::newRow("menu and action")
        << u"view zoom"_s << QStringList{u"actionZoomIn"_s, u"actionZoomOut"_s}
        << QStringList{u"actionFocusMode"_s, u"actionFind"_s};
    QTest::newRow("a menu") << u"help"_s
                            << QStringList{u"actionGettingStarted"_s, u"actionKeyboardShortcuts"_s}
                            << QStringList{u"actionFind"_s};
    QTest::newRow("a find bar option by key") << u"alt+c"_s << QStringList{u"actionFindMatchCase"_s}
                                              << QStringList{u"actionFindWholeWords"_s};
    QTest::newRow("spaces around") << u"  whole  "_s << QStringList{u"actionFindWholeWords"_s}
                                   << QStringList{u"actionFindMatchCase"_s};
    QTest::newRow("nothing matches")
        << u"zebra"_s << QStringList{} << QStringList{u"actionFind"_s, u"actionOpen"_s};
}

void tst_Help::filter()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, shown);
    QFETCH(QStringList, hidden);
    MainWindow w;
    w.showArticle(test::sampleArticle());
    ShortcutsDialog dialog;
    dialog.setCatalog(w.shortcutCatalog());
    dialog.show();
    QTest::keyClicks(dialog.filterEdit(), filter);
    QCOMPARE(dialog.filterText(), filter);
    for (const QString &name : shown)
        QVERIFY2(!dialog.shownKeys(name).isEmpty(), qPrintable(name));
    for (const QString &name : hidden)
        QVERIFY2(dialog.shownKeys(name).isEmpty(), qPrintable(name));
    auto *none = dialog.findChild<QLabel *>(u"shortcutsNone"_s);
    QCOMPARE(none->isVisible(), dialog.shownActions().isEmpty());
    if (shown.isEmpty()) {
        QVERIFY(dialog.shownActions().isEmpty());
        QCOMPARE(none->text(), u"No action or key matches “zebra”."_s);
    }
    dialog.setFilterText(QString());
    QVERIFY(dialog.shownActions().size() >= 30);
}

void tst_Help::showAll()
{
    MainWindow w;
    w.showArticle(test::sampleArticle());
    ShortcutsDialog dialog;
    dialog.setCatalog(w.shortcutCatalog());
    QVERIFY(!dialog.shownActions().contains(u"About Gloss"_s));
    dialog.setShowingAll(true);
    QVERIFY(dialog.shownActions().contains(u"About Gloss"_s));
    QVERIFY(dialog.shownActions().contains(u"Import Notes…"_s));
    dialog.setFilterText(u"about"_s);
    QCOMPARE(dialog.shownActions(), (QStringList{u"About Gloss"_s, u"About Qt"_s}));
}

void tst_Help::helpMenu()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.showArticle(test::sampleArticle());
    QAction *shortcuts = w.action(u"actionKeyboardShortcuts"_s);
    QAction *start = w.action(u"actionGettingStarted"_s);
    QCOMPARE(shortcuts->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QCOMPARE(start->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QMenu *help = w.menuBar()->actions().constLast()->menu();
    QVERIFY(help->actions().contains(shortcuts));
    QVERIFY(help->actions().contains(start));
    QVERIFY(help->actions().contains(w.action(u"actionAbout"_s)));

    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_Slash));
    auto *dialog = w.findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal()); // it can stay open beside the text
    QVERIFY(dialog->catalog().find(u"actionFind"_s));
    dialog->close();

    QTest::keySequence(&w, QKeySequence(QKeySequence::HelpContents));
    auto *page = w.findChild<GettingStartedDialog *>();
    QVERIFY(page);
    QTRY_VERIFY(page->isVisible());
    QVERIFY(page->browser()->toPlainText().contains(u"Getting started with Gloss"_s));
    // another theme: the page's sample colours follow
    QVERIFY(w.setThemeName(u"Breeze Dark"_s));
    QVERIFY(page->browser()->toHtml().contains(w.readingTheme().speakerColor(0).name()));
    QCOMPARE(page->browser()->palette().color(QPalette::Base), w.readingTheme().background());
}

void tst_Help::gettingStarted()
{
    MainWindow w;
    w.setThemeName(u"Breeze Light"_s);
    w.showArticle(test::sampleArticle());
    const ShortcutCatalog catalog = w.shortcutCatalog();
    const QString html = GettingStartedDialog::html(w.readingTheme(), catalog);
    // the real menus and keys
    for (const QString &part :
         {u"Edit › Find…"_s, u"<code>Ctrl+F</code>"_s, u"<code>Ctrl+Alt+M</code>"_s,
          u"Export Notes…"_s, u"Keyboard Shortcuts"_s, u"<code>F9</code>"_s,
          u"<code>Ctrl+1</code>"_s, u"Alt+W"_s}) {
        QVERIFY2(html.contains(part), qPrintable(part));
    }
    // the theme's own colours: speakers, entities, claim icons
    QVERIFY(html.contains(w.readingTheme().speakerColor(0).name()));
    QVERIFY(html.contains(w.readingTheme().entityColor(EntityType::Person).name()));
    QVERIFY(html.contains(u"gloss-claim:hedged"_s));
    QVERIFY2(!html.contains(QRegularExpression(u"%\\d"_s)), "a placeholder left");
    // without any action (another window): still a page, without empty references
    const QString bare = GettingStartedDialog::html(w.readingTheme(), ShortcutCatalog());
    QVERIFY(bare.contains(u"What the colours mean"_s));
    QVERIFY(!bare.contains(u"<code></code>"_s));
    QVERIFY(!bare.contains(QRegularExpression(u"%\\d"_s)));

    GettingStartedDialog dialog;
    dialog.setContent(w.readingTheme(), catalog);
    const QVariant icon = dialog.browser()->document()->resource(QTextDocument::ImageResource,
                                                                 QUrl(u"gloss-claim:quote"_s));
    QVERIFY(icon.isValid());
    QCOMPARE(dialog.browser()->palette().color(QPalette::Base), w.readingTheme().background());
}

QTEST_MAIN(tst_Help)
#include "tst_help.moc"
