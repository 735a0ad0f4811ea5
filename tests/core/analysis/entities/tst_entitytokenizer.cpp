// The entity recognizer's tokens (core/analysis/entities/EntityTokenizer_p.h): the words, and
// what stands around each that decides whether a name starts, continues or ends there.
#include "analysis/entities/EntityTokenizer_p.h"

#include <QTest>

using namespace gloss::entities;
using namespace Qt::StringLiterals;

namespace {

/** The names of @p flags, in a fixed order ("Cap|SpaceBefore"). */
QString flagNames(quint32 flags)
{
    static const std::pair<quint32, const char *> names[] = {
        {Cap, "Cap"},
        {AllCaps, "AllCaps"},
        {Digits, "Digits"},
        {Lower, "Lower"},
        {Possessive, "Possessive"},
        {SentStart, "SentStart"},
        {InQuote, "InQuote"},
        {SpaceBefore, "SpaceBefore"},
        {CommaBefore, "CommaBefore"},
        {ParenBefore, "ParenBefore"},
        {ParenAfter, "ParenAfter"},
        {QuoteBefore, "QuoteBefore"},
        {StopBefore, "StopBefore"},
        {BreakBefore, "BreakBefore"},
        {HyphenBefore, "HyphenBefore"},
        {The, "The"},
        {Hyphenated, "Hyphenated"},
    };
    QStringList out;
    for (const auto &[bit, name] : names) {
        if (flags & bit)
            out.append(QLatin1StringView(name));
    }
    return out.join(u'|');
}

} // namespace

