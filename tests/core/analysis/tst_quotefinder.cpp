#include "analysis/quotes/QuoteFinder.h"

#include <QTest>

using namespace gloss;

namespace {

Article articleOf(const QString &text)
{
    Article a;
    a.document = Document(text, QStringLiteral("t.txt"));
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (!QStringView(text).mid(start, end - start).trimmed().isEmpty())
            a.paragraphs.append({{start, end}, ParagraphRole::Body});
        start = end + 1;
    }
    return a;
}

/** The article of @p text with its quotes found. */
Article withQuotes(const QString &text)
{
    Article a = articleOf(text);
    a.quotes = QuoteFinder::find(a);
    return a;
}

/** "text|kind|parent" per quote, parent as the index or -. */
QStringList describe(const Article &a)
{
    QStringList out;
    for (const Quote &q : a.quotes)
        out << QStringLiteral("%1|%2|%3")
                   .arg(a.textOf(q), quoteKindName(q.kind),
                        q.parent >= 0 ? QString::number(q.parent) : QStringLiteral("-"));
    return out;
}

} // namespace

class tst_QuoteFinder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finds_data();
    void finds();
    void multiParagraphSpan();
    void unbalancedStaysInParagraph();
    void linearOnManyMarks();
    void turnsHaveLabelAndColon();
    void answerOverParagraphs();
};

void tst_QuoteFinder::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("straight double")
        << QStringLiteral("\"We will rebuild the harbour wall,\" the mayor said.")
        << QStringList{QStringLiteral("We will rebuild the harbour wall,|direct|-")};
    QTest::newRow("curly double")
        << QStringLiteral("She said: \u201CThe tide turned early this year.\u201D")
        << QStringList{QStringLiteral("The tide turned early this year.|direct|-")};
    QTest::newRow("guillemets")
        << QStringLiteral("He said: \u00ABThe vote was close and fair today.\u00BB")
        << QStringList{QStringLiteral("The vote was close and fair today.|direct|-")};
    QTest::newRow("two quotes in a sentence")
        << QStringLiteral("It was \"messy\" and \"far too slow\", she said.")
        << QStringList{QStringLiteral("messy|scare|-"), QStringLiteral("far too slow|scare|-")};
    QTest::newRow("single quotes as quotes")
        << QStringLiteral("Town facing 'serious flooding' again")
        << QStringList{QStringLiteral("serious flooding|scare|-")};
    QTest::newRow("apostrophes are not quotes")
        << QStringLiteral("The mayor's plan didn't survive the '90s or rock 'n' roll.")
        << QStringList{};
    QTest::newRow("curly apostrophes")
        << QStringLiteral("The council\u2019s view isn\u2019t the players\u2019 view.")
        << QStringList{};
    QTest::newRow("plural possessive inside single quotes")
        << QStringLiteral("Fans called it 'the players' day' on Monday.")
        << QStringList{QStringLiteral("the players|scare|-")};
    QTest::newRow("nested single in double")
        << QStringLiteral("\u201CThey keep saying \u2018nothing happened here\u2019 to us,\u201D he said.")
        << QStringList{QStringLiteral("They keep saying \u2018nothing happened here\u2019 to us,|direct|-"),
                       QStringLiteral("nothing happened here|scare|0")};
    QTest::newRow("nested with apostrophes")
        << QStringLiteral("\u201CShe told me, \u2018I don\u2019t want it, it isn\u2019t ours,\u2019\u201D he said.")
        << QStringList{QStringLiteral("She told me, \u2018I don\u2019t want it, it isn\u2019t ours,\u2019|direct|-"),
                       QStringLiteral("I don\u2019t want it, it isn\u2019t ours,|direct|0")};
    QTest::newRow("scare quote")
        << QStringLiteral("Residents are wary of the \"quick fix\" on offer.")
        << QStringList{QStringLiteral("quick fix|scare|-")};
    QTest::newRow("title of a film")
        << QStringLiteral("Her new film \"The Long Shore\" opens on Friday.")
        << QStringList{QStringLiteral("The Long Shore|title|-")};
    QTest::newRow("title of a song after")
        << QStringLiteral("They played \"Salt And Iron\" as their last song.")
        << QStringList{QStringLiteral("Salt And Iron|title|-")};
    QTest::newRow("unbalanced recovers at paragraph end")
        << QStringLiteral("He said \"this will never end.\n\nThe next paragraph is plain.")
        << QStringList{QStringLiteral("this will never end.|direct|-")};
    QTest::newRow("multi-paragraph quote")
        << QStringLiteral("\u201CFirst part of a long statement that goes on,\n\n\u201CSecond part.\u201D she said.")
        << QStringList{QStringLiteral("First part of a long statement that goes on,|direct|-")};
    QTest::newRow("transcript turns, a quote nested in one")
        << QStringLiteral("HOST: Will it pass?\nMARSH: They say \"never\" there.\n\"Yes,\" "
                          "he said.\nHOST: When?")
        << QStringList{QStringLiteral("Will it pass?|direct|-"),
                       QStringLiteral("They say \"never\" there.|direct|-"),
                       QStringLiteral("never|scare|1"), QStringLiteral("Yes,|direct|-"),
                       QStringLiteral("When?|direct|-")};
    QTest::newRow("a turn inside a quote of paragraphs is its words")
        << QStringLiteral("\u201CHOST: Will it pass?\n\u201CMARSH: Yes.\n\u201CHOST: When?"
                          "\u201D he recalled.")
        << QStringList{QStringLiteral("HOST: Will it pass?|direct|-")};
    QTest::newRow("stray closing mark") << QStringLiteral("A 6\" pipe burst.") << QStringList{};
    QTest::newRow("only quote marks") << QStringLiteral("\"\"\"''\u201C\u201D") << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void tst_QuoteFinder::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(withQuotes(text)), expected);
}

