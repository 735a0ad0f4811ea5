// LibrarySearch: FTS5 syntax passed through, bm25 ranking, snippets, quotes by speaker, notes
// by text and #tag, syntax errors as messages.
#include "LibraryDatabase.h"
#include "LibrarySearch.h"
#include "LibraryTestSupport.h"
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"

#include <QSet>
#include <QTest>

using namespace gloss;
using namespace gloss::library;
using namespace Qt::StringLiterals;

class TestLibrarySearch : public QObject
{
    Q_OBJECT

    librarytest::Sandbox *m_box = nullptr;

    SearchResults run(const SearchQuery &query)
    {
        LibraryDatabase db(m_box->paths.folder());
        if (!db.open())
            return {{}, db.error()};
        LibrarySearch search(db, m_box->paths.texts());
        return search.search(query);
    }
    static SearchQuery sq(const QString &text, SearchKind kind, const QString &speaker = {})
    {
        SearchQuery q;
        q.text = text;
        q.kind = kind;
        q.speaker = speaker;
        return q;
    }
    QStringList titles(const SearchResults &r)
    {
        QStringList out;
        for (const SearchHit &h : r.hits)
            out << h.articleTitle;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_box = new librarytest::Sandbox;
        struct Text
        {
            QString name, text;
        };
        const QList<Text> texts{
            {u"harbour.txt"_s,
             u"Harbour dredging begins\n\nWork on the harbour started on Monday. The harbour "
             "board said the harbour channel is too shallow for the ferry. “The river levels "
             "keep falling every summer,” Alder Abernath said.\n"_s},
            {u"school.txt"_s,
             u"New school timetable\n\nTeachers reviewed the timetable. A ferry trip to the "
             "harbour was planned for the spring. “Our children deserve better schools,” "
             "Brenna Brightwell said.\n"_s},
            {u"river.txt"_s,
             u"A study of river levels\n\nResearchers measured the river every week. “The "
             "numbers simply do not add up,” Abernath told reporters. The café by the bridge "
             "stayed open.\n"_s},
            {u"market.txt"_s,
             u"Market square plans\n\nThe market square will be repaved. “Nobody asked the "
             "people who live here,” Brenna Brightwell said. “The harbour can wait,” she "
             "added.\n"_s},
        };
        QStringList paths;
        for (const Text &t : texts)
            paths << m_box->write(t.name, t.text);
        const LibraryImporter::Report added = m_box->add(paths);
        QVERIFY2(added.ok(), qPrintable(added.error));
        QVERIFY2(added.problems.isEmpty(), qPrintable(added.problems.join(u'\n')));
        QCOMPARE(added.added, 4);
        // notes on two articles
        const struct
        {
            int article;
            QString words, note, tag;
        } notes[] = {{0, u"too shallow"_s, u"Check the depth figures"_s, u"factcheck"_s},
                     {3, u"repaved"_s, u"Who pays for the paving?"_s, u"budget"_s}};
        for (const auto &n : notes) {
            const Document doc =
                *Loader::loadFile(QFileInfo(paths.at(n.article)).canonicalFilePath()).document;
            AnnotationStore store;
            store.setDataDir(m_box->paths.dataDir);
            store.open(doc);
            const qsizetype at = doc.text().indexOf(n.words);
            Annotation a = Annotation::onSpan(doc, {at, at + n.words.size()}, n.note);
            a.tags = QStringList{n.tag};
            store.add(a);
            QVERIFY(store.save());
        }
        m_box->add(paths); // indexes the notes
    }
    void cleanupTestCase() { delete m_box; }

