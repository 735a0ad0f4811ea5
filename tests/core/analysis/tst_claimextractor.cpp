#include "analysis/Analyzer.h"
#include "analysis/quotes/Attributor.h"
#include "analysis/quotes/ClaimExtractor.h"

#include <QTest>

using namespace gloss;

namespace {

const Claim *claimWith(const Article &a, const QString &fragment)
{
    for (const Claim &c : a.claims) {
        if (a.textOf(c).contains(fragment))
            return &c;
    }
    return nullptr;
}

} // namespace

class tst_ClaimExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kinds_data();
    void kinds();
    void statementsOfOneSentence();
    void statementBesideQuote_data();
    void statementBesideQuote();
    void pronounSourceKeepsItsWords();
    void hedgedWordsBeforeAStatement();
    void quoteClaimCarriesSpeaker();
    void quoteClaimTakesItsStatementsSource();
    void continuingQuotes_data();
    void headlineSource_data();
    void headlineSource();
    void headlineVerb_data();
    void headlineVerb();
    void continuingQuotes();
    void textReadsOnItsOwn();
    void sentencesGivenOrNot_data();
    void sentencesGivenOrNot();
};

void tst_ClaimExtractor::kinds_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("kind"); // empty: no claim
    QTest::addColumn<QString>("text"); // the claim's text; empty: the whole sentence

    QTest::newRow("direct quote")
        << QStringLiteral("\"We will rebuild the wall,\" Ann Varga said.")
        << QStringLiteral("quote") << QString();
    QTest::newRow("reported speech: the content after the cue")
        << QStringLiteral("Ann Varga said that the council would meet again soon.")
        << QStringLiteral("reported") << QStringLiteral("the council would meet again soon");
    QTest::newRow("reported speech closing the sentence: the content before")
        << QStringLiteral("The council would meet again soon, Ann Varga said.")
        << QStringLiteral("reported") << QStringLiteral("The council would meet again soon");
    QTest::newRow("according to")
        << QStringLiteral("According to Ann Varga, the council would meet again soon.")
        << QStringLiteral("reported") << QStringLiteral("the council would meet again soon");
    QTest::newRow("according to a long source closing the sentence: the content before")
        << QStringLiteral("The council would meet again soon, according to early results of "
                          "a survey carried out for the harbour authority.")
        << QStringLiteral("reported") << QStringLiteral("The council would meet again soon");
    QTest::newRow("reportedly") << QStringLiteral("The mayor reportedly plans to resign soon.")
                                << QStringLiteral("hedged") << QString();
    QTest::newRow("is likely to") << QStringLiteral("The bridge is likely to close next winter.")
                                  << QStringLiteral("hedged") << QString();
    QTest::newRow("observers say: reported speech of a generic source")
        << QStringLiteral("Observers say the challenge will delay the start of work.")
        << QStringLiteral("reported")
        << QStringLiteral("the challenge will delay the start of work");
    QTest::newRow("hedged reported speech is reported")
        << QStringLiteral("Ann Varga said the ruling could delay the work for months.")
        << QStringLiteral("reported")
        << QStringLiteral("the ruling could delay the work for months");
    QTest::newRow("could") << QStringLiteral("The ruling could delay the work for months.")
                           << QStringLiteral("hedged") << QString();
    QTest::newRow("is expected to")
        << QStringLiteral("The government is expected to pay half of the bill.")
        << QStringLiteral("hedged") << QString();
    QTest::newRow("money") << QStringLiteral("The scheme will cost \u00A348 million in all.")
                           << QStringLiteral("factual") << QString();
    QTest::newRow("percentage") << QStringLiteral("Premiums have risen by 23% since the storm.")
                                << QStringLiteral("factual") << QString();
    QTest::newRow("a per cent sign alone, far into the sentence")
        << QStringLiteral("Turnout rose by a few % points in the northern wards.")
        << QStringLiteral("factual") << QString();
    QTest::newRow("a figure in the digits of another script")
        << QStringLiteral("The ferry carried \u0663 crews across the bay that night.")
        << QStringLiteral("factual") << QString();
    QTest::newRow("no figure, no strong word: no claim")
        << QStringLiteral("The ferry carried the crews across the bay that night.") << QString()
        << QString();
    QTest::newRow("date and figure")
        << QStringLiteral("Work will finish by the end of 2028 at the latest.")
        << QStringLiteral("factual") << QString();
    QTest::newRow("comparison")
        << QStringLiteral("The new wall is more than twice as high as the old one.")
        << QStringLiteral("factual") << QString();
    QTest::newRow("a study found that: a cue learned before 'that'")
        << QStringLiteral("The survey found that most ferries ran late in the winter.")
        << QStringLiteral("reported") << QStringLiteral("most ferries ran late in the winter");
    QTest::newRow("hopes that: an intention")
        << QStringLiteral("Ann Varga hopes that the council will meet again soon.")
        << QStringLiteral("reported") << QStringLiteral("the council will meet again soon");
    QTest::newRow("pledged to: an intention learned before 'to'")
        << QStringLiteral("Ann Varga pledged to rebuild the harbour wall before the winter.")
        << QStringLiteral("reported")
        << QStringLiteral("to rebuild the harbour wall before the winter");
    QTest::newRow("said X, a description: the content before the cue")
        << QStringLiteral("The harbour wall will hold through the winter, said Ann Varga, an "
                          "engineer who has surveyed the pier since the storm.")
        << QStringLiteral("reported")
        << QStringLiteral("The harbour wall will hold through the winter");
    QTest::newRow("according to X, a description: the content before the cue")
        << QStringLiteral("Turnout in the harbour wards fell by a third, according to Ann "
                          "Varga, a pollster who studied the count with her students.")
        << QStringLiteral("reported")
        << QStringLiteral("Turnout in the harbour wards fell by a third");
    QTest::newRow("a short clause opened by a pronoun")
        << QStringLiteral("The harbour board said it would not.") << QStringLiteral("reported")
        << QStringLiteral("it would not");
    QTest::newRow("a short clause after a scene")
        << QStringLiteral("Later in the day, the harbour board said it would appeal.")
        << QStringLiteral("reported") << QStringLiteral("it would appeal");
    QTest::newRow("pledged without 'to' is no statement")
        << QStringLiteral("Ann Varga pledged money for the new harbour wall.") << QString()
        << QString();
    QTest::newRow("found without 'that' is no statement")
        << QStringLiteral("The divers found the old anchor near the pier.") << QString()
        << QString();
    QTest::newRow("added to: no statement")
        << QStringLiteral("The win in Ohio added to her lead over the other candidates.")
        << QString() << QString();
    QTest::newRow("appears to: the writer's hedge, no statement")
        << QStringLiteral("The ferry company appears to have cancelled the winter timetable.")
        << QStringLiteral("hedged") << QString();
    QTest::newRow("plain narrative") << QStringLiteral("The fishermen walked along the quay.")
                                     << QString() << QString();
    QTest::newRow("month name is not may")
        << QStringLiteral("The vote took place in May after a long debate.") << QString()
        << QString();
}

