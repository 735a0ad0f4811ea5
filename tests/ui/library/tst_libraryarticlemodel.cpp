// LibraryArticleModel: the library's articles as a table, sorted by a column's header,
// filtered by site, tag and person, fetched in pages.
#include "LibraryUiTest.h"

#include "LibraryCatalog.h"
#include "LibraryDatabase.h"
#include "PeopleResolver.h"
#include "library/LibraryArticleModel.h"

#include <QHeaderView>
#include <QTreeView>

using namespace gloss;
using namespace gloss::library;
using namespace Qt::StringLiterals;

class tst_LibraryArticleModel : public QObject
{
    Q_OBJECT

    test::LibrarySandbox *m_box = nullptr;

    QStringList column(const LibraryArticleModel &model, int c) const
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, c).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_box = new test::LibrarySandbox;
        const QStringList files = m_box->addInventedWithNotes();
        // a second note on the first: notes 2, 1, 0, 0, 0
        test::LibrarySandbox::addNote(files.at(0), u"Monday"_s, u"Which Monday?"_s,
                                      u"dates"_s);
        QVERIFY(LibraryImporter::run(m_box->paths(), files).ok()); // indexes the notes
    }
    void cleanupTestCase() { delete m_box; }

    void sorting_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<int>("shownColumn");
        QTest::addColumn<QStringList>("expected");
        const QStringList byDate{u"Harbour dredging begins"_s, u"Market square plans"_s,
                                 u"New school timetable"_s, u"Ferry timetable changes"_s,
                                 u"A study of river levels"_s};
        QStringList oldest = byDate;
        std::reverse(oldest.begin(), oldest.end());
        QTest::addRow("date, newest first")
            << int(LibraryArticleModel::DateColumn) << Qt::DescendingOrder
            << int(LibraryArticleModel::TitleColumn) << byDate;
        QTest::addRow("date, oldest first")
            << int(LibraryArticleModel::DateColumn) << Qt::AscendingOrder
            << int(LibraryArticleModel::TitleColumn) << oldest;
        QTest::addRow("title A-Z")
            << int(LibraryArticleModel::TitleColumn) << Qt::AscendingOrder
            << int(LibraryArticleModel::TitleColumn)
            << QStringList{u"A study of river levels"_s, u"Ferry timetable changes"_s,
                           u"Harbour dredging begins"_s, u"Market square plans"_s,
                           u"New school timetable"_s};
        QTest::addRow("site A-Z")
            << int(LibraryArticleModel::SiteColumn) << Qt::AscendingOrder
            << int(LibraryArticleModel::SiteColumn)
            << QStringList{u"Coast News"_s, u"Coast News"_s, u"Hill Gazette"_s,
                           u"Valley Herald"_s, u"Valley Herald"_s};
        QTest::addRow("notes, most first")
            << int(LibraryArticleModel::NotesColumn) << Qt::DescendingOrder
            << int(LibraryArticleModel::NotesColumn)
            << QStringList{u"2"_s, u"1"_s, QString(), QString(), QString()};
    }
    void sorting()
    {
        QFETCH(int, sortColumn);
        QFETCH(Qt::SortOrder, order);
        QFETCH(int, shownColumn);
        QFETCH(QStringList, expected);
        test::OpenLibrary library(m_box->paths());
        LibraryArticleModel model;
        model.setCatalog(&library.catalog);
        model.setFilter({});
        // as a click on the header asks
        QTreeView view;
        view.setModel(&model);
        view.setSortingEnabled(true);
        view.sortByColumn(sortColumn, order);
        QCOMPARE(model.filter().sort, LibraryArticleModel::sortOf(sortColumn));
        QCOMPARE(column(model, shownColumn), expected);
        QCOMPARE(model.totalCount(), 5);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QStringList>("expected"); // newest first
        QTest::addRow("everything") << QString() << QString() << QString()
                                    << QStringList{u"Harbour dredging begins"_s,
                                                   u"Market square plans"_s,
                                                   u"New school timetable"_s,
                                                   u"Ferry timetable changes"_s,
                                                   u"A study of river levels"_s};
        QTest::addRow("a site") << u"Coast News"_s << QString() << QString()
                                << QStringList{u"New school timetable"_s,
                                               u"Ferry timetable changes"_s};
        QTest::addRow("a tag") << QString() << u"budget"_s << QString()
                               << QStringList{u"Market square plans"_s};
        QTest::addRow("a person") << QString() << QString() << u"Abernath"_s
                                  << QStringList{u"Harbour dredging begins"_s,
                                                 u"A study of river levels"_s};
        QTest::addRow("a site and a person") << u"Hill Gazette"_s << QString()
                                             << u"Brenna Brightwell"_s
                                             << QStringList{u"Market square plans"_s};
        QTest::addRow("nothing matches") << u"Valley Herald"_s << QString()
                                         << u"Brightwell"_s << QStringList{};
    }
    void filters()
    {
        QFETCH(QString, site);
        QFETCH(QString, tag);
        QFETCH(QString, person);
        QFETCH(QStringList, expected);
        test::OpenLibrary library(m_box->paths());
        ArticleFilter f;
        f.site = site;
        f.tag = tag;
        if (!person.isEmpty()) {
            PeopleResolver people(library.db, m_box->paths().choices());
            f.person = people.find(person);
            QVERIFY(f.person >= 0);
        }
        LibraryArticleModel model;
        QSignalSpy total(&model, &LibraryArticleModel::totalChanged);
        model.setCatalog(&library.catalog);
        model.setFilter(f);
        QCOMPARE(column(model, LibraryArticleModel::TitleColumn), expected);
        QCOMPARE(model.totalCount(), expected.size());
        QCOMPARE(total.last().first().toInt(), expected.size());
        QVERIFY(!model.canFetchMore({}));
    }

    void paging_data()
    {
        QTest::addColumn<int>("articles");
        QTest::addColumn<QList<int>>("rowsAfterEachFetch");
        const int page = LibraryArticleModel::kPage;
        QTest::addRow("fewer than a page") << 20 << QList<int>{20};
        QTest::addRow("two pages and a bit") << 2 * page + 30
                                            << QList<int>{page, 2 * page, 2 * page + 30};
    }
    void paging()
    {
        QFETCH(int, articles);
        QFETCH(QList<int>, rowsAfterEachFetch);
        test::LibrarySandbox box;
        const QString folder = box.path(u"gen"_s);
        test::LibrarySandbox::generate(folder, articles, 300);
        QCOMPARE(LibraryImporter::run(box.paths(), {folder}).added, articles);
        test::OpenLibrary library(box.paths());
        LibraryArticleModel model;
        model.setCatalog(&library.catalog);
        ArticleFilter byTitle;
        byTitle.sort = ArticleFilter::Sort::Title;
        byTitle.descending = false;
        model.setFilter(byTitle);
        QCOMPARE(model.totalCount(), articles);
        for (qsizetype i = 0; i < rowsAfterEachFetch.size(); ++i) {
            QCOMPARE(model.rowCount(), rowsAfterEachFetch.at(i));
            QCOMPARE(model.canFetchMore({}), i + 1 < rowsAfterEachFetch.size());
            model.fetchMore({});
        }
        // the pages follow one another: every article once, in order
        const QStringList titles = column(model, LibraryArticleModel::TitleColumn);
        QCOMPARE(titles.size(), articles);
        for (int i = 0; i < articles; ++i)
            QCOMPARE(titles.at(i), u"Generated %1"_s.arg(i, 4, 10, QChar(u'0')));
    }
};

QTEST_MAIN(tst_LibraryArticleModel)
#include "tst_libraryarticlemodel.moc"
