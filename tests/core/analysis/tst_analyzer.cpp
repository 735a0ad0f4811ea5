#include "analysis/AnalysisJson.h"
#include "analysis/Analyzer.h"
#include "analysis/Analyzer_p.h"
#include "io/Loader.h"
#include "io/MarkdownReader.h"
#include "TestPaths.h"

#include <QFile>
#include <QTest>

#include <algorithm>

using namespace gloss;

namespace {

Article sample()
{
    QFile f(QStringLiteral(":/org.gloss/data/sample-article.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return Analyzer::analyze(Document(QString::fromUtf8(f.readAll()), QStringLiteral("sample")));
}

const Quote *quoteWith(const Article &a, const QString &fragment)
{
    for (const Quote &q : a.quotes) {
        if (a.textOf(q).startsWith(fragment))
            return &q;
    }
    return nullptr;
}

} // namespace

class tst_Analyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleSpeakers_data();
    void sampleSpeakers();
    void sampleKinds();
    void newsStyles_data();
    void newsStyles();
    void idsInOrder();
    void robustInputs_data();
    void robustInputs();
    void codeIsNotProse_data();
    void codeIsNotProse();
    void analysisLimit_data();
    void analysisLimit();
    void unknownNames_data();
    void unknownNames();
    void liveBlogStamps();
    void transcripts_data();
    void transcripts();
};

void tst_Analyzer::sampleSpeakers_data()
{
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("speaker"); // a word of the speaker's name; empty for none

    QTest::newRow("said X after the quote") << QStringLiteral("We are not going to hand")
                                            << QStringLiteral("Pritchard");
    QTest::newRow("continuation") << QStringLiteral("People have lived and worked")
                                  << QStringLiteral("Pritchard");
    QTest::newRow("he said") << QStringLiteral("A wall is a promise") << QStringLiteral("Okafor");
    QTest::newRow("he said, next sentence") << QStringLiteral("If you build it")
                                            << QStringLiteral("Okafor");
    QTest::newRow("the association said") << QStringLiteral("Rebuilding is welcome")
                                          << QStringLiteral("Insurers");
    QTest::newRow("a spokesperson for the government") << QStringLiteral("continues to work")
                                                       << QStringLiteral("Government");
    QTest::newRow("fragment in reported speech") << QStringLiteral("sold a wall")
                                                 << QStringLiteral("Lewis");
    QTest::newRow("outer of a nested quote") << QStringLiteral("When I knocked on doors")
                                             << QStringLiteral("Lewis");
    QTest::newRow("nested, unnamed speaker") << QStringLiteral("I don't want a taller")
                                             << QString();
    QTest::newRow("she said") << QStringLiteral("Managed retreat sounds tidy")
                              << QStringLiteral("Pritchard");
    QTest::newRow("multi-paragraph continuation") << QStringLiteral("It is a lot less tidy")
                                                  << QStringLiteral("Pritchard");
    QTest::newRow("Mr X said") << QStringLiteral("The slipway is the heart")
                               << QStringLiteral("Evans");
    QTest::newRow("he said, late") << QStringLiteral("Nobody is saying the sea")
                                   << QStringLiteral("Okafor");
    QTest::newRow("they call: scare, nobody") << QStringLiteral("quick fix") << QString();
}

void tst_Analyzer::sampleSpeakers()
{
    QFETCH(QString, fragment);
    QFETCH(QString, speaker);
    const Article a = sample();
    const Quote *q = quoteWith(a, fragment);
    QVERIFY2(q, qPrintable(fragment));
    const Entity *e = a.speakerOf(*q);
    if (speaker.isEmpty()) {
        QVERIFY2(!e, qPrintable(e ? e->name : QString()));
        return;
    }
    QVERIFY2(e, qPrintable(fragment));
    QVERIFY2(e->name.contains(speaker) || e->aliases.join(u' ').contains(speaker),
             qPrintable(e->name));
}

/*
 * Articles written for the tests (tests/data/articles), in the styles of wire services,
 * British and American papers, science and sports pages: every direct quote's speaker. A few
 * are known misses (the reason is given): null is taken over a wrong speaker there.
 */
void tst_Analyzer::newsStyles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QString>("speaker"); // a part of the speaker's name or alias
    QTest::addColumn<QString>("knownMiss"); // why it is missed; empty when it must be found