void tst_ClaimExtractor::kinds()
{
    QFETCH(QString, sentence);
    QFETCH(QString, kind);
    QFETCH(QString, text);
    const QString doc = QStringLiteral("Headline for the test\n\n") + sentence;
    const Article a = Analyzer::analyze(Document(doc, QStringLiteral("t.txt")));
    if (kind.isEmpty()) {
        QVERIFY2(a.claims.isEmpty(), qPrintable(a.textOf(a.claims.value(0))));
        return;
    }
    QCOMPARE(a.claims.size(), 1);
    const Claim &c = a.claims.first();
    QCOMPARE(claimKindName(c.kind), kind);
    QCOMPARE(a.textOf(c), text.isEmpty() ? sentence : text);
    QCOMPARE(a.textOf(c.span), a.textOf(c));
    QCOMPARE(c.id, QStringLiteral("C1"));
}

void tst_ClaimExtractor::statementsOfOneSentence()
{
    const Article a = Analyzer::analyze(Document(
        QStringLiteral("Headline\n\nAnn Varga said the wall was too low, adding that the "
                       "council had known for years."),
        QStringLiteral("t.txt")));
    QCOMPARE(a.claims.size(), 2);
    for (const Claim &c : a.claims) {
        QCOMPARE(c.kind, ClaimKind::Reported);
        QVERIFY(c.source >= 0);
        QCOMPARE(a.entities[c.source].name, QStringLiteral("Ann Varga"));
        QCOMPARE(a.textOf(c.sourceMention), QStringLiteral("Ann Varga"));
    }
    QCOMPARE(a.textOf(a.claims[0]), QStringLiteral("the wall was too low"));
    QCOMPARE(a.textOf(a.claims[0].cueSpan), QStringLiteral("said"));
    QCOMPARE(a.textOf(a.claims[1]), QStringLiteral("the council had known for years"));
    QCOMPARE(a.textOf(a.claims[1].cueSpan), QStringLiteral("adding that"));
}

