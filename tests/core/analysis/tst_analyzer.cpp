#include "analysis/AnalysisJson.h"
#include "analysis/Analyzer.h"

#include <QFile>
#include <QTest>

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
        if (q.text.startsWith(fragment))
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
    void idsInOrder();
    void robustInputs_data();
    void robustInputs();
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

void tst_Analyzer::sampleKinds()
{
    const Article a = sample();
    const Quote *scare = quoteWith(a, QStringLiteral("quick fix"));
    QVERIFY(scare);
    QCOMPARE(scare->kind, QuoteKind::Scare);
    const Quote *nested = quoteWith(a, QStringLiteral("I don't want a taller"));
    QVERIFY(nested);
    QVERIFY(nested->parent >= 0);
    QVERIFY(a.quotes[nested->parent].text.contains(QStringLiteral("When I knocked")));
    const Quote *multi = quoteWith(a, QStringLiteral("It is a lot less tidy"));
    QVERIFY(multi);
    QVERIFY(a.textOf(multi->span).contains(QStringLiteral("We listened to the engineers")));
    QVERIFY(!multi->text.contains(QStringLiteral("We listened")));
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

QTEST_GUILESS_MAIN(tst_Analyzer)
#include "tst_analyzer.moc"