    QTest::newRow("rail: We are not going to sit")
        << QStringLiteral("rail.txt") << QStringLiteral("We are not going to sit")
        << QStringLiteral("Delaney") << QString();
    QTest::newRow("rail: The network has to be")
        << QStringLiteral("rail.txt") << QStringLiteral("The network has to be")
        << QStringLiteral("Delaney") << QString();
    QTest::newRow("rail: deeper than feared")
        << QStringLiteral("rail.txt") << QStringLiteral("deeper than feared")
        << QStringLiteral("Morgan Stanley") << QString();
    QTest::newRow("rail: These are the same workers")
        << QStringLiteral("rail.txt") << QStringLiteral("These are the same workers")
        << QStringLiteral("Ruiz") << QString();
    QTest::newRow("rail: reviewing service levels")
        << QStringLiteral("rail.txt") << QStringLiteral("reviewing service levels")
        << QStringLiteral("Surface Transportation Board") << QString();
    QTest::newRow("rail: Everything is on the table")
        << QStringLiteral("rail.txt") << QStringLiteral("Everything is on the table")
        << QStringLiteral("Delaney") << QString();
    QTest::newRow("council: unavoidable")
        << QStringLiteral("council.txt") << QStringLiteral("unavoidable")
        << QStringLiteral("Marsh") << QString();
    QTest::newRow("council: very real pressure")
        << QStringLiteral("council.txt") << QStringLiteral("very real pressure")
        << QStringLiteral("Marsh") << QString();
    QTest::newRow("council: I am not going to pretend")
        << QStringLiteral("council.txt") << QStringLiteral("I am not going to pretend")
        << QStringLiteral("Marsh") << QString();
    QTest::newRow("council: Councils have been saying")
        << QStringLiteral("council.txt") << QStringLiteral("Councils have been saying")
        << QStringLiteral("Oduya") << QString();
    QTest::newRow("council: Ministers have finally")
        << QStringLiteral("council.txt") << QStringLiteral("Ministers have finally")
        << QStringLiteral("Oduya") << QString();
    QTest::newRow("council: passing the buck")
        << QStringLiteral("council.txt") << QStringLiteral("passing the buck")
        << QStringLiteral("Hale") << QString();
    QTest::newRow("council: Families in Kent")
        << QStringLiteral("council.txt") << QStringLiteral("Families in Kent")
        << QStringLiteral("Hale") << QString();
    QTest::newRow("council: a fair settlement")
        << QStringLiteral("council.txt") << QStringLiteral("a fair settlement")
        << QStringLiteral("Treasury") << QString();
    QTest::newRow("council: Nobody wants to see")
        << QStringLiteral("council.txt") << QStringLiteral("Nobody wants to see")
        << QStringLiteral("Marsh") << QString();
    QTest::newRow("chips: We build when customers")
        << QStringLiteral("chips.txt") << QStringLiteral("We build when customers")
        << QStringLiteral("Vogt") << QString();
    QTest::newRow("chips: The cycle has turned")
        << QStringLiteral("chips.txt") << QStringLiteral("The cycle has turned")
        << QStringLiteral("Natarajan") << QString();
    QTest::newRow("chips: Everyone is sitting")
        << QStringLiteral("chips.txt") << QStringLiteral("Everyone is sitting")
        << QStringLiteral("Natarajan") << QString();
    QTest::newRow("chips: in close contact")
        << QStringLiteral("chips.txt") << QStringLiteral("in close contact")
        << QStringLiteral("Commerce Department") << QString();
    QTest::newRow("chips: on schedule")
        << QStringLiteral("chips.txt") << QStringLiteral("on schedule")
        << QStringLiteral("Vogt") << QString();
    QTest::newRow("festival: taught a generation")
        << QStringLiteral("festival.txt") << QStringLiteral("taught a generation")
        << QStringLiteral("Costa") << QString();
    QTest::newRow("festival: He used to say")
        << QStringLiteral("festival.txt") << QStringLiteral("He used to say")
        << QStringLiteral("Brenner") << QString();
    QTest::newRow("festival: the camera should never")
        << QStringLiteral("festival.txt") << QStringLiteral("the camera should never")
        << QStringLiteral("Matos") << QStringLiteral("a pronoun inside the enclosing quote");
    QTest::newRow("festival: People called me mad")
        << QStringLiteral("festival.txt") << QStringLiteral("People called me mad")
        << QStringLiteral("Brenner") << QString();
    QTest::newRow("festival: I have never regretted")
        << QStringLiteral("festival.txt") << QStringLiteral("I have never regretted")
        << QStringLiteral("Brenner") << QString();
    QTest::newRow("festival: a serene farewell")
        << QStringLiteral("festival.txt") << QStringLiteral("a serene farewell")
        << QStringLiteral("Variety") << QString();
    QTest::newRow("festival: Cinema is part of")
        << QStringLiteral("festival.txt") << QStringLiteral("Cinema is part of")
        << QStringLiteral("Santos") << QString();
    QTest::newRow("bank: stay vigilant")
        << QStringLiteral("bank.txt") << QStringLiteral("stay vigilant")
        << QStringLiteral("Kiprono") << QString();
    QTest::newRow("bank: We are seeing the first")
        << QStringLiteral("bank.txt") << QStringLiteral("We are seeing the first")
        << QStringLiteral("Kiprono") << QString();
    QTest::newRow("bank: prudently") << QStringLiteral("bank.txt") << QStringLiteral("prudently")
        << QStringLiteral("IMF") << QString();
    QTest::newRow("bank: Businesses cannot borrow")
        << QStringLiteral("bank.txt") << QStringLiteral("Businesses cannot borrow")
        << QStringLiteral("Mwangi") << QString();
    QTest::newRow("bank: before the middle")
        << QStringLiteral("bank.txt") << QStringLiteral("before the middle")
        << QStringLiteral("Otieno") << QString();
    QTest::newRow("senate: the most serious investment")
        << QStringLiteral("senate.txt") << QStringLiteral("the most serious investment")
        << QStringLiteral("Mendez") << QString();
    QTest::newRow("senate: We can't keep asking")
        << QStringLiteral("senate.txt") << QStringLiteral("We can't keep asking")
        << QStringLiteral("Mendez") << QString();
    QTest::newRow("senate: Washington does not know")
        << QStringLiteral("senate.txt") << QStringLiteral("Washington does not know")
        << QStringLiteral("Whitaker") << QString();
    QTest::newRow("senate: if it reaches his desk")
        << QStringLiteral("senate.txt") << QStringLiteral("if it reaches his desk")
        << QStringLiteral("Liu") << QString();
    QTest::newRow("senate: falls short")
        << QStringLiteral("senate.txt") << QStringLiteral("falls short")
        << QStringLiteral("Sierra Club") << QString();
    QTest::newRow("study: Our body clocks")
        << QStringLiteral("study.txt") << QStringLiteral("Our body clocks")
        << QStringLiteral("Clarke") << QString();
    QTest::newRow("study: Shift work is not")
        << QStringLiteral("study.txt") << QStringLiteral("Shift work is not")
        << QStringLiteral("Clarke") << QString();
    QTest::newRow("study: a wake-up call")
        << QStringLiteral("study.txt") << QStringLiteral("a wake-up call")
        << QStringLiteral("Royal College of Nursing") << QString();
    QTest::newRow("study: punishing rotas")
        << QStringLiteral("study.txt") << QStringLiteral("punishing rotas")
        << QStringLiteral("Evans") << QString();
    QTest::newRow("study: People who take night jobs")
        << QStringLiteral("study.txt") << QStringLiteral("People who take night jobs")
        << QStringLiteral("Price") << QString();
    QTest::newRow("match: I told myself")
        << QStringLiteral("match.txt") << QStringLiteral("I told myself")
        << QStringLiteral("Baptiste") << QString();
    QTest::newRow("match: The lads carried me")
        << QStringLiteral("match.txt") << QStringLiteral("The lads carried me")
        << QStringLiteral("Baptiste") << QString();
    QTest::newRow("match: It was never a foul")
        << QStringLiteral("match.txt") << QStringLiteral("It was never a foul")
        << QStringLiteral("Novak") << QString();
    QTest::newRow("match: We were second best")
        << QStringLiteral("match.txt") << QStringLiteral("We were second best")
        << QStringLiteral("Holt") << QString();
    // a transcript: each turn's label is its speaker, in capitals or not, full name or surname
    QTest::newRow("interview: full name in capitals")
        << QStringLiteral("interview.txt") << QStringLiteral("Minister, islanders say")
        << QStringLiteral("Daniel Okoro") << QString();
    QTest::newRow("interview: a surname that is a place")
        << QStringLiteral("interview.txt") << QStringLiteral("They are not wrong")
        << QStringLiteral("Ruth Holland") << QString();
    QTest::newRow("interview: surname only")
        << QStringLiteral("interview.txt") << QStringLiteral("Will you reverse")
        << QStringLiteral("Daniel Okoro") << QString();
    QTest::newRow("interview: a quote inside a turn")
        << QStringLiteral("interview.txt") << QStringLiteral("a decision taken by people")
        << QStringLiteral("Alan Baird") << QString();
    QTest::newRow("interview: after the transcript")
        << QStringLiteral("interview.txt") << QStringLiteral("Islanders do not need")
        << QStringLiteral("Callum Reid") << QString();
}