void tst_ClaimExtractor::statementBesideQuote_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("reported");  // the reported claim's text; empty: none
    QTest::addColumn<QString>("quoteText"); // the quote claim's text; empty: the sentence

    QTest::newRow("a participle after the quote's cue")
        << QStringLiteral("\"We start in April,\" Ann Varga said, adding that the council had "
                          "known about the cracks for years.")
        << QStringLiteral("the council had known about the cracks for years")
        << QStringLiteral("\"We start in April,\" Ann Varga said");
    QTest::newRow("a second cue before the quote")
        << QStringLiteral("Ann Varga warned that the harbour wall could fail, and she told the "
                          "meeting: \"We cannot wait another winter.\"")
        << QStringLiteral("the harbour wall could fail")
        << QStringLiteral("\"We cannot wait another winter.\"");
    QTest::newRow("a partial quote in the second statement")
        << QStringLiteral("\"We start in April,\" Ann Varga said, adding that the wall was "
                          "\"long overdue\" after the storm.")
        << QStringLiteral("the wall was \"long overdue\" after the storm") << QString();
    QTest::newRow("the quote's own cue is no second claim")
        << QStringLiteral("\"We start in April and finish in June,\" Ann Varga said.")
        << QString() << QString();
    QTest::newRow("a partial quote inside the statement is the quote's claim")
        << QStringLiteral("Ann Varga said the repairs were \"long overdue\" after the storm.")
        << QString() << QStringLiteral("the repairs were \"long overdue\" after the storm.");
    QTest::newRow("the scene before the cue is not the claim")
        << QStringLiteral("Walking into the hall an hour late, Ann Varga said the repairs were "
                          "\"closing really strong.\"")
        << QString() << QStringLiteral("the repairs were \"closing really strong.\"");
    QTest::newRow("words after the cue ending in a comma")
        << QStringLiteral("Ann Varga, who chairs the harbour board, said on Tuesday, \"We start "
                          "in April.\"")
        << QString() << QStringLiteral("\"We start in April.\"");
    QTest::newRow("a participle's content holds the quote")
        << QStringLiteral("Ann Varga defended the harbour board, saying that critics \"have "
                          "never read the survey.\"")
        << QStringLiteral("the harbour board") << QStringLiteral("critics \"have never read the survey.\"");
}

