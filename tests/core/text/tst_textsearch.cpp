#include "text/TextSearch.h"

#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

using gloss::Article;
using gloss::Document;
using gloss::Paragraph;
using gloss::Span;
using gloss::TextSearch;

namespace {

/** "The [wall] and the [Wall]": the text without brackets, and where the bracketed parts begin. */
struct Marked
{
    QString text;
    QList<qsizetype> starts;
};

Marked unmark(const QString &marked)
{
    Marked m;
    for (const QChar c : marked) {
        if (c == u'[')
            m.starts.append(m.text.size());
        else if (c != u']')
            m.text.append(c);
    }
    return m;
}

Article articleOf(const QString &text, const QList<Span> &paragraphs)
{
    Article a;
    a.document = Document(text, QStringLiteral("test.txt"));
    for (const Span &s : paragraphs)
        a.paragraphs.append(Paragraph{s, gloss::ParagraphRole::Body});
    return a;
}

} // namespace

class tst_TextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findAll_data();
    void findAll();
    void matchesAcrossChunks();
    void canceled();
    void countPerParagraph_data();
    void countPerParagraph();
    void paragraphsBeyondTheAnalysis();
    void matchesAcrossTheAnalysisLimit();
};

void tst_TextSearch::findAll_data()
{
    QTest::addColumn<QString>("marked");
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<int>("options");
    const int none = TextSearch::NoOptions;
    const int matchCase = TextSearch::MatchCase;
    const int words = TextSearch::WholeWords;

    QTest::newRow("any case by default") << u"[Wall] and [wall] and [WALL]"_s << u"wall"_s << none;
    QTest::newRow("match case") << u"Wall and [wall] and WALL"_s << u"wall"_s << matchCase;
    QTest::newRow("any case, non-ASCII letters")
        << u"[Zürich], [ZÜRICH], [zürich]"_s << u"zürich"_s << none;
    QTest::newRow("match case, non-ASCII letters")
        << u"Zürich, [ZÜRICH], zürich"_s << u"ZÜRICH"_s << matchCase;
    QTest::newRow("parts of words without whole words")
        << u"[sea]front, the [sea], over[sea]s"_s << u"sea"_s << none;
    QTest::newRow("whole words") << u"seafront, the [sea], overseas"_s << u"sea"_s << words;
    QTest::newRow("whole words and match case")
        << u"Sea, [sea], SEA, seas"_s << u"sea"_s << (words | matchCase);
    QTest::newRow("whole words: punctuation is a boundary")
        << u"[sea], ([sea]) “[sea]” [sea]-wall …[sea]… [sea]."_s << u"sea"_s << words;
    QTest::newRow("whole words: a possessive is found")
        << u"[Okafor]’s, [Okafor]'s, Okafors"_s << u"Okafor"_s << words;
    QTest::newRow("whole words: an accented letter continues the word")
        << u"café, [caf], cafés"_s << u"caf"_s << words;
    QTest::newRow("whole words: a combining mark continues the word")
        << u"nai\u0308ve [nai]"_s << u"nai"_s << words;
    QTest::newRow("whole words: Hangul") << u"서울시 [서울] 서울에서"_s << u"서울"_s << words;
    QTest::newRow("whole words: a letter outside the BMP")
        << u"\U0001D400bc [bc] bc\U0001D400"_s << u"bc"_s << words;
    QTest::newRow("whole words: digits") << u"[2026], 20267, x2026"_s << u"2026"_s << words;
    QTest::newRow("whole words: a phrase opening with punctuation")
        << u"well[-known] and [-known] but -knowns"_s << u"-known"_s << words;
    QTest::newRow("whole words: two words") << u"[sea wall], sea walls"_s << u"sea wall"_s << words;
    QTest::newRow("overlapping: the search goes on after a match")
        << u"[aa][aa]a"_s << u"aa"_s << none;
    QTest::newRow("overlapping: ana in banana") << u"b[ana]na"_s << u"ana"_s << none;
    QTest::newRow("overlapping: a rejected match is passed by one character")
        << u"ba [a a]"_s << u"a a"_s << words;
    QTest::newRow("no match") << u"nothing to see here"_s << u"zebra"_s << none;
    QTest::newRow("empty phrase") << u"some text"_s << QString() << none;
    QTest::newRow("phrase longer than the text") << u"ab"_s << u"abc"_s << none;
    QTest::newRow("the whole text") << u"[abc]"_s << u"ABC"_s << words;
    QTest::newRow("at the very end") << u"the [end]"_s << u"end"_s << words;
    QTest::newRow("a decomposed phrase finds the composed text")
        << u"[café] and [CAFÉ]"_s << u"cafe\u0301"_s << none;
}

void tst_TextSearch::findAll()
{
    QFETCH(QString, marked);
    QFETCH(QString, phrase);
    QFETCH(int, options);
    const Marked m = unmark(marked);
    const TextSearch search(phrase, TextSearch::Options(options));
    QCOMPARE(search.findAll(m.text), m.starts);
}