void tst_Analyzer::newsStyles()
{
    QFETCH(QString, file);
    QFETCH(QString, fragment);
    QFETCH(QString, speaker);
    QFETCH(QString, knownMiss);
    const Loader::Result loaded
        = Loader::loadFile(gloss::test::dataPath(QStringLiteral("articles/") + file));
    QVERIFY(loaded.ok());
    const Article a = Analyzer::analyze(*loaded.document);
    const Quote *q = quoteWith(a, fragment);
    QVERIFY2(q, qPrintable(fragment));
    const Entity *e = a.speakerOf(*q);
    // never a wrong speaker, known miss or not
    if (e)
        QVERIFY2(e->name.contains(speaker) || e->aliases.join(u' ').contains(speaker),
                 qPrintable(e->name));
    if (!knownMiss.isEmpty())
        QEXPECT_FAIL("", qPrintable(knownMiss), Continue);
    QVERIFY2(e, qPrintable(fragment));
}

void tst_Analyzer::sampleKinds()
{
    const Article a = sample();
    const Quote *scare = quoteWith(a, QStringLiteral("quick fix"));
    QVERIFY(scare);
    QCOMPARE(scare->kind, QuoteKind::Scare);
    const Quote *nested = quoteWith(a, QStringLiteral("I don't want a taller"));
    QVERIFY(nested);
    QVERIFY(nested->parent >= 0);
    QVERIFY(a.textOf(a.quotes[nested->parent]).contains(QStringLiteral("When I knocked")));
    const Quote *multi = quoteWith(a, QStringLiteral("It is a lot less tidy"));
    QVERIFY(multi);
    QVERIFY(a.textOf(multi->span).contains(QStringLiteral("We listened to the engineers")));
    QVERIFY(!a.textOf(*multi).contains(QStringLiteral("We listened")));
}

