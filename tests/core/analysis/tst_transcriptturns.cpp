#include "analysis/quotes/TranscriptTurns_p.h"

#include <QTest>

using namespace gloss;
using gloss::quotes::TranscriptTurn;

namespace {

/** The paragraphs of @p text, one per line, all body text but the @p headings (by index). */
QList<Paragraph> paragraphsOf(const QString &text, const QList<int> &headings = {})
{
    QList<Paragraph> out;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (end > start) {
            const bool heading = headings.contains(int(out.size()));
            out.append({{start, end}, heading ? ParagraphRole::Heading : ParagraphRole::Body});
        }
        start = end + 1;
    }
    return out;
}

/** "label|words|paragraph" per turn. */
QStringList describe(const QString &text, const QList<TranscriptTurn> &turns)
{
    QStringList out;
    for (const TranscriptTurn &t : turns) {
        const QString colon = text.mid(t.colon.start, t.colon.length());
        if ((colon != u":" && !(t.answer && colon == u".")) || t.colon.start != t.label.end)
            out << QStringLiteral("bad colon");
        if (t.answer != (text.mid(t.label.start, t.label.length()) == u"A"))
            out << QStringLiteral("bad answer");
        out << QStringLiteral("%1|%2|%3")
                   .arg(text.mid(t.label.start, t.label.length()),
                        text.mid(t.words.start, t.words.length()))
                   .arg(t.paragraph);
    }
    return out;
}

} // namespace

class tst_TranscriptTurns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turns_data();
    void turns();
    void headingsAreNoTurns();
    void linearOnManyTurns();
};