class tst_EntityTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // "word flags" per token

        QTest::newRow("a sentence's first word, then single spaces")
            << u"The mayor spoke "_s
            << QStringList{u"The Cap|SentStart|The"_s, u"mayor Lower|SpaceBefore"_s,
                           u"spoke Lower|SpaceBefore"_s};
        QTest::newRow("an abbreviated title keeps its full stop")
            << u"with Rep. Jim Jordan "_s
            << QStringList{u"with Lower|SentStart"_s, u"Rep. Cap|SpaceBefore"_s,
                           u"Jim Cap|SpaceBefore"_s, u"Jordan Cap|SpaceBefore"_s};
        QTest::newRow("a middle initial keeps its full stop")
            << u"nominee Anna K. Berg "_s
            << QStringList{u"nominee Lower|SentStart"_s, u"Anna Cap|SpaceBefore"_s,
                           u"K. Cap|SpaceBefore"_s, u"Berg Cap|SpaceBefore"_s};
        QTest::newRow("a capital ending a sentence is no initial")
            << u"plan B. Then Ann "_s
            << QStringList{u"plan Lower|SentStart"_s, u"B Cap|SpaceBefore"_s,
                           u"Then Cap|StopBefore"_s, u"Ann Cap|SpaceBefore"_s};
        QTest::newRow("a possessive is marked, not a word")
            << u"the council's plan "_s
            << QStringList{u"the Lower|SentStart|The"_s,
                           u"council Lower|Possessive|SpaceBefore"_s,
                           u"plan Lower|SpaceBefore"_s};
        QTest::newRow("capitals, an acronym with stops and digits")
            << u"NASA and the U.S. in 2016, Smith "_s
            << QStringList{u"NASA Cap|AllCaps|SentStart"_s, u"and Lower|SpaceBefore"_s,
                           u"the Lower|SpaceBefore|The"_s, u"U.S. Cap|AllCaps|SpaceBefore"_s,
                           u"in Lower|SpaceBefore"_s, u"2016 Digits|SpaceBefore"_s,
                           u"Smith Cap|CommaBefore"_s};
        QTest::newRow("apostrophes inside a word keep it whole")
            << u"O'Brien didn't "_s
            << QStringList{u"O'Brien Cap|SentStart"_s, u"didn't Lower|SpaceBefore"_s};
        QTest::newRow("inside and after a quotation")
            << u"He said, \u201cWe will.\u201d Then "_s
            << QStringList{u"He Cap|SentStart"_s, u"said Lower|SpaceBefore"_s,
                           u"We Cap|SentStart|InQuote|CommaBefore|QuoteBefore"_s,
                           u"will Lower|InQuote|SpaceBefore"_s, u"Then Cap|StopBefore"_s};
        QTest::newRow("\"the\" and \"The\" are marked, not words that hold them")
            << u"The theme, then the THE Thea "_s
            << QStringList{u"The Cap|SentStart|The"_s, u"theme Lower|SpaceBefore"_s,
                           u"then Lower|CommaBefore"_s, u"the Lower|SpaceBefore|The"_s,
                           u"THE Cap|AllCaps|SpaceBefore"_s, u"Thea Cap|SpaceBefore"_s};
        QTest::newRow("long words (read eight letters at a time), letters beyond ASCII")
            << u"Kraftfahrzeughaftpflicht Straßenbahnhaltestelle Ελληνικά abcdefgh12345678X "_s
            << QStringList{u"Kraftfahrzeughaftpflicht Cap|SentStart"_s,
                           u"Straßenbahnhaltestelle Cap|SpaceBefore"_s,
                           u"Ελληνικά Cap|SpaceBefore"_s,
                           u"abcdefgh12345678X Lower|SpaceBefore"_s};
        QTest::newRow("a line break starts a sentence")
            << u"ended\nNew York "_s
            << QStringList{u"ended Lower|SentStart"_s, u"New Cap|SentStart|BreakBefore"_s,
                           u"York Cap|SpaceBefore"_s};
        QTest::newRow("parentheses around a word")
            << u"the agency (EPA) said "_s
            << QStringList{u"the Lower|SentStart|The"_s, u"agency Lower|SpaceBefore"_s,
                           u"EPA Cap|AllCaps|ParenBefore|ParenAfter"_s,
                           u"said Lower|BreakBefore"_s};
        QTest::newRow("a hyphen between two known names splits the word")
            << u"the Paris-Berlin line "_s
            << QStringList{u"the Lower|SentStart|The"_s, u"Paris Cap|SpaceBefore"_s,
                           u"Berlin Cap|BreakBefore|HyphenBefore"_s,
                           u"line Lower|SpaceBefore"_s};
        QTest::newRow("one office of two titles stays one word")
            << u"said Secretary-Treasurer Dana "_s
            << QStringList{u"said Lower|SentStart"_s, u"Secretary-Treasurer Cap|SpaceBefore|Hyphenated"_s,
                           u"Dana Cap|SpaceBefore"_s};
        QTest::newRow("a name and a participle of place or agent split at the hyphen")
            << u"the Omaha-based firm "_s
            << QStringList{u"the Lower|SentStart|The"_s, u"Omaha Cap|SpaceBefore"_s,
                           u"based Lower|HyphenBefore"_s, u"firm Lower|SpaceBefore"_s};
        QTest::newRow("any other lower-case second half keeps the word whole")
            << u"the Trump-style rally "_s
            << QStringList{u"the Lower|SentStart|The"_s,
                           u"Trump-style Cap|SpaceBefore|Hyphenated"_s,
                           u"rally Lower|SpaceBefore"_s};
        QTest::newRow("nothing but punctuation") << u"\u2014 \u2026 "_s << QStringList{};
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        Tokenizer tokenizer(text);
        std::vector<Token> tokens;
        tokenizer.run(0, text.size(), tokens);
        QStringList got;
        for (const Token &t : tokens)
            got.append(text.mid(t.start, t.end - t.start) + u' ' + flagNames(t.flags));
        QCOMPARE(got, expected);
    }

    void quotationCarriesAcrossChunks()
    {
        // the text is read a chunk at a time: a quotation opened in one is still open in the next
        const QString text = u"She said \u201cthe plan works and the town agrees\u201d later "_s;
        const qsizetype cut = text.indexOf(u"works"_s) + 6; // after "works "
        Tokenizer tokenizer(text);
        std::vector<Token> tokens;
        tokenizer.run(0, cut, tokens);
        tokenizer.run(cut, text.size(), tokens);
        QStringList inQuote;
        for (const Token &t : tokens) {
            if (t.flags & InQuote)
                inQuote.append(text.mid(t.start, t.end - t.start));
        }
        QCOMPARE(inQuote, (QStringList{u"the"_s, u"plan"_s, u"works"_s, u"and"_s, u"the"_s,
                                       u"town"_s, u"agrees"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_EntityTokenizer)
#include "tst_entitytokenizer.moc"