void tst_Analyzer::idsInOrder()
{
    const Article a = sample();
    QVERIFY(!a.quotes.isEmpty());
    QVERIFY(!a.claims.isEmpty());
    for (qsizetype i = 0; i < a.quotes.size(); ++i) {
        QCOMPARE(a.quotes[i].id, QStringLiteral("Q%1").arg(i + 1));
        if (i > 0)
            QVERIFY(a.quotes[i - 1].span.start < a.quotes[i].span.start);
    }
    for (qsizetype i = 0; i < a.claims.size(); ++i)
        QCOMPARE(a.claims[i].id, QStringLiteral("C%1").arg(i + 1));
    qsizetype lastFirst = -1;
    for (qsizetype i = 0; i < a.entities.size(); ++i) {
        QCOMPARE(a.entities[i].id, QStringLiteral("E%1").arg(i + 1));
        QVERIFY(!a.entities[i].mentions.isEmpty());
        QVERIFY(a.entities[i].mentions.first().start >= lastFirst);
        lastFirst = a.entities[i].mentions.first().start;
    }
}

void tst_Analyzer::robustInputs_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("only quote marks") << QString(5000, u'"') + QString(5000, u'\u2019');
    QTest::newRow("one long line") << QStringLiteral("\u201Cword \u2018x said ").repeated(20000);
    QTest::newRow("cjk and rtl") << QStringLiteral("\u300C\u4F60\u597D\u300D \u05E9\u05DC\u05D5\u05DD \"\u0645\u0631\u062D\u0628\u0627\"");
}

void tst_Analyzer::robustInputs()
{
    QFETCH(QString, text);
    const Article a = Analyzer::analyze(Document(text, QStringLiteral("x")));
    for (const Quote &q : a.quotes) {
        QVERIFY(q.span.start >= 0 && q.span.end <= text.size());
        QVERIFY(q.speaker < a.entities.size());
    }
    QVERIFY(!AnalysisJson::toBytes(a).isEmpty());
}

