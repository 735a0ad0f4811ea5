#include "analysis/Analyzer.h"

#include <QTest>

using namespace gloss;

namespace {

const Claim *claimWith(const Article &a, const QString &fragment)
{
    for (const Claim &c : a.claims) {
        if (c.text.contains(fragment))
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
    void quoteClaimCarriesSpeaker();
    void textReadsOnItsOwn();
};

void tst_ClaimExtractor::kinds_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("kind"); // empty: no claim

    QTest::newRow("direct quote")
        << QStringLiteral("\"We will rebuild the wall,\" Ann Varga said.") << QStringLiteral("quote");
    QTest::newRow("reported speech")
        << QStringLiteral("Ann Varga said that the council would meet again soon.")
        << QStringLiteral("reported");
    QTest::newRow("reportedly") << QStringLiteral("The mayor reportedly plans to resign soon.")
                                << QStringLiteral("hedged");
    QTest::newRow("is likely to") << QStringLiteral("The bridge is likely to close next winter.")
                                  << QStringLiteral("hedged");
    QTest::newRow("observers say")
        << QStringLiteral("Observers say the challenge will delay the start of work.")
        << QStringLiteral("hedged");
    QTest::newRow("could") << QStringLiteral("The ruling could delay the work for months.")
                           << QStringLiteral("hedged");
    QTest::newRow("is expected to")
        << QStringLiteral("The government is expected to pay half of the bill.")
        << QStringLiteral("hedged");
    QTest::newRow("money") << QStringLiteral("The scheme will cost \u00A348 million in all.")
                           << QStringLiteral("factual");
    QTest::newRow("percentage") << QStringLiteral("Premiums have risen by 23% since the storm.")
                                << QStringLiteral("factual");
    QTest::newRow("date and figure")
        << QStringLiteral("Work will finish by the end of 2028 at the latest.")
        << QStringLiteral("factual");
    QTest::newRow("comparison")
        << QStringLiteral("The new wall is more than twice as high as the old one.")
        << QStringLiteral("factual");
    QTest::newRow("plain narrative") << QStringLiteral("The fishermen walked along the quay.")
                                     << QString();
    QTest::newRow("month name is not may")
        << QStringLiteral("The vote took place in May after a long debate.") << QString();
}

void tst_ClaimExtractor::kinds()
{
    QFETCH(QString, sentence);
    QFETCH(QString, kind);
    const QString text = QStringLiteral("Headline for the test\n\n") + sentence;
    const Article a = Analyzer::analyze(Document(text, QStringLiteral("t.txt")));
    if (kind.isEmpty()) {
        QVERIFY2(a.claims.isEmpty(), qPrintable(a.claims.value(0).text));
        return;
    }
    QCOMPARE(a.claims.size(), 1);
    QCOMPARE(claimKindName(a.claims.first().kind), kind);
    QCOMPARE(a.claims.first().text, sentence);
    QCOMPARE(a.claims.first().id, QStringLiteral("C1"));
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
    QCOMPARE(c->cue, QStringLiteral("said"));
    QCOMPARE(c->quotes.size(), 1);
    const Claim *second = claimWith(a, QStringLiteral("It is overdue"));
    QVERIFY(second);
    QCOMPARE(second->source, c->source);
}

void tst_ClaimExtractor::textReadsOnItsOwn()
{
    const Article a = Analyzer::analyze(Document(
        QStringLiteral("Headline\n\nThe plan   costs \u00A312 million\nin total.  "),
        QStringLiteral("t.txt")));
    for (const Claim &c : a.claims) {
        QVERIFY(!c.text.contains(u'\n'));
        QCOMPARE(c.text, c.text.trimmed());
    }
}

QTEST_GUILESS_MAIN(tst_ClaimExtractor)
#include "tst_claimextractor.moc"