void tst_QuoteFinder::multiParagraphSpan()
{
    const QString text = QStringLiteral(
        "\u201CIt is a long way down,\u201D she said. \u201CAnd it is getting longer.\n\n"
        "\u201CWe have to start now.\u201D\n\nPlain text.");
    const Article a = withQuotes(text);
    const QList<Quote> &quotes = a.quotes;
    QCOMPARE(quotes.size(), 2);
    const Quote &q = quotes[1];
    QCOMPARE(a.textOf(q), QStringLiteral("And it is getting longer."));
    QCOMPARE(text.mid(q.span.start, q.span.length()),
             QStringLiteral("And it is getting longer.\n\n\u201CWe have to start now."));
    QCOMPARE(q.paragraph, 0);
}

void tst_QuoteFinder::unbalancedStaysInParagraph()
{
    const QString text = QStringLiteral("He said \u201Cthe end is near.\n\nA \u201Cnew\u201D start.");
    const Article a = withQuotes(text);
    const QList<Quote> &quotes = a.quotes;
    QCOMPARE(quotes.size(), 2);
    QVERIFY(quotes[0].span.end <= text.indexOf(u'\n'));
    QCOMPARE(a.textOf(quotes[1]), QStringLiteral("new"));
}

void tst_QuoteFinder::linearOnManyMarks()
{
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("\u201Ca \u2018b \"c ");
    const QList<Quote> quotes = QuoteFinder::find(articleOf(text));
    QVERIFY(!quotes.isEmpty());
    for (const Quote &q : quotes)
        QVERIFY(q.span.end <= text.size());
}

void tst_QuoteFinder::turnsHaveLabelAndColon()
{
    const Article a = withQuotes(
        QStringLiteral("HOST: Will it pass?\nJANE MARSH: They say \"never\".\nHOST: When?"));
    QCOMPARE(a.quotes.size(), 4);
    QStringList labels;
    for (const Quote &q : a.quotes) {
        if (q.parent >= 0) { // "never": nobody's yet
            QVERIFY(q.speakerMention.isEmpty());
            QVERIFY(q.cueSpan.isEmpty());
            continue;
        }
        labels << a.textOf(q.speakerMention);
        QCOMPARE(a.textOf(q.cueSpan), QStringLiteral(":"));
        QCOMPARE(q.cueSpan.start, q.speakerMention.end);
        QCOMPARE(q.paragraph, a.paragraphAt(q.span.start));
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("HOST"), QStringLiteral("JANE MARSH"),
                                  QStringLiteral("HOST")}));
}

void tst_QuoteFinder::answerOverParagraphs()
{
    // one quote across the answer's paragraphs; its text, as for any quote that runs on, the
    // words of its first
    const Article a = withQuotes(QStringLiteral(
        "Q: Will it pass?\nA: Yes.\nIt will pass in the \"early\" spring.\nQ: When?\nA: Soon."));
    QCOMPARE(a.quotes.size(), 3);
    const Quote &answer = a.quotes[0];
    QCOMPARE(a.textOf(answer), QStringLiteral("Yes."));
    QCOMPARE(a.textOf(answer.span), QStringLiteral("Yes.\nIt will pass in the \"early\" spring."));
    QCOMPARE(a.textOf(answer.speakerMention), QStringLiteral("A"));
    QCOMPARE(a.textOf(a.quotes[1]), QStringLiteral("early"));
    QCOMPARE(a.quotes[1].parent, 0);
    QCOMPARE(a.textOf(a.quotes[2]), QStringLiteral("Soon."));
}

QTEST_GUILESS_MAIN(tst_QuoteFinder)
#include "tst_quotefinder.moc"