void tst_ClaimExtractor::statementBesideQuote()
{
    QFETCH(QString, sentence);
    QFETCH(QString, reported);
    QFETCH(QString, quoteText);
    const Article a = Analyzer::analyze(
        Document(QStringLiteral("Headline\n\n") + sentence, QStringLiteral("t.txt")));
    QList<Claim> quotes, statements;
    for (const Claim &c : a.claims)
        (c.kind == ClaimKind::Quote ? quotes : statements).append(c);
    QCOMPARE(quotes.size(), 1);
    QVERIFY(quotes.first().source >= 0);
    // the quote claim leaves out a statement beside its quotes
    QCOMPARE(a.textOf(quotes.first()), quoteText.isEmpty() ? sentence : quoteText);
    QCOMPARE(a.textOf(quotes.first().span), a.textOf(quotes.first()));
    if (reported.isEmpty()) {
        QVERIFY2(statements.isEmpty(), qPrintable(a.textOf(statements.value(0))));
        return;
    }
    QCOMPARE(statements.size(), 1);
    const Claim &c = statements.first();
    QCOMPARE(c.kind, ClaimKind::Reported);
    QCOMPARE(a.textOf(c), reported);
    QCOMPARE(c.source, quotes.first().source);
    QCOMPARE(a.entities[c.source].name, QStringLiteral("Ann Varga"));
    // the claims stay in text order with fresh ids
    for (qsizetype i = 0; i < a.claims.size(); ++i) {
        QCOMPARE(a.claims[i].id, QStringLiteral("C%1").arg(i + 1));
        if (i > 0)
            QVERIFY(a.claims[i - 1].span.start <= a.claims[i].span.start);
    }
}

void tst_ClaimExtractor::hedgedWordsBeforeAStatement()
{
    const Article a = Analyzer::analyze(Document(
        QStringLiteral("Headline\n\nCritics reportedly plan to ask for a review of the plan, and "
                       "observers say the challenge could delay the work."),
        QStringLiteral("t.txt")));
    QCOMPARE(a.claims.size(), 2);
    QCOMPARE(a.claims[0].kind, ClaimKind::Hedged);
    QCOMPARE(a.textOf(a.claims[0]),
             QStringLiteral("Critics reportedly plan to ask for a review of the plan"));
    QCOMPARE(a.claims[1].kind, ClaimKind::Reported);
    QCOMPARE(a.textOf(a.claims[1]), QStringLiteral("the challenge could delay the work"));
    QCOMPARE(a.textOf(a.claims[1].sourceMention), QStringLiteral("observers"));
}

void tst_ClaimExtractor::pronounSourceKeepsItsWords()
{
    const Article a = Analyzer::analyze(Document(
        QStringLiteral("Headline\n\nAnn Varga met the council on Monday. She warned that the "
                       "wall would not last the winter."),
        QStringLiteral("t.txt")));
    const Claim *c = claimWith(a, QStringLiteral("the wall would not last"));
    QVERIFY(c);
    QCOMPARE(c->kind, ClaimKind::Reported);
    QCOMPARE(a.textOf(c->sourceMention), QStringLiteral("She"));
    QVERIFY(c->source >= 0);
    QCOMPARE(a.entities[c->source].name, QStringLiteral("Ann Varga"));
}

void tst_ClaimExtractor::quoteClaimCarriesSpeaker()
{
    const Article a = Analyzer::analyze(Document(
        QStringLiteral("Headline\n\n\"We start in April,\" Ann Varga said. \"It is overdue.\""),
        QStringLiteral("t.txt")));
    const Claim *c = claimWith(a, QStringLiteral("We start in April"));
    QVERIFY(c);
    QCOMPARE(c->kind, ClaimKind::Quote);
    QVERIFY(c->source >= 0);
    QCOMPARE(a.entities[c->source].name, QStringLiteral("Ann Varga"));
    QCOMPARE(a.textOf(c->cueSpan), QStringLiteral("said"));
    QCOMPARE(a.textOf(c->cueSpan), QStringLiteral("said"));
    QCOMPARE(a.textOf(c->sourceMention), QStringLiteral("Ann Varga"));
    // the quote that goes on in the next sentence is the same attribution
    QCOMPARE(c->quotes.size(), 2);
    QCOMPARE(a.textOf(*c), QStringLiteral("\"We start in April,\" Ann Varga said. \"It is overdue.\""));
}

