// Throughput of the whole analysis (and of the quote stages alone) on the sample article
// repeated to about 5 MB, and on a tenth of it (the cost must grow linearly).
#include "analysis/Analyzer.h"
#include "analysis/quotes/Attributor.h"
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

QTEST_GUILESS_MAIN(bench_Quotes)
#include "bench_quotes.moc"
