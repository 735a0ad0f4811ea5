// The Library view in the window (LibraryDock, LibraryNavigator, FolderImport): View > Library
// and its keys, Enter on a result opens the article at the quote or note, File > Import
// Folder… and a dropped folder in the background with a progress bar and Cancel.
#include "LibraryUiTest.h"

#include "ArticleView.h"
#include "MainWindow.h"
#include "help/ShortcutCatalog.h"
#include "library/FolderImport.h"
#include "library/LibraryArticleModel.h"
#include "library/LibraryDock.h"
#include "library/LibraryNavigator.h"
#include "library/LibraryPanel.h"
#include "library/LibrarySearchModel.h"
#include "notes/NoteLayer.h"

#include <QAbstractItemView>
#include <QDropEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSignalSpy>
#include <QToolButton>
#include <QUuid>

using namespace gloss;
using namespace gloss::library;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(gloss::library::SearchKind)

class tst_LibraryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void viewMenuAndKeys()
    {
        test::LibrarySandbox box;
        box.addInvented();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        LibraryDock *dock = w.libraryDock();
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());
        QVERIFY(!dock->panel()->isLibraryOpen()); // not opened before it is asked for

        QAction *library = w.action(u"actionLibrary"_s);
        QVERIFY(library);
        QCOMPARE(library->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        QVERIFY(w.viewMenu()->actions().contains(library));
        QVERIFY(w.fileMenu()->actions().contains(w.action(u"actionImportFolder"_s)));
        // Help > Keyboard Shortcuts lists it, and no key is bound twice
        const ShortcutCatalog catalog = w.shortcutCatalog();
        QVERIFY(catalog.find(u"actionLibrary"_s));
        QVERIFY(catalog.find(u"actionImportFolder"_s));
        QVERIFY(catalog.conflicts().isEmpty());

        // the key shows it with the focus in the search field, and from there hides it
        QTest::keySequence(&w, library->shortcut());
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(library->isChecked());
        QVERIFY(dock->panel()->isLibraryOpen());
        QCOMPARE(dock->panel()->articleModel()->totalCount(), 5);
        QTRY_COMPARE(QApplication::focusWidget(), dock->panel()->searchField());
        QTest::keySequence(&w, library->shortcut());
        QTRY_VERIFY(!dock->isVisible());

        // View > Go To lists it with the side panels; F6 visits it
        QAction *goTo = w.action(u"actionGoTo:libraryDock"_s);
        QVERIFY(goTo);
        goTo->trigger();
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(dock->isAncestorOf(QApplication::focusWidget()));
        // the menu item too
        library->trigger();
        QTRY_VERIFY(!dock->isVisible());
        library->trigger();
        QTRY_VERIFY(dock->isVisible());
        // Down from the search field goes into the list
        QTest::keyClick(dock->panel()->searchField(), Qt::Key_Down);
        QTRY_COMPARE(QApplication::focusWidget(), dock->panel()->currentView());
    }

    void opensAtThePlace_data()
    {
        QTest::addColumn<SearchKind>("kind");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("fileGone");
        QTest::addRow("a quote") << SearchKind::Quotes << u"schools"_s
                                 << u"New school timetable"_s << false;
        QTest::addRow("a quote, its file gone: the library's copy")
            << SearchKind::Quotes << u"\"do not add up\""_s << u"A study of river levels"_s
            << true;
        QTest::addRow("a note") << SearchKind::Notes << u"depth"_s
                                << u"Harbour dredging begins"_s << false;
        QTest::addRow("an article") << SearchKind::Articles << u"repaved"_s
                                    << u"Market square plans"_s << false;
    }
    void opensAtThePlace()
    {
        QFETCH(SearchKind, kind);
        QFETCH(QString, query);
        QFETCH(QString, title);
        QFETCH(bool, fileGone);
        test::LibrarySandbox box;
        box.addInventedWithNotes();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.libraryDock()->showSearch(query, searchKindName(kind)));
        LibraryPanel *panel = w.libraryDock()->panel();
        QCOMPARE(panel->searchModel()->rowCount(), 1);
        const SearchHit hit = panel->searchModel()->hit(0);
        QCOMPARE(hit.articleTitle, title);
        if (fileGone)
            QVERIFY(QFile::remove(hit.articlePath));

        QSignalSpy shown(&w, &MainWindow::articleShown);
        panel->activateRow(0);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(w.article().document.sha256(), hit.articleHash);
        QCOMPARE(w.currentPath().isEmpty(), fileGone); // the file itself when it is there
        ArticleView *view = w.articleView();
        if (kind == SearchKind::Quotes) {
            const QString selected = view->textCursor().selectedText();
            QVERIFY2(selected.contains(hit.text), qPrintable(selected));
            const qsizetype start = w.article().document.fromCodePoint(hit.start);
            QCOMPARE(view->textCursor().selectionStart(), start);
        } else if (kind == SearchKind::Notes) {
            QTRY_COMPARE(w.noteLayer()->currentNote(), QUuid::fromString(hit.noteId));
        } else {
            QVERIFY(!view->textCursor().hasSelection());
        }

        // asked again for the article shown: no second opening, the place is gone to
        view->moveCursor(QTextCursor::Start);
        panel->activateRow(0);
        QCoreApplication::processEvents();
        QCOMPARE(shown.size(), 1);
        if (kind == SearchKind::Quotes)
            QVERIFY(view->textCursor().selectedText().contains(hit.text));
    }

    void locateInAChangedText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("start"); // code points, as the library keeps them
        QTest::addColumn<qint64>("length");
        QTest::addColumn<QString>("words");
        QTest::addColumn<qsizetype>("expected"); // UTF-16; -1: not found
        QTest::addRow("in place") << u"one two three"_s << qint64(4) << qint64(3) << u"two"_s
                                  << qsizetype(4);
        QTest::addRow("a span with its quotation marks")
            << u"he said “two” then"_s << qint64(8) << qint64(5) << u"two"_s << qsizetype(8);
        QTest::addRow("moved") << u"zero one two three"_s << qint64(4) << qint64(3) << u"two"_s
                               << qsizetype(9);
        QTest::addRow("nearest of two") << u"two a b c d e two x"_s << qint64(15) << qint64(3)
                                        << u"two"_s << qsizetype(14);
        QTest::addRow("gone") << u"one three"_s << qint64(4) << qint64(3) << u"two"_s
                              << qsizetype(-1);
        QTest::addRow("code points after an emoji")
            << u"😀 two"_s << qint64(2) << qint64(3) << u"two"_s << qsizetype(3);
    }
    void locateInAChangedText()
    {
        QFETCH(QString, text);
        QFETCH(qint64, start);
        QFETCH(qint64, length);
        QFETCH(QString, words);
        QFETCH(qsizetype, expected);
        LibraryTarget t;
        t.start = start;
        t.end = start + length;
        t.text = words;
        const auto place = LibraryNavigator::locate(Document(text, {}), t);
        QCOMPARE(place.has_value(), expected >= 0);
        if (place) {
            QCOMPARE(place->first, expected);
            QVERIFY(text.mid(place->first, place->second - place->first).contains(words));
        }
    }

    void importFolder_data()
    {
        QTest::addColumn<int>("articles");
        QTest::addColumn<bool>("cancel");
        QTest::addColumn<bool>("unreadable");
        QTest::addRow("a folder") << 12 << false << false;
        QTest::addRow("a folder with an empty file") << 12 << false << true;
        QTest::addRow("cancelled after the first batch")
            << 3 * LibraryImporter::kBatch << true << false;
    }
    void importFolder()
    {
        QFETCH(int, articles);
        QFETCH(bool, cancel);
        QFETCH(bool, unreadable);
        test::LibrarySandbox box;
        const QString folder = box.path(u"import"_s);
        test::LibrarySandbox::generate(folder, articles, 400);
        if (unreadable) {
            QFile empty(QDir(folder).filePath(u"empty.txt"_s));
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        LibraryDock *dock = w.libraryDock();
        FolderImport *import = dock->folderImport();
        QSignalSpy finished(import, &FolderImport::finished);
        if (cancel) { // the Cancel button, clicked as the first batch is written
            connect(import->importer(), &LibraryImporter::progress, import->cancelButton(),
                    &QToolButton::click);
        }
        QVERIFY(dock->importPaths({folder}));
        QVERIFY(dock->isVisible());
        QVERIFY(import->progressBar()->isVisible());
        QVERIFY(import->cancelButton()->isVisible());
        QVERIFY(!import->importAction()->isEnabled()); // one at a time
        QVERIFY(!dock->importPaths({folder}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        const auto report = finished.first().first().value<LibraryImporter::Report>();
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.cancelled, cancel);
        if (cancel) {
            QVERIFY(report.added >= LibraryImporter::kBatch);
            QVERIFY(report.added < articles);
        } else {
            QCOMPARE(report.added, articles);
        }
        QVERIFY(!import->progressBar()->isVisible());
        QVERIFY(import->importAction()->isEnabled());
        // the list shows what was added
        QCOMPARE(dock->panel()->articleModel()->totalCount(), report.added);
        QCOMPARE(import->problemsBox() != nullptr, unreadable);
        if (unreadable) {
            QVERIFY(import->problemsBox()->isVisible());
            QVERIFY(!import->problemsBox()->isModal());
            QVERIFY(import->problemsBox()->detailedText().contains(u"empty.txt"_s));
            import->problemsBox()->close();
        }
        // importing again skips them all
        finished.clear();
        if (cancel)
            disconnect(import->importer(), nullptr, import->cancelButton(), nullptr);
        QVERIFY(dock->importPaths({folder}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        const auto again = finished.first().first().value<LibraryImporter::Report>();
        QCOMPARE(again.added, articles - report.added);
        QCOMPARE(dock->panel()->articleModel()->totalCount(), articles);
    }

    void importSummary_data()
    {
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("already");
        QTest::addColumn<int>("failed");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QString>("expected");
        QTest::addRow("all added") << 1234 << 0 << 0 << false
                                   << u"Import finished: 1,234 added."_s;
        QTest::addRow("some there already, some unreadable")
            << 3 << 2 << 1 << false
            << u"Import finished: 3 added, 2 there already, 1 could not be read."_s;
        QTest::addRow("cancelled") << 200 << 0 << 0 << true << u"Import stopped: 200 added."_s;
    }
    void importSummary()
    {
        QFETCH(int, added);
        QFETCH(int, already);
        QFETCH(int, failed);
        QFETCH(bool, cancelled);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        LibraryImporter::Report r;
        r.added = added;
        r.duplicates = already;
        r.failed = failed;
        r.cancelled = cancelled;
        QCOMPARE(FolderImport::summary(r), expected);
        r.error = u"The library is locked by another program."_s;
        QCOMPARE(FolderImport::summary(r), r.error); // a problem says only that
    }

    void droppedFolderIsImported()
    {
        test::LibrarySandbox box;
        for (const test::InventedArticle &a : test::inventedArticles())
            box.write(a);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.libraryDock()->folderImport(), &FolderImport::finished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(box.in())});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.first().first().value<LibraryImporter::Report>().added, 5);
        QVERIFY(w.libraryDock()->isVisible());
        QCOMPARE(w.libraryDock()->panel()->articleModel()->totalCount(), 5);
        QVERIFY(!w.isBusy()); // the folder was not opened as an article
    }
};

QTEST_MAIN(tst_LibraryWindow)
#include "tst_librarywindow.moc"