void tst_ClaimExtractor::quoteClaimTakesItsStatementsSource()
{
    // "is telling" reads as a habit to the quote attribution's rules; the speaker the learned
    // ranker then picks has no cue: the statement around the quote names its source and cue
    const Article a = Analyzer::analyze(Document(
        QStringLiteral("Headline\n\nAnn Varga is telling voters that \"We will rebuild the "
                       "wall before the winter storms.\""),
        QStringLiteral("t.txt")));
    QCOMPARE(a.claims.size(), 1);
    const Claim &c = a.claims.first();
    QCOMPARE(c.kind, ClaimKind::Quote);
    QCOMPARE(c.quotes.size(), 1);
    QCOMPARE(a.textOf(c.sourceMention), QStringLiteral("Ann Varga"));
    QVERIFY(c.source >= 0);
    QCOMPARE(a.entities[c.source].name, QStringLiteral("Ann Varga"));
    QCOMPARE(a.textOf(c.cueSpan), QStringLiteral("telling"));
}

void tst_ClaimExtractor::continuingQuotes_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("quoteClaims");

    QTest::newRow("the next sentence goes on: one claim")
        << QStringLiteral("\"We start in April,\" Ann Varga said. \"The wall is overdue.\"")
        << 1;
    QTest::newRow("three sentences of one speaker: one claim")
        << QStringLiteral("\"We start in April,\" Ann Varga said. \"The wall is overdue.\" "
                          "\"It has been for years.\"")
        << 1;
    QTest::newRow("the next paragraph is a claim of its own")
        << QStringLiteral("\"We start in April,\" Ann Varga said.\n\n\"The wall is overdue.\"")
        << 2;
    QTest::newRow("a quote with a cue of its own is a claim of its own")
        << QStringLiteral("\"We start in April,\" Ann Varga said. \"The wall is overdue,\" she "
                          "added.")
        << 2;
    QTest::newRow("another speaker is a claim of its own")
        << QStringLiteral("\"We start in April,\" Ann Varga said. \"Not before June,\" Tom Reed "
                          "replied.")
        << 2;
}

void tst_ClaimExtractor::continuingQuotes()
{
    QFETCH(QString, body);
    QFETCH(int, quoteClaims);
    const Article a = Analyzer::analyze(
        Document(QStringLiteral("Headline\n\n") + body, QStringLiteral("t.txt")));
    QList<Claim> quotes;
    for (const Claim &c : a.claims) {
        if (c.kind == ClaimKind::Quote)
            quotes.append(c);
    }
    QCOMPARE(quotes.size(), quoteClaims);
    qsizetype attributed = 0;
    for (const Claim &c : quotes) {
        QVERIFY(c.source >= 0);
        attributed += c.quotes.size();
    }
    QCOMPARE(attributed, qsizetype(std::count(body.cbegin(), body.cend(), u'"') / 2));
}

void tst_ClaimExtractor::headlineSource_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("content"); // the headline claim's text; empty: none
    QTest::addColumn<QString>("source");  // the words naming its source

    QTest::newRow("a name before the colon")
        << QStringLiteral("Varga: Harbour Wall Will Hold Through the Winter")
        << QStringLiteral("Harbour Wall Will Hold Through the Winter") << QStringLiteral("Varga");
    QTest::newRow("ending in a full stop")
        << QStringLiteral("Council Report: Repairs to start in April.")
        << QStringLiteral("Repairs to start in April") << QStringLiteral("Council Report");
    QTest::newRow("a quoted saying after the colon")
        << QStringLiteral("Varga: \u2018We Cannot Wait Another Winter\u2019")
        << QStringLiteral("\u2018We Cannot Wait Another Winter\u2019") << QStringLiteral("Varga");
    QTest::newRow("a rubric with a determiner is no source")
        << QStringLiteral("The Latest: Repairs to start in April") << QString() << QString();
    QTest::newRow("a shouted rubric is no source")
        << QStringLiteral("BREAKING NEWS: Repairs to start in April") << QString() << QString();
    QTest::newRow("too long before the colon")
        << QStringLiteral("Everything you need to know about the harbour: a guide for visitors")
        << QString() << QString();
    QTest::newRow("no colon") << QStringLiteral("Harbour Wall Will Hold Through the Winter")
                              << QString() << QString();
}

