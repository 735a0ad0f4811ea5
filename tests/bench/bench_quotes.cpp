// Throughput of the whole analysis (and of the quote stages alone) on the sample article
// repeated to about 5 MB, and on a tenth of it (the cost must grow linearly).
#include "analysis/Analyzer.h"
#include "analysis/entities/EntityRecognizer.h"
#include "analysis/quotes/Attributor.h"
#include "analysis/quotes/ClaimExtractor.h"
#include "analysis/quotes/QuoteFinder.h"

#include <QFile>
#include <QTest>

using namespace gloss;

namespace {

QString repeatedSample(qsizetype bytes)
{
    QFile f(QStringLiteral(":/org.gloss/data/sample-article.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray one = f.readAll();
    const qsizetype times = std::max<qsizetype>(1, bytes / one.size());
    return QString::fromUtf8(one.repeated(times));
}

} // namespace

class bench_Quotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void analyze_data();
    void analyze();
    void quoteStages_data();
    void quoteStages();
    void stage_data();
    void stage();
};

void bench_Quotes::analyze_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::newRow("0.5 MB") << qsizetype(512 * 1024);
    QTest::newRow("5 MB") << qsizetype(5 * 1024 * 1024);
}

void bench_Quotes::analyze()
{
    QFETCH(qsizetype, bytes);
    const Document doc(repeatedSample(bytes), QStringLiteral("bench"));
    QVERIFY(!doc.text().isEmpty());
    Article a;
    QBENCHMARK {
        a = Analyzer::analyze(doc);
    }
    QVERIFY(!a.quotes.isEmpty());
}

void bench_Quotes::quoteStages_data()
{
    analyze_data();
}

void bench_Quotes::quoteStages()
{
    QFETCH(qsizetype, bytes);
    Article base = Analyzer::analyze(Document(repeatedSample(bytes), QStringLiteral("bench")));
    base.quotes.clear();
    base.claims.clear();
    Article a;
    QBENCHMARK {
        a = base;
        a.quotes = QuoteFinder::find(a);
        Attributor::attribute(a);
    }
    QVERIFY(!a.quotes.isEmpty());
}

void bench_Quotes::stage_data()
{
    QTest::addColumn<int>("stage");
    QTest::newRow("QuoteFinder 5 MB") << 0;
    QTest::newRow("EntityRecognizer 5 MB") << 1;
    QTest::newRow("Attributor 5 MB") << 2;
    QTest::newRow("ClaimExtractor 5 MB") << 3;
}

/** One stage at a time on the 5 MB input, the stages before it done outside the timing. */
void bench_Quotes::stage()
{
    QFETCH(int, stage);
    const Article full =
        Analyzer::analyze(Document(repeatedSample(5 * 1024 * 1024), QStringLiteral("bench")));
    Article before = full;
    before.claims.clear();
    if (stage <= 2) {
        for (Quote &q : before.quotes)
            q.speaker = q.via = -1;
    }
    if (stage <= 1)
        before.entities.clear();
    if (stage == 0)
        before.quotes.clear();
    Article a;
    qsizetype count = 0;
    QBENCHMARK {
        a = before;
        switch (stage) {
        case 0: count = QuoteFinder::find(a).size(); break;
        case 1: count = EntityRecognizer::recognize(a).size(); break;
        case 2: {
            EntityRecognizer::Ensurer ensurer(a);
            count = Attributor::attribute(a, &ensurer).size();
            break;
        }
        default: count = ClaimExtractor::extract(a, {}).size(); break;
        }
    }
    QVERIFY(count > 0);
}

QTEST_GUILESS_MAIN(bench_Quotes)
#include "bench_quotes.moc"
