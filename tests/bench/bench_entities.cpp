// Throughput of the entity recogniser on ~5 MB of news text (the bundled sample, repeated), and
// on any text (GLOSS_BENCH_FILE=/tmp/articles.txt) with the sentences and quotations the analyzer
// gives it, as in `gloss analyze`.
#include "analysis/Analyzer_p.h"
#include "analysis/entities/EntityRecognizer.h"
#include "io/Loader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace gloss;

class bench_Entities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recognize_data();
    void recognize();
    void recognizeFile();

private:
    QString m_sample;
};

void bench_Entities::initTestCase()
{
    QFile f(QStringLiteral(":/org.gloss/data/sample-article.txt"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_sample = QString::fromUtf8(f.readAll());
    QVERIFY(!m_sample.isEmpty());
}

namespace {

/** Seconds per EntityRecognizer::recognize() of @p article; its result in @p entities. */
double timeRecognize(const Article &article, QList<Entity> &entities)
{
    QElapsedTimer timer;
    timer.start();
    int runs = 0;
    QBENCHMARK {
        entities = EntityRecognizer::recognize(article);
        ++runs;
    }
    return double(timer.nsecsElapsed()) / 1e9 / std::max(runs, 1);
}

} // namespace

void bench_Entities::recognize_data()
{
    QTest::addColumn<int>("megabytes10"); // size in tenths of a megabyte (UTF-8)
    QTest::newRow("0.5 MB") << 5;
    QTest::newRow("5 MB") << 50;
}

void bench_Entities::recognize()
{
    QFETCH(int, megabytes10);
    const qsizetype bytes = qsizetype(megabytes10) * 100 * 1000;
    const qsizetype sampleBytes = m_sample.toUtf8().size();
    QString text;
    text.reserve(m_sample.size() * (bytes / sampleBytes + 1));
    while (text.size() < m_sample.size() * (bytes / sampleBytes))
        text += m_sample + u'\n';
    Article article;
    article.document = Document(text, QStringLiteral("bench.txt"));

    QList<Entity> entities;
    const double seconds = timeRecognize(article, entities);
    QVERIFY(!entities.isEmpty());
    qInfo("%.1f MB in %.1f ms: %.1f MB/s, %lld entities", double(bytes) / 1e6, seconds * 1e3,
          double(bytes) / 1e6 / seconds, static_cast<long long>(entities.size()));
}

/**
 * The recognizer alone on GLOSS_BENCH_FILE, analysed first as `gloss analyze` does (sentences,
 * paragraphs and quotations as the recognizer reads them); skipped without the variable.
 */
void bench_Entities::recognizeFile()
{
    const QString path = qEnvironmentVariable("GLOSS_BENCH_FILE");
    if (path.isEmpty())
        QSKIP("GLOSS_BENCH_FILE is not set");
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Loader::Result loaded = Loader::loadBytes(f.readAll(), QStringLiteral("bench.txt"));
    QVERIFY(loaded.ok());
    const Article article = detail::analyze(*loaded.document, detail::AnalyzerOptions{});
    QList<Entity> entities;
    const double seconds = timeRecognize(article, entities);
    const double mb = double(article.document.text().size()) / 1e6;
    qInfo("%.1f M characters in %.1f ms: %.1f M/s, %lld entities", mb, seconds * 1e3,
          mb / seconds, static_cast<long long>(entities.size()));
}

QTEST_GUILESS_MAIN(bench_Entities)
#include "bench_entities.moc"