void tst_ClaimExtractor::headlineSource()
{
    QFETCH(QString, headline);
    QFETCH(QString, content);
    QFETCH(QString, source);
    const Article a = Analyzer::analyze(Document(
        headline + QStringLiteral("\n\nThe fishermen walked along the quay.\n\nVarga: the "
                                  "gulls were loud all morning on the quay."),
        QStringLiteral("t.txt")));
    QList<Claim> found;
    for (const Claim &c : a.claims) {
        if (a.textOf(c.cueSpan) == QStringLiteral(":"))
            found.append(c);
    }
    if (content.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(a.textOf(found.value(0))));
        return;
    }
    QCOMPARE(found.size(), 1); // the colon in the body is no headline
    const Claim &c = found.first();
    QCOMPARE(c.kind, ClaimKind::Reported);
    QCOMPARE(a.textOf(c), content);
    QCOMPARE(a.textOf(c.sourceMention), source);
    QCOMPARE(a.textOf(c.cueSpan), QStringLiteral(":"));
    QCOMPARE(a.claims.first().id, QStringLiteral("C1"));
    QCOMPARE(a.textOf(a.claims.first()), content); // the headline's claim comes first
    for (const Claim &other : a.claims)
        QVERIFY2(other.span.start >= c.span.end || &other == &a.claims.first(),
                 qPrintable(a.textOf(other))); // nothing else claims the headline
}

void tst_ClaimExtractor::headlineVerb_data()
{
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("content"); // the headline claim's text; empty: none
    QTest::addColumn<QString>("source");  // the words naming its source
    QTest::addColumn<QString>("entity");  // the source entity's name; empty: none

    QTest::newRow("a title-cased headline")
        << QStringLiteral("Anna Varga Says The Harbour Wall Will Hold Through Winter")
        << QStringLiteral("The Harbour Wall Will Hold Through Winter")
        << QStringLiteral("Anna Varga") << QStringLiteral("Anna Varga");
    QTest::newRow("a sentence-cased headline, a surname, past \"that\"")
        << QStringLiteral("Varga warns that the harbour wall will not hold.")
        << QStringLiteral("the harbour wall will not hold") << QStringLiteral("Varga")
        << QStringLiteral("Anna Varga");
    QTest::newRow("a clause before the source")
        << QStringLiteral("Hours After The Storm Passed, Varga Says The Wall Held")
        << QStringLiteral("The Wall Held") << QStringLiteral("Varga")
        << QStringLiteral("Anna Varga");
    QTest::newRow("a description whose modifier is a name")
        << QStringLiteral("Former Varga Aide Says The Wall Is Too Low")
        << QStringLiteral("The Wall Is Too Low") << QStringLiteral("Former Varga Aide")
        << QString();
    QTest::newRow("a question is no source")
        << QStringLiteral("How Anna Varga Thinks About The Harbour") << QString() << QString()
        << QString();
    QTest::newRow("an object before the verb word")
        << QStringLiteral("Varga Defends Herself Against Claims She Lied About The Wall")
        << QString() << QString() << QString();
    QTest::newRow("no speech verb")
        << QStringLiteral("Harbour Wall Will Hold Through the Winter") << QString() << QString()
        << QString();
}