    void articles_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected"); // in rank order where it matters
        QTest::addColumn<bool>("ordered");
        QTest::addRow("a word, title and more occurrences first")
            << u"harbour"_s
            << QStringList{u"Harbour dredging begins"_s, u"New school timetable"_s,
                           u"Market square plans"_s}
            << false;
        QTest::addRow("a word ranked: title match first") << u"harbour"_s
                                                          << QStringList{u"Harbour dredging begins"_s}
                                                          << true;
        QTest::addRow("a phrase") << u"\"river levels\""_s
                                  << QStringList{u"A study of river levels"_s,
                                                 u"Harbour dredging begins"_s}
                                  << false;
        QTest::addRow("two words, both needed") << u"ferry spring"_s
                                                << QStringList{u"New school timetable"_s} << true;
        QTest::addRow("OR") << u"timetable OR repaved"_s
                            << QStringList{u"New school timetable"_s, u"Market square plans"_s}
                            << false;
        QTest::addRow("NOT") << u"harbour NOT ferry"_s
                             << QStringList{u"Market square plans"_s} << true;
        QTest::addRow("prefix") << u"dredg*"_s << QStringList{u"Harbour dredging begins"_s}
                                << true;
        QTest::addRow("a column") << u"title:river"_s
                                  << QStringList{u"A study of river levels"_s} << true;
        QTest::addRow("accents folded") << u"cafe"_s
                                        << QStringList{u"A study of river levels"_s} << true;
        QTest::addRow("NEAR") << u"NEAR(harbour shallow, 5)"_s
                              << QStringList{u"Harbour dredging begins"_s} << true;
        QTest::addRow("nothing found") << u"zeppelin"_s << QStringList{} << true;
    }
    void articles()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QFETCH(bool, ordered);
        const SearchResults r = run(sq(query, SearchKind::Articles));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QStringList got = titles(r);
        if (ordered) {
            QCOMPARE(got.mid(0, expected.size()), expected);
            if (expected.isEmpty())
                QVERIFY(got.isEmpty());
        } else {
            got.sort();
            expected.sort();
            QCOMPARE(got, expected);
        }
        for (const SearchHit &h : r.hits) {
            QVERIFY(h.rank < 0); // bm25: lower is better, negative for a match
            QVERIFY(!h.articlePath.isEmpty());
        }
    }

    void snippetsMarkTheMatches_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("word");
        QTest::addRow("article body") << int(SearchKind::Articles) << u"shallow"_s
                                      << u"shallow"_s;
        QTest::addRow("article, prefix") << int(SearchKind::Articles) << u"measur*"_s
                                         << u"measured"_s;
        QTest::addRow("quote") << int(SearchKind::Quotes) << u"children"_s << u"children"_s;
        QTest::addRow("note") << int(SearchKind::Notes) << u"depth"_s << u"depth"_s;
    }
    void snippetsMarkTheMatches()
    {
        QFETCH(int, kind);
        QFETCH(QString, query);
        QFETCH(QString, word);
        SearchQuery q = sq(query, SearchKind(kind));
        const SearchResults r = run(q);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.hits.size(), 1);
        const SearchHit &h = r.hits.first();
        QVERIFY2(!h.highlights.isEmpty(), qPrintable(h.snippet));
        const auto [from, to] = h.highlights.first();
        QCOMPARE(h.snippet.mid(from, to - from).toLower(), word);
        QVERIFY(!h.snippet.contains(QChar(0xE000)));
    }

    void quotes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("words in quotes") << u"harbour"_s << QString()
                                         << QStringList{u"The harbour can wait,"_s};
        QTest::addRow("everything a person said")
            << QString() << u"Brenna Brightwell"_s
            << QStringList{u"Nobody asked the people who live here,"_s,
                           u"The harbour can wait,"_s,
                           u"Our children deserve better schools,"_s};
        QTest::addRow("by surname, across articles")
            << QString() << u"Abernath"_s
            << QStringList{u"The river levels keep falling every summer,"_s,
                           u"The numbers simply do not add up,"_s};
        QTest::addRow("by title and name") << u"numbers"_s << u"President Alder Abernath"_s
                                           << QStringList{u"The numbers simply do not add up,"_s};
        QTest::addRow("words and speaker, none") << u"children"_s << u"Abernath"_s
                                                 << QStringList{};
        // the index knows each quote's speaker as a number: never matched by the words
        QTest::addRow("numbers are words") << u"1 OR 2 OR 3 OR 4"_s << QString() << QStringList{};
        QTest::addRow("numbers are words, a speaker's") << u"1 OR 2 OR 3 OR 4"_s
                                                        << u"Abernath"_s << QStringList{};
        QTest::addRow("OR in a speaker's quotes")
            << u"harbour OR nobody"_s << u"Brenna Brightwell"_s
            << QStringList{u"Nobody asked the people who live here,"_s,
                           u"The harbour can wait,"_s};
        QTest::addRow("brackets in a speaker's quotes")
            << u"(harbour OR children) NOT wait"_s << u"Brightwell"_s
            << QStringList{u"Our children deserve better schools,"_s};
    }
    void quotes()
    {
        QFETCH(QString, query);
        QFETCH(QString, speaker);
        QFETCH(QStringList, expected);
        SearchQuery q = sq(query, SearchKind::Quotes, speaker);
        const SearchResults r = run(q);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QStringList got;
        for (const SearchHit &h : r.hits) {
            got << h.text; // the quoted words as the analysis has them (with the comma)
            QVERIFY(h.end > h.start);
            if (!speaker.isEmpty())
                QVERIFY(!h.speaker.isEmpty());
            // the offsets name the quote in the article's text
            const Document doc = *Loader::loadFile(h.articlePath).document;
            QCOMPARE(doc.text().mid(doc.fromCodePoint(h.start),
                                    doc.fromCodePoint(h.end) - doc.fromCodePoint(h.start)),
                     h.text);
        }
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

    void notes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("a word of a note") << u"paving"_s
                                          << QStringList{u"Who pays for the paving?"_s};
        QTest::addRow("a #tag") << u"#factcheck"_s
                                << QStringList{u"Check the depth figures"_s};
        QTest::addRow("the words noted") << u"exact:shallow"_s
                                         << QStringList{u"Check the depth figures"_s};
        QTest::addRow("all notes") << QString()
                                   << QStringList{u"Check the depth figures"_s,
                                                  u"Who pays for the paving?"_s};
    }
    void notes()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        const SearchResults r = run(sq(query, SearchKind::Notes));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QStringList got;
        for (const SearchHit &h : r.hits) {
            got << h.text;
            QVERIFY(h.articleId >= 0);
            QVERIFY(!h.tags.isEmpty());
            QVERIFY(h.start >= 0);
        }
        got.sort();
        QCOMPARE(got, expected);
    }

    void badQueriesAreMessages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("message");
        const QString unreadable = u"cannot be read"_s;
        QTest::addRow("dangling AND") << int(SearchKind::Articles) << u"harbour AND"_s
                                      << QString() << unreadable;
        QTest::addRow("unclosed phrase") << int(SearchKind::Articles) << u"\"river levels"_s
                                         << QString() << unreadable;
        QTest::addRow("unclosed NEAR") << int(SearchKind::Quotes) << u"NEAR(harbour"_s
                                       << QString() << unreadable;
        QTest::addRow("unknown column") << int(SearchKind::Articles) << u"author:smith"_s
                                        << QString() << unreadable;
        QTest::addRow("lone operator") << int(SearchKind::Notes) << u"OR"_s << QString()
                                       << unreadable;
        QTest::addRow("empty article search") << int(SearchKind::Articles) << u"  "_s
                                              << QString() << u"Nothing to search for"_s;
        QTest::addRow("unknown speaker") << int(SearchKind::Quotes) << QString()
                                         << u"Nobody Known"_s << u"No one called"_s;
        QTest::addRow("speaker for articles") << int(SearchKind::Articles) << u"harbour"_s
                                              << u"Abernath"_s << u"quotes only"_s;
    }
    void badQueriesAreMessages()
    {
        QFETCH(int, kind);
        QFETCH(QString, query);
        QFETCH(QString, speaker);
        QFETCH(QString, message);
        const SearchResults r = run(sq(query, SearchKind(kind), speaker));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QVERIFY(r.hits.isEmpty());
    }

    void pagesInRankBlocks_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<bool>("blockRanked");
        const struct
        {
            SearchKind kind;
            QString query, speaker;
        } searches[] = {{SearchKind::Articles, u"harbour"_s, QString()},
                        {SearchKind::Articles, u"the"_s, QString()},
                        {SearchKind::Quotes, u"the OR our"_s, QString()},
                        {SearchKind::Quotes, u"the OR our OR nobody"_s, u"Brightwell"_s},
                        {SearchKind::Quotes, QString(), u"Brightwell"_s},
                        {SearchKind::Notes, QString(), QString()}};
        for (const auto &search : searches)
            for (const int block : {0, 1, 2, 3, 2000})
                for (const int size : {1, 2, 3}) {
                    // the words of articles and quotes match 3 or 4 rows; lists are not ranked
                    const bool ranked = !search.query.isEmpty() && block > 0 && block <= 3;
                    QTest::addRow("%s %s%s: blocks of %d, pages of %d",
                                  qPrintable(searchKindName(search.kind)),
                                  qPrintable(search.query),
                                  qPrintable(search.speaker.isEmpty() ? QString()
                                                                      : u" by "_s + search.speaker),
                                  block, size)
                        << int(search.kind) << search.query << search.speaker << block << size
                        << ranked;
                }
    }
    void pagesInRankBlocks()
    {
        QFETCH(int, kind);
        QFETCH(QString, query);
        QFETCH(QString, speaker);
        QFETCH(int, block);
        QFETCH(int, pageSize);
        QFETCH(bool, blockRanked);
        SearchQuery q = sq(query, SearchKind(kind), speaker);
        q.rankBlock = block;
        const SearchResults whole = run(q);
        QVERIFY2(whole.ok(), qPrintable(whole.error));
        QVERIFY(whole.hits.size() >= 2);
        QCOMPARE(whole.blockRanked, blockRanked);
        auto key = [](const SearchHit &h) {
            return h.kind == SearchKind::Notes ? h.noteId
                                               : u"%1:%2"_s.arg(h.articleId).arg(h.start);
        };
        // the same results as all ranked together, in blocks of the newest
        SearchQuery together = q;
        together.rankBlock = 0;
        QStringList all, got;
        for (const SearchHit &h : run(together).hits)
            all << key(h);
        for (const SearchHit &h : whole.hits)
            got << key(h);
        QCOMPARE(QSet<QString>(got.cbegin(), got.cend()), QSet<QString>(all.cbegin(), all.cend()));
        QCOMPARE(got.size(), all.size());
        if (block <= 0 || query.isEmpty())
            QCOMPARE(got, all);
        // within a block best first; each block older than the one before (quotes: by their
        // article's order of adding, as their ids are)
        for (qsizetype i = 1; i < whole.hits.size() && !query.isEmpty(); ++i) {
            const SearchHit &a = whole.hits.at(i - 1), &b = whole.hits.at(i);
            if (block <= 0 || (i / block) == ((i - 1) / block))
                QVERIFY2(a.rank <= b.rank, qPrintable(got.join(u' ')));
            else if (kind == int(SearchKind::Articles))
                QVERIFY2(a.articleId > b.articleId, qPrintable(got.join(u' ')));
        }
        // the pages, fetched one by one, make the whole
        QStringList paged;
        q.limit = pageSize;
        for (q.offset = 0; q.offset < whole.hits.size() + 2; q.offset += pageSize) {
            const SearchResults page = run(q);
            QVERIFY2(page.ok(), qPrintable(page.error));
            QVERIFY(page.hits.size() <= pageSize);
            for (const SearchHit &h : page.hits)
                paged << key(h);
        }
        QCOMPARE(paged, got);
    }

    void counts_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<int>("atMost");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("more");
        const int articles = int(SearchKind::Articles), quotes = int(SearchKind::Quotes),
                  notes = int(SearchKind::Notes);
        QTest::addRow("articles, a word") << articles << u"harbour"_s << QString() << 100 << 3
                                          << false;
        QTest::addRow("articles, bounded") << articles << u"harbour"_s << QString() << 2 << 2
                                           << true;
        QTest::addRow("articles, the bound exactly") << articles << u"harbour"_s << QString()
                                                     << 3 << 3 << false;
        QTest::addRow("articles, none") << articles << u"zeppelin"_s << QString() << 100 << 0
                                        << false;
        QTest::addRow("quotes, a word") << quotes << u"harbour"_s << QString() << 100 << 1
                                        << false;
        QTest::addRow("quotes, a speaker") << quotes << QString() << u"Brenna Brightwell"_s
                                           << 100 << 3 << false;
        QTest::addRow("quotes, a speaker, bounded") << quotes << QString()
                                                    << u"Brenna Brightwell"_s << 1 << 1 << true;
        QTest::addRow("quotes, a word of a speaker") << quotes << u"harbour OR children"_s
                                                     << u"Brenna Brightwell"_s << 100 << 2
                                                     << false;
        QTest::addRow("notes, all") << notes << QString() << QString() << 100 << 2 << false;
        QTest::addRow("notes, a tag") << notes << u"#budget"_s << QString() << 100 << 1
                                      << false;
    }
    void counts()
    {
        QFETCH(int, kind);
        QFETCH(QString, query);
        QFETCH(QString, speaker);
        QFETCH(int, atMost);
        QFETCH(int, count);
        QFETCH(bool, more);
        LibraryDatabase db(m_box->paths.folder());
        QVERIFY(db.open());
        LibrarySearch search(db, m_box->paths.texts());
        const SearchQuery q = sq(query, SearchKind(kind), speaker);
        const SearchCount c = search.count(q, atMost);
        QVERIFY2(c.ok(), qPrintable(c.error));
        QCOMPARE(c.count, count);
        QCOMPARE(c.more, more);
        // as many as the search gives
        if (!more)
            QCOMPARE(int(search.search(q).hits.size()), count);
    }

    void badCountsAreMessages_data() { badQueriesAreMessages_data(); }
    void badCountsAreMessages()
    {
        QFETCH(int, kind);
        QFETCH(QString, query);
        QFETCH(QString, speaker);
        QFETCH(QString, message);
        if (message == u"Nothing to search for")
            QSKIP("nothing to count: 0, no message");
        LibraryDatabase db(m_box->paths.folder());
        QVERIFY(db.open());
        LibrarySearch search(db, m_box->paths.texts());
        const SearchCount c = search.count(sq(query, SearchKind(kind), speaker));
        QVERIFY(!c.ok());
        QVERIFY2(c.error.contains(message), qPrintable(c.error));
        QCOMPARE(c.count, 0);
    }

    void pages()
    {
        SearchQuery q = sq(u"harbour"_s, SearchKind::Articles);
        q.limit = 1;
        const SearchResults first = run(q);
        q.offset = 1;
        const SearchResults second = run(q);
        QCOMPARE(first.hits.size(), 1);
        QCOMPARE(second.hits.size(), 1);
        QVERIFY(first.hits.first().articleId != second.hits.first().articleId);
        QVERIFY(first.hits.first().rank <= second.hits.first().rank);
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