void tst_Analyzer::codeIsNotProse_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("backtick fence") << QStringLiteral("```\nlog(\"It works,\" said Nobody.)\n"
                                                      "Walter Mondale met Reuters in Paris.\n```");
    QTest::newRow("tilde fence") << QStringLiteral("~~~ python\nlog(\"It works,\" said Nobody.)"
                                                   "\nWalter Mondale met Reuters in Paris.\n~~~");
    QTest::newRow("indented") << QStringLiteral("    log(\"It works,\" said Nobody.)\n"
                                                "    Walter Mondale met Reuters in Paris.");
}

// A Markdown code block keeps its text, but no quote, entity or claim comes from it; the prose
// around it is analysed as before, at the same offsets.
void tst_Analyzer::codeIsNotProse()
{
    QFETCH(QString, code);
    const QString prose = QStringLiteral("\u201CThe bridge opens in May,\u201D said Alys "
                                         "Pritchard, the council leader.");
    const QString markdown = QStringLiteral("# Bridge\n\n") + code + QStringLiteral("\n\n")
                             + prose + QStringLiteral("\n");
    const Document doc = MarkdownReader::toDocument(markdown, QStringLiteral("a.md"));
    QVERIFY(doc.text().contains(QStringLiteral("said Nobody")));
    const Article a = Analyzer::analyze(doc);
    QCOMPARE(a.document.text(), doc.text()); // the code is still there
    Span codeSpan;
    for (const Document::Block &b : doc.blocks) {
        if (b.kind == Document::Block::Code)
            codeSpan = {b.start, b.end};
    }
    QVERIFY(!codeSpan.isEmpty());
    for (const Quote &q : a.quotes)
        QVERIFY2(!codeSpan.contains(q.span.start), qPrintable(a.textOf(q)));
    QCOMPARE(a.quotes.size(), 1);
    QCOMPARE(a.textOf(a.quotes.first()), QStringLiteral("The bridge opens in May,"));
    QVERIFY(a.quotes.first().speaker >= 0);
    QCOMPARE(a.entities.at(a.quotes.first().speaker).name, QStringLiteral("Alys Pritchard"));
    for (const Entity &e : a.entities) {
        QVERIFY2(e.name != u"Nobody" && !e.name.contains(u"Mondale") && e.name != u"Reuters"
                     && e.name != u"Paris",
                 qPrintable(e.name));
        for (const Span &m : e.mentions)
            QVERIFY2(!codeSpan.contains(m.start), qPrintable(e.name));
    }
    for (const Claim &c : a.claims)
        QVERIFY(!codeSpan.contains(c.span.start));
    // the code is still a paragraph of the article (paragraph numbers do not shift)
    QVERIFY(std::any_of(a.paragraphs.cbegin(), a.paragraphs.cend(),
                        [&](const Paragraph &p) { return p.span.contains(codeSpan.start); }));
}

namespace {

/** Four paragraphs, each with a named speaker, a quote and reported speech. */
QString limitArticle()
{
    return QStringLiteral(
        "Mayor Jane Holloway said the bridge would reopen in May. \u201CWe are ready,\u201D "
        "Holloway said.\n\n"
        "The Harbour Trust warned that the repairs could cost more. \u201CThe money is not "
        "there,\u201D said Tom Reyes, a spokesman for the trust.\n\n"
        "Governor Alan Pike said the state would pay for the railings. \u201CWe will cover our "
        "share,\u201D Pike told reporters.\n\n"
        "Officials at the Ministry of Transport believe the work will finish early. \u201CIt is "
        "on track,\u201D said Maria Lund.\n");
}

} // namespace

void tst_Analyzer::analysisLimit_data()
{
    // the limit, as an offset: where it falls in the text; and how many paragraphs are analysed
    QTest::addColumn<QString>("limitAfter"); // the limit falls just after these words
    QTest::addColumn<int>("paragraphs");
    QTest::newRow("limit inside the third paragraph") << QStringLiteral("Governor Alan") << 2;
    QTest::newRow("limit at the end of the second paragraph")
        << QStringLiteral("for the trust.") << 2;
    QTest::newRow("limit just before the end of the second paragraph")
        << QStringLiteral("for the trust") << 1;
    QTest::newRow("limit inside the last paragraph") << QStringLiteral("Officials at the") << 3;
    QTest::newRow("limit inside the first paragraph") << QStringLiteral("Mayor Jane") << 0;
}

