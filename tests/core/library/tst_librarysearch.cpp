// LibrarySearch: FTS5 syntax passed through, bm25 ranking, snippets, quotes by speaker, notes
// by text and #tag, syntax errors as messages.
#include "LibraryDatabase.h"
#include "LibrarySearch.h"
#include "LibraryTestSupport.h"
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"

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
