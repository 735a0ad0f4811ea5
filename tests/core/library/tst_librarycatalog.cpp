// LibraryCatalog: the article list sorted by each column (ties broken by id, so pages never
// overlap), fetched in pages, filtered and counted.
#include "LibraryCatalog.h"
#include "LibraryDatabase.h"
#include "LibraryTestSupport.h"

#include <QHash>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace gloss::library;
using namespace Qt::StringLiterals;

using Ids = QList<qint64>;

class TestLibraryCatalog : public QObject
{
    Q_OBJECT

    librarytest::Sandbox *m_box = nullptr;
    LibraryDatabase *m_db = nullptr;

    static Ids ids(const QList<ArticleEntry> &list)
    {
        Ids out;
        for (const ArticleEntry &a : list)
            out << a.id;
        return out;
    }
    /** The list in the order named ("date", "title", ...). */
    static ArticleFilter sorted(const QString &name, bool descending)
    {
        static const QHash<QString, ArticleFilter::Sort> sorts{
            {u"date"_s, ArticleFilter::Sort::Date},   {u"title"_s, ArticleFilter::Sort::Title},
            {u"site"_s, ArticleFilter::Sort::Site},   {u"notes"_s, ArticleFilter::Sort::Notes},
            {u"added"_s, ArticleFilter::Sort::Added}, {u"opened"_s, ArticleFilter::Sort::Opened}};
        ArticleFilter f;
        f.sort = sorts.value(name);
        f.descending = descending;
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_box = new librarytest::Sandbox;
        m_db = new LibraryDatabase(m_box->paths.folder());
        QVERIFY2(m_db->open(), qPrintable(m_db->error()));
        // ties in every column: the id decides among them
        const QStringList rows{
            u"(1, 'h1', 'beta', 'b.example', '2024-01-02T00:00:00Z', 0, 300, NULL)"_s,
            u"(2, 'h2', 'Alpha', 'a.example', '2024-01-01T00:00:00Z', 2, 100, 500)"_s,
            u"(3, 'h3', 'alpha', 'A.example', '2024-01-02T00:00:00Z', 2, 200, NULL)"_s,
            u"(4, 'h4', 'Gamma', 'b.example', NULL, 1, 100, 400)"_s,
            u"(5, 'h5', 'delta', 'a.example', '2024-01-03T00:00:00Z', 0, 300, 400)"_s,
            u"(6, 'h6', 'Beta', '', '2024-01-02T00:00:00Z', 2, 200, NULL)"_s,
        };
        QSqlQuery q(m_db->connection());
        for (const QString &row : rows)
            QVERIFY2(q.exec(u"INSERT INTO articles(id, hash, title, site, published, notes, "
                            "added, opened) VALUES "_s
                            + row),
                     qPrintable(row));
    }
    void cleanupTestCase()
    {
        delete m_db;
        delete m_box;
    }

    void sortedWithTies_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<Ids>("ascending");
        // no date sorts first; the same day: by id
        QTest::addRow("date") << u"date"_s << Ids{4, 2, 1, 3, 6, 5};
        // case-insensitive; the same title: by id
        QTest::addRow("title") << u"title"_s << Ids{2, 3, 1, 6, 5, 4};
        // case-insensitive; the same site: by date, then id
        QTest::addRow("site") << u"site"_s << Ids{6, 2, 3, 5, 4, 1};
        // the same number of notes: by date, then id
        QTest::addRow("notes") << u"notes"_s << Ids{1, 5, 4, 2, 3, 6};
        QTest::addRow("added") << u"added"_s << Ids{2, 4, 3, 6, 1, 5};
        // never opened first
        QTest::addRow("opened") << u"opened"_s << Ids{1, 3, 6, 4, 5, 2};
    }
    void sortedWithTies()
    {
        QFETCH(QString, sort);
        QFETCH(Ids, ascending);
        LibraryCatalog catalog(*m_db);
        ArticleFilter f = sorted(sort, false);
        QCOMPARE(ids(catalog.articles(f)), ascending);
        QVERIFY(catalog.error().isEmpty());
        // descending is the exact reverse (the id breaks ties the other way too)
        f.descending = true;
        Ids descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(ids(catalog.articles(f)), descending);
    }

    void pagesMakeTheWholeList_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<int>("pageSize");
        for (const QString &sort : {u"date"_s, u"title"_s, u"site"_s, u"notes"_s, u"added"_s,
                                    u"opened"_s})
            for (const bool descending : {false, true})
                for (const int size : {1, 4})
                    QTest::addRow("%s %s, pages of %d", qPrintable(sort),
                                  descending ? "descending" : "ascending", size)
                        << sort << descending << size;
    }
    void pagesMakeTheWholeList()
    {
        QFETCH(QString, sort);
        QFETCH(bool, descending);
        QFETCH(int, pageSize);
        LibraryCatalog catalog(*m_db);
        ArticleFilter f = sorted(sort, descending);
        const Ids whole = ids(catalog.articles(f));
        QCOMPARE(whole.size(), 6);
        Ids paged;
        f.limit = pageSize;
        for (f.offset = 0; f.offset < 10; f.offset += pageSize) {
            const Ids page = ids(catalog.articles(f));
            QVERIFY(page.size() <= pageSize);
            paged += page;
        }
        QCOMPARE(paged, whole);
        QCOMPARE(catalog.count(f), 6); // limit and offset ignored
    }

    void filteredAndCounted_data()
    {
        QTest::addColumn<QString>("site");
        QTest::addColumn<Ids>("newestFirst");
        QTest::addRow("all") << QString() << Ids{5, 6, 3, 1, 2, 4};
        QTest::addRow("a site, any case") << u"A.EXAMPLE"_s << Ids{5, 3, 2};
        QTest::addRow("a site with an undated article") << u"b.example"_s << Ids{1, 4};
        QTest::addRow("no such site") << u"c.example"_s << Ids{};
    }
    void filteredAndCounted()
    {
        QFETCH(QString, site);
        QFETCH(Ids, newestFirst);
        LibraryCatalog catalog(*m_db);
        ArticleFilter f;
        f.site = site;
        QCOMPARE(ids(catalog.articles(f)), newestFirst);
        QCOMPARE(catalog.count(f), int(newestFirst.size()));
        f.limit = 1;
        f.offset = 1;
        QCOMPARE(ids(catalog.articles(f)), newestFirst.mid(1, 1));
        QCOMPARE(catalog.count(f), int(newestFirst.size()));
    }
};

QTEST_GUILESS_MAIN(TestLibraryCatalog)
#include "tst_librarycatalog.moc"