// A text just over the analysis limit: every stage (quotes, entities, attribution, claims) stops
// at the end of the last paragraph before the limit, nothing past it is reported, and the
// warning says exactly how much was analysed.
void tst_Analyzer::analysisLimit()
{
    QFETCH(QString, limitAfter);
    QFETCH(int, paragraphs);
    const QString text = limitArticle();
    const Document doc(text, QStringLiteral("limit.txt"));
    const qsizetype at = text.indexOf(limitAfter);
    QVERIFY(at >= 0);
    detail::AnalyzerOptions options;
    options.maxAnalysedLength = at + limitAfter.size();

    const Article whole = Analyzer::analyze(doc);
    QVERIFY(!whole.limited);
    QCOMPARE(whole.paragraphs.size(), 4);
    QCOMPARE(whole.quotes.size(), 4);
    const Article a = detail::analyze(doc, options);
    QVERIFY(a.limited);
    // all of the text and its structure are still there
    QCOMPARE(a.document.text(), text);
    QCOMPARE(a.paragraphs.size(), whole.paragraphs.size());
    QCOMPARE(a.sentences.size(), whole.sentences.size());

    const qsizetype end = paragraphs == 0 ? 0 : whole.paragraphs[paragraphs - 1].span.end;
    QCOMPARE(a.analysedLength, end);
    QCOMPARE(whole.analysedLength, text.size());
    const auto past = [end](const Span &s) { return !s.isEmpty() && s.end > end; };
    for (const Quote &q : a.quotes) {
        QVERIFY2(!past(q.span) && !past(q.cueSpan) && !past(q.speakerMention),
                 qPrintable(a.textOf(q)));
    }
    for (const Entity &e : a.entities) {
        for (const Span &m : e.mentions)
            QVERIFY2(!past(m), qPrintable(e.name));
    }
    for (const Claim &c : a.claims) {
        QVERIFY2(!past(c.span) && !past(c.cueSpan) && !past(c.sourceMention),
                 qPrintable(a.textOf(c)));
    }
    // what is before the limit is analysed as in the whole text
    const auto before = [end](const Article &art) {
        QStringList out;
        for (const Quote &q : art.quotes) {
            if (q.span.end <= end)
                out.append(art.textOf(q));
        }
        return out;
    };
    QCOMPARE(before(a), before(whole));
    QCOMPARE(a.quotes.size(), paragraphs);
    const auto names = [](const Article &art) {
        QStringList out;
        for (const Entity &e : art.entities)
            out.append(e.name);
        return out;
    };
    QCOMPARE(names(a).contains(QStringLiteral("Alan Pike")), paragraphs >= 3);
    QCOMPARE(names(a).contains(QStringLiteral("Maria Lund")), false);
    QCOMPARE(names(whole).contains(QStringLiteral("Maria Lund")), true);
    QCOMPARE(names(whole).contains(QStringLiteral("Alan Pike")), true);

    // the warning gives what was analysed: characters (code points) and paragraphs
    QCOMPARE(a.warnings.size(), 1);
    const QString warning = a.warnings.first();
    QVERIFY2(warning.contains(QStringLiteral("first %1 of %2 characters")
                                  .arg(end)
                                  .arg(text.size())),
             qPrintable(warning));
    QVERIFY2(warning.contains(QStringLiteral("(%1 of 4 paragraphs)").arg(paragraphs)),
             qPrintable(warning));
}