void tst_TranscriptTurns::turns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("an exchange in capitals")
        << QStringLiteral("The host asked first.\nHOST: Will it pass?\nMARSH: I think so.\n"
                          "HOST: When?  \nMARSH: In spring.")
        << QStringList{QStringLiteral("HOST|Will it pass?|1"),
                       QStringLiteral("MARSH|I think so.|2"), QStringLiteral("HOST|When?|3"),
                       QStringLiteral("MARSH|In spring.|4")};
    QTest::newRow("full name, then surname")
        << QStringLiteral("JANE HOLT: We are ready.\nTOM MARSH: Are you?\nHOLT: Yes.")
        << QStringList{QStringLiteral("JANE HOLT|We are ready.|0"),
                       QStringLiteral("TOM MARSH|Are you?|1"), QStringLiteral("HOLT|Yes.|2")};
    QTest::newRow("capitalised names")
        << QStringLiteral("Jane Holt: We are ready.\nTom Marsh: Are you?\nJane Holt: Yes.")
        << QStringList{QStringLiteral("Jane Holt|We are ready.|0"),
                       QStringLiteral("Tom Marsh|Are you?|1"), QStringLiteral("Jane Holt|Yes.|2")};
    QTest::newRow("prefixes and apostrophes")
        << QStringLiteral("McCAIN: No.\nO\u2019MALLEY: Why not?\nMcCAIN: Because.\nSEN. ST-JOHN: "
                          "Enough.")
        << QStringList{QStringLiteral("McCAIN|No.|0"), QStringLiteral("O\u2019MALLEY|Why not?|1"),
                       QStringLiteral("McCAIN|Because.|2"),
                       QStringLiteral("SEN. ST-JOHN|Enough.|3")};
    QTest::newRow("editorial labels among the turns")
        << QStringLiteral("UPDATE: The vote was held.\nHOST: Will it pass?\nMARSH: Yes.\n"
                          "HOST: When?\nEDITOR'S NOTE: Edited for length.")
        << QStringList{QStringLiteral("HOST|Will it pass?|1"), QStringLiteral("MARSH|Yes.|2"),
                       QStringLiteral("HOST|When?|3")};
    QTest::newRow("only editorial labels")
        << QStringLiteral("UPDATE: One.\nCORRECTION: Two.\nUPDATE: Three.\nWATCH: Four.")
        << QStringList{};
    QTest::newRow("two turns are no exchange")
        << QStringLiteral("HOST: Will it pass?\nMARSH: Yes.") << QStringList{};
    QTest::newRow("three speakers once each")
        << QStringLiteral("HOST: Will it pass?\nMARSH: Yes.\nVANCE: No.") << QStringList{};
    QTest::newRow("one speaker only")
        << QStringLiteral("HOST: One.\nHOST: Two.\nHOST: Three.") << QStringList{};
    QTest::newRow("a tally is no speech")
        << QStringLiteral("Jane Holt: 1,769.\nTom Marsh: 1,501.\nJane Holt: 547.")
        << QStringList{};
    QTest::newRow("headlines are no speech")
        << QStringLiteral("Jane Holt: Why I Am Running Again\nTom Marsh: The Case For The Wall\n"
                          "Jane Holt: What Comes Next")
        << QStringList{};
    QTest::newRow("an interview's answers")
        << QStringLiteral("Jane Holt spoke to us.\nQ: Will it pass?\nA: Yes.\nQ: When?\n"
                          "A: Soon.")
        << QStringList{QStringLiteral("A|Yes.|2"), QStringLiteral("A|Soon.|4")};
    QTest::newRow("an interview's answers after full stops")
        << QStringLiteral("Q. Will it pass?\nA. Yes, in the spring.\nQ. When?\nA. Soon.")
        << QStringList{QStringLiteral("A|Yes, in the spring.|1"), QStringLiteral("A|Soon.|3")};
    QTest::newRow("a transcript and an interview")
        << QStringLiteral("HOST: Will it pass?\nMARSH: Yes.\nHOST: When?\nQ: And you?\n"
                          "A: No.\nQ: Why?\nA: Cost.")
        << QStringList{QStringLiteral("HOST|Will it pass?|0"), QStringLiteral("MARSH|Yes.|1"),
                       QStringLiteral("HOST|When?|2"), QStringLiteral("A|No.|4"),
                       QStringLiteral("A|Cost.|6")};
    QTest::newRow("an answer over several paragraphs")
        << QStringLiteral("Q: Will it pass?\nA: Yes.\nIt will pass in the spring.\nQ: When?\n"
                          "A: Soon.\nThe interview ended there.")
        << QStringList{QStringLiteral("A|Yes.\nIt will pass in the spring.|1"),
                       QStringLiteral("A|Soon.|4")};
    QTest::newRow("a stage direction ends an answer")
        << QStringLiteral("Q: Will it pass?\nA: Yes.\n(LAUGHTER)\nHe smiled.\nQ: When?\n"
                          "A: Soon.")
        << QStringList{QStringLiteral("A|Yes.|1"), QStringLiteral("A|Soon.|5")};
    QTest::newRow("a question's paragraphs are nobody's")
        << QStringLiteral("Q: Will it pass?\nAnd when?\nA: Yes.\nQ: Why?\nA: Money.")
        << QStringList{QStringLiteral("A|Yes.|2"), QStringLiteral("A|Money.|4")};
    QTest::newRow("a named speaker's turn is one paragraph")
        << QStringLiteral("HOST: Will it pass?\nMARSH: Yes.\nThe senator left early.\n"
                          "HOST: When?")
        << QStringList{QStringLiteral("HOST|Will it pass?|0"), QStringLiteral("MARSH|Yes.|1"),
                       QStringLiteral("HOST|When?|3")};
    QTest::newRow("one question is no interview")
        << QStringLiteral("Q: Will it pass?\nA: Yes.\nA: Soon.") << QStringList{};
    QTest::newRow("a list is no interview")
        << QStringLiteral("A. The plan.\nB. The wall.\nA. Again.\nQ.E.D.") << QStringList{};
    QTest::newRow("not labels")
        << QStringLiteral("The plan: build a wall.\nHOST:no space\nHOST: \n"
                          "Jane HOLT: mixed case.\nONE TWO THREE FOUR FIVE: too long.\n"
                          "HOST 2: a digit.\n  : no label.")
        << QStringList{};
    QTest::newRow("empty") << QString() << QStringList{};
}

void tst_TranscriptTurns::turns()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(text, quotes::transcriptTurns(text, paragraphsOf(text))), expected);
}

void tst_TranscriptTurns::headingsAreNoTurns()
{
    const QString text =
        QStringLiteral("HOST: Will it pass?\nMARSH: Yes.\nHOST: When?\nMARSH: Soon.");
    // the second paragraph a heading: three turns are left, HOST's two among them
    QCOMPARE(describe(text, quotes::transcriptTurns(text, paragraphsOf(text, {1}))),
             (QStringList{QStringLiteral("HOST|Will it pass?|0"), QStringLiteral("HOST|When?|2"),
                          QStringLiteral("MARSH|Soon.|3")}));
    // the first two headings: two turns left, no exchange
    QVERIFY(quotes::transcriptTurns(text, paragraphsOf(text, {0, 1})).isEmpty());
}

void tst_TranscriptTurns::linearOnManyTurns()
{
    // 200,000 turns, and as many paragraphs that only look like labels: each is read once
    QString text;
    for (int i = 0; i < 100000; ++i)
        text += QStringLiteral("HOST: Will it pass?\nMARSH: Yes, it will.\nThe Plan: none\n");
    const QList<Paragraph> paragraphs = paragraphsOf(text);
    QCOMPARE(quotes::transcriptTurns(text, paragraphs).size(), 200000);
}

QTEST_GUILESS_MAIN(tst_TranscriptTurns)
#include "tst_transcriptturns.moc"