void tst_TextSearch::matchesAcrossChunks()
{
    // matches before a chunk border, across it (a whole word) and starting at the next one
    const qsizetype k = TextSearch::kChunk;
    QString text(3 * k, u'x');
    text.replace(k - 6, 2, QStringLiteral("ab"));
    text.replace(k - 2, 4, QStringLiteral(" ab "));
    text.replace(2 * k, 2, QStringLiteral("ab"));
    QCOMPARE(TextSearch(QStringLiteral("ab"), {}).findAll(text),
             (QList<qsizetype>{k - 6, k - 1, 2 * k}));
    QCOMPARE(TextSearch(QStringLiteral("ab"), TextSearch::WholeWords).findAll(text),
             QList<qsizetype>{k - 1});
}

void tst_TextSearch::canceled()
{
    const QString text = QString(4 * TextSearch::kChunk, u'a');
    std::atomic<int> looks = 0;
    const auto result = TextSearch::run(text, {{0, text.size()}}, QStringLiteral("a"), {},
                                        [&looks] { return ++looks > 2; });
    QVERIFY(result.canceled);
    QVERIFY(result.matches.size() < text.size()); // stopped early
    QVERIFY(result.paragraphs.isEmpty());
    const auto whole = TextSearch::run(text, {{0, text.size()}}, QStringLiteral("a"), {});
    QVERIFY(!whole.canceled);
    QCOMPARE(whole.matches.size(), text.size());
    QCOMPARE(whole.paragraphs.size(), 1);
    QCOMPARE(whole.paragraphs.first().count, int(text.size()));
}

void tst_TextSearch::countPerParagraph_data()
{
    // paragraphs [0,10) [12,20) [22,30); matches by start
    QTest::addColumn<QList<qsizetype>>("matches");
    QTest::addColumn<QList<int>>("paragraphs"); // paragraph, first match, count, …
    QTest::newRow("none") << QList<qsizetype>{} << QList<int>{};
    QTest::newRow("one paragraph") << QList<qsizetype>{1, 5} << QList<int>{0, 0, 2};
    QTest::newRow("first and last") << QList<qsizetype>{0, 3, 29} << QList<int>{0, 0, 2, 2, 2, 1};
    QTest::newRow("every paragraph")
        << QList<qsizetype>{9, 12, 19, 22} << QList<int>{0, 0, 1, 1, 1, 2, 2, 3, 1};
    QTest::newRow("between paragraphs counts for the next")
        << QList<qsizetype>{10, 11, 21} << QList<int>{1, 0, 2, 2, 2, 1};
    QTest::newRow("after the last") << QList<qsizetype>{25, 30, 40} << QList<int>{2, 0, 3};
}

void tst_TextSearch::countPerParagraph()
{
    QFETCH(QList<qsizetype>, matches);
    QFETCH(QList<int>, paragraphs);
    const QList<Span> spans = {{0, 10}, {12, 20}, {22, 30}};
    const auto hits = TextSearch::countPerParagraph(matches, spans);
    QList<int> flat;
    for (const auto &h : hits) {
        flat << h.paragraph << h.firstMatch << h.count;
        QCOMPARE(h.span, spans.at(h.paragraph));
    }
    QCOMPARE(flat, paragraphs);
    TextSearch::Result r;
    r.matches = matches;
    r.paragraphs = hits;
    for (int m = 0; m < matches.size(); ++m) {
        const int p = r.paragraphOfMatch(m);
        QVERIFY(p >= 0);
        QVERIFY(m >= hits.at(p).firstMatch && m < hits.at(p).firstMatch + hits.at(p).count);
    }
    QCOMPARE(r.paragraphOfMatch(int(matches.size())), -1);
}

void tst_TextSearch::paragraphsBeyondTheAnalysis()
{
    // the analysis stopped after the first paragraph (an article over the analysis limit)
    const QString text = QStringLiteral("First para.\n\nSecond line\nthird line\n  \n\nlast");
    Article a = articleOf(text, {{0, 11}});
    a.limited = true;
    const QList<Span> expected = {{0, 11}, {13, 24}, {25, 35}, {40, 44}};
    QCOMPARE(TextSearch::paragraphSpans(a), expected);
    // an article analysed whole: its own paragraphs only
    const Article whole = articleOf(QStringLiteral("One.\n\nTwo.\n"), {{0, 4}, {6, 10}});
    QCOMPARE(TextSearch::paragraphSpans(whole), (QList<Span>{{0, 4}, {6, 10}}));
}

void tst_TextSearch::matchesAcrossTheAnalysisLimit()
{
    const QString text = QStringLiteral("The sea wall.\n\nThe sea.\nSea and sea.\n");
    Article a = articleOf(text, {{0, 13}});
    a.limited = true;
    const auto r = TextSearch::run(text, TextSearch::paragraphSpans(a), QStringLiteral("sea"),
                                   TextSearch::WholeWords);
    QCOMPARE(r.matches, (QList<qsizetype>{4, 19, 24, 32}));
    QCOMPARE(r.length, 3);
    QCOMPARE(r.paragraphs.size(), 3);
    QCOMPARE(r.paragraphs.at(0).count, 1);
    QCOMPARE(r.paragraphs.at(1).count, 1);
    QCOMPARE(r.paragraphs.at(2).span, (Span{24, 36}));
    QCOMPARE(r.paragraphs.at(2).count, 2);
    QCOMPARE(r.paragraphs.at(2).firstMatch, 2);
}

QTEST_GUILESS_MAIN(tst_TextSearch)
#include "tst_textsearch.moc"