void tst_Analyzer::unknownNames_data()
{
    // a name the recognizer missed, found next to a quote: only words that can be a person's
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment"); // the quote's first words
    QTest::addColumn<QString>("speaker"); // the speaker's name; empty: nobody's
    QTest::addColumn<QString>("notEntity"); // no entity has this name
    const QString intro = QStringLiteral("Around the harbour.\n\n");
    QTest::newRow("a title-cased run-in heading")
        << intro + QStringLiteral("Veto Power Blocks Peace Talks: Ending \"the scourge of "
                                  "war\" is one of the first goals of the assembly.")
        << QStringLiteral("the scourge") << QString()
        << QStringLiteral("Veto Power Blocks Peace Talks");
    QTest::newRow("an upper-case run-in heading")
        << intro + QStringLiteral("CITY HAS SUED HIM \u2014 His advice drew the attention of "
                                  "the city, where he claimed that a tea was a \"miracle cure "
                                  "for every body type.\"")
        << QStringLiteral("miracle cure") << QString() << QStringLiteral("CITY HAS SUED HIM");
    QTest::newRow("a rubric in capitals on a line of its own")
        << QStringLiteral("Harbour wall holds\n\nCarl Brandt opened the wall.\n\nFULL TEXT.\n\n"
                          "He said \"the wall will hold all winter.\"")
        << QStringLiteral("the wall will hold") << QStringLiteral("Carl Brandt")
        << QStringLiteral("FULL TEXT");
    QTest::newRow("a heading in capitals before a quote")
        << intro + QStringLiteral("HOW THE HARBOUR WALL HELD \u201CIt was a close call for "
                                  "everyone in the town,\u201D the engineer wrote.")
        << QStringLiteral("It was a close call") << QStringLiteral("Engineer")
        << QStringLiteral("HOW THE HARBOUR WALL HELD");
    QTest::newRow("a name after a title")
        << intro + QStringLiteral("Former Harbour Board Senior Adviser Tomas Kerrigan said that "
                                  "he had \"no idea\" if he would have warned the board.")
        << QStringLiteral("no idea") << QStringLiteral("Tomas Kerrigan")
        << QStringLiteral("Harbour Board Senior Adviser Tomas Kerrigan");
    QTest::newRow("a name after a hyphenated title")
        << intro + QStringLiteral("\"We had a big issue with the trade part of the plan,\" "
                                  "said Harbour Workers Secretary-Treasurer Dana Kowalczyk.")
        << QStringLiteral("We had a big issue") << QStringLiteral("Dana Kowalczyk")
        << QStringLiteral("Harbour Workers Secretary-Treasurer Dana Kowalczyk");
    QTest::newRow("a party tag after a name is no name: the quote is the name's")
        << intro + QStringLiteral("Senate Minority Leader Tom Reed (D-Nev.), in particular, has "
                                  "been steadily pounding Ann Varga as a \u201Ccon "
                                  "artist\u201D \u2015 just as he did in 2012.")
        << QStringLiteral("con artist") << QStringLiteral("Tom Reed") << QStringLiteral("D-Nev");
    QTest::newRow("a department before a law's name is no title")
        << intro + QStringLiteral("A spokeswoman for the Harbour Committee sent the text of "
                                  "the Harbour Defense Authorization Act, arguing, \"the law "
                                  "says nothing of the kind.\"")
        << QStringLiteral("the law says") << QStringLiteral("Harbour Committee")
        << QStringLiteral("Authorization Act");
}

void tst_Analyzer::unknownNames()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    QFETCH(QString, speaker);
    QFETCH(QString, notEntity);
    const Article a = Analyzer::analyze(Document(text, QStringLiteral("names")));
    const Quote *q = quoteWith(a, fragment);
    QVERIFY2(q, qPrintable(fragment));
    const Entity *e = a.speakerOf(*q);
    QCOMPARE(e ? e->name : QString(), speaker);
    for (const Entity &other : a.entities)
        QVERIFY2(other.name != notEntity, qPrintable(other.name));
}

// A live blog's time stamps before a dash are no part of a source's description: "12:00pm —
// Police repeat …" is the police's statement, and no entity is named "12:00pm — Police".
void tst_Analyzer::liveBlogStamps()
{
    const Article a = Analyzer::analyze(Document(
        QStringLiteral("Shooting\n\n12:00pm \u2014 Police repeat the suspect\u2019s name, "
                       "Carl Brandt, several times.\n\n12:20pm \u2014 The police say the "
                       "road is open again.\n"),
        QStringLiteral("blog")));
    QVERIFY(!a.entities.isEmpty());
    for (const Entity &e : a.entities)
        QVERIFY2(!e.name.contains(u'\u2014') && !e.name.contains(u':'), qPrintable(e.name));
    const auto police = std::find_if(a.claims.cbegin(), a.claims.cend(), [&](const Claim &c) {
        return a.textOf(c).startsWith(u"the road");
    });
    QVERIFY(police != a.claims.cend());
    QVERIFY(police->source >= 0);
    QCOMPARE(a.entities.at(police->source).name, QStringLiteral("Police"));
}