// "Source Says What They Said": the headline's claim, its cue the verb
void tst_ClaimExtractor::headlineVerb()
{
    QFETCH(QString, headline);
    QFETCH(QString, content);
    QFETCH(QString, source);
    QFETCH(QString, entity);
    const Article a = Analyzer::analyze(Document(
        headline + QStringLiteral("\n\nThe fishermen walked along the quay with Anna Varga, "
                                  "the engineer, on Monday."),
        QStringLiteral("t.txt")));
    const qsizetype headlineEnd = a.paragraphs.first().span.end;
    QList<Claim> found;
    for (const Claim &c : a.claims) {
        if (c.span.start < headlineEnd)
            found.append(c);
    }
    if (content.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(a.textOf(found.value(0))));
        return;
    }
    QCOMPARE(found.size(), 1);
    const Claim &c = found.first();
    QCOMPARE(c.kind, ClaimKind::Reported);
    QCOMPARE(a.textOf(c), content);
    QCOMPARE(a.textOf(c.sourceMention), source);
    QVERIFY(c.cueSpan.end <= a.paragraphs.first().span.end);
    QCOMPARE(c.source >= 0 ? a.entities.at(c.source).name : QString(), entity);
}

void tst_ClaimExtractor::textReadsOnItsOwn()
{
    const Article a = Analyzer::analyze(Document(
        QStringLiteral("Headline\n\nThe plan   costs \u00A312 million\nin total.  "),
        QStringLiteral("t.txt")));
    for (const Claim &c : a.claims) {
        QVERIFY(!a.textOf(c).contains(u'\n'));
        QCOMPARE(a.textOf(c), a.textOf(c).trimmed());
    }
}

void tst_ClaimExtractor::sentencesGivenOrNot_data()
{
    QTest::addColumn<QString>("route");
    QTest::newRow("the segmenter's sentences") << QStringLiteral("given");
    QTest::newRow("no sentences: the stage splits the paragraphs") << QStringLiteral("none");
    QTest::newRow("sentences without their paragraphs") << QStringLiteral("unplaced");
}

void tst_ClaimExtractor::sentencesGivenOrNot()
{
    // the claim stage reads the article's sentences where it has them, splits its paragraphs
    // where not, and finds each sentence's paragraph where it is not given: the same claims
    QFETCH(QString, route);
    Article a = Analyzer::analyze(Document(
        QStringLiteral("Council doubles the budget: mayor\n\n"
                       "\"We will rebuild the wall,\" Ann Varga said. "
                       "The plan costs $12 million.\n\n"
                       "Observers say the costs could double. The wall was reportedly too low, "
                       "Ann Varga said, adding that the council had known for years."),
        QStringLiteral("t.txt")));
    QVERIFY(a.claims.size() >= 4);
    QVERIFY(!a.sentences.isEmpty());
    if (route == u"none") {
        a.sentences.clear();
    } else if (route == u"unplaced") {
        for (Sentence &s : a.sentences)
            s.paragraph = -1;
    }
    const QList<Sentence> sentences = a.sentences;
    const QList<ReportedStatement> reported = Attributor::attribute(a);
    const QList<Claim> claims = ClaimExtractor::extract(a, reported);
    QCOMPARE(claims.size(), a.claims.size());
    for (qsizetype i = 0; i < claims.size(); ++i) {
        QCOMPARE(claims[i].id, a.claims[i].id);
        QCOMPARE(claims[i].kind, a.claims[i].kind);
        QCOMPARE(claims[i].span, a.claims[i].span);
        QCOMPARE(claims[i].cueSpan, a.claims[i].cueSpan);
        QCOMPARE(claims[i].sourceMention, a.claims[i].sourceMention);
    }
    for (qsizetype i = 0; i < sentences.size(); ++i) // the article's sentences untouched
        QCOMPARE(a.sentences[i].paragraph, sentences[i].paragraph);
}

QTEST_GUILESS_MAIN(tst_ClaimExtractor)
#include "tst_claimextractor.moc"