void tst_Analyzer::transcripts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment"); // the start of a turn's words
    QTest::addColumn<QString>("speaker");  // the speaker's name; empty: no quote there

    const QString intro = QStringLiteral("Harbour vote\n\nThe council met on Monday.\n\n");
    QTest::newRow("an unknown label is a person of that name")
        << intro + QStringLiteral("MODERATOR: Who speaks first?\n\nVANCE: I will, and briefly."
                                  "\n\nMODERATOR: Go ahead.\n")
        << QStringLiteral("Who speaks first") << QStringLiteral("MODERATOR");
    QTest::newRow("a place's name as a label is a person")
        << intro + QStringLiteral("HOLLAND: The wall will hold this winter.\n\nVANCE: And the "
                                  "next one?\n\nHOLLAND: We will see.\n")
        << QStringLiteral("The wall will hold") << QStringLiteral("HOLLAND");
    QTest::newRow("of two people of a surname, the one named most")
        << QStringLiteral("Harbour vote\n\nMaria Quill spoke after her brother Tomas Quill had "
                          "left. Maria Quill chairs the council; Maria Quill has for a decade."
                          "\n\nQUILL: We voted for the wall.\n\nVANCE: Why now?\n\nQUILL: "
                          "Because the sea will not wait.\n")
        << QStringLiteral("We voted for the wall") << QStringLiteral("Maria Quill");
    QTest::newRow("capitalised labels")
        << intro + QStringLiteral("Jane Holt: The budget is tight.\n\nTom Marsh: How tight?"
                                  "\n\nJane Holt: Tighter than last year.\n")
        << QStringLiteral("How tight") << QStringLiteral("Tom Marsh");
    const QString interview = QStringLiteral(
        "Harbour chief: the wall will hold\n\nMaria Quill has run the harbour board for a "
        "decade. Quill, who took over after the storm, spoke to us about the new wall. Her "
        "deputy, Tom Reyes, joined us.\n\nQ: Will the wall hold this winter?\n\nA: It will. We "
        "tested it in October, and \"it passed every test,\" as Tom Reyes put it.\n\nQ: And "
        "if it does not?\n\nA: Then we will raise it again.\n");
    QTest::newRow("an interview's answer is the person the introduction names most")
        << interview << QStringLiteral("It will. We tested") << QStringLiteral("Maria Quill");
    QTest::newRow("an interview's later answer")
        << interview << QStringLiteral("Then we will raise") << QStringLiteral("Maria Quill");
    QTest::newRow("an interview's question is nobody's quote")
        << interview << QStringLiteral("Will the wall hold") << QString();
    QTest::newRow("editorial labels are nobody's turns")
        << intro + QStringLiteral("UPDATE: The vote was delayed.\n\nCORRECTION: The meeting "
                                  "was on Monday.\n\nUPDATE: The vote was held.\n")
        << QStringLiteral("The vote was delayed") << QString();
    QTest::newRow("two turns are no exchange")
        << intro + QStringLiteral("VANCE: We will build it.\n\nHOLT: We will not.\n")
        << QStringLiteral("We will build it") << QString();
}

void tst_Analyzer::transcripts()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);
    QFETCH(QString, speaker);
    const Article a = Analyzer::analyze(Document(text, QStringLiteral("transcript")));
    const Quote *q = quoteWith(a, fragment);
    if (speaker.isEmpty()) {
        QVERIFY2(!q, qPrintable(fragment));
        return;
    }
    QVERIFY2(q, qPrintable(fragment));
    const Entity *e = a.speakerOf(*q);
    QVERIFY(e);
    QCOMPARE(e->name, speaker);
    QCOMPARE(e->type, EntityType::Person);
    // the label is the speaker's mention, the colon the cue; no other entity claims the label
    QVERIFY(e->mentions.contains(q->speakerMention));
    QCOMPARE(a.textOf(q->cueSpan), QStringLiteral(":"));
    if (a.textOf(q->speakerMention) == u"A") // no alias "A" for the person interviewed
        QVERIFY(!e->aliases.contains(QStringLiteral("A")));
    for (const Entity &other : a.entities) {
        if (&other != e) {
            for (const Span &m : other.mentions)
                QVERIFY2(!m.overlaps(q->speakerMention), qPrintable(other.name));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Analyzer)
#include "tst_analyzer.moc"
