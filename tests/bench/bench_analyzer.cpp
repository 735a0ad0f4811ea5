// Throughput, linearity and peak memory of loading + the full analysis (Loader, then
// Analyzer::analyze: segmentation, quotes, entities, attribution, claims) on news text: the
// bundled sample article repeated to ~0.5 MB and ~5 MB; then the loader's and the segmenter's
// steps alone; the CPU time of each stage (load, the analyzer's stages, JSON), also of any text
// given as GLOSS_BENCH_FILE=FILE, in a heap prepared as `gloss analyze` prepares it. Times are
// this thread's CPU time (best of several runs), so that other processes on a busy machine do
// not count; wall-clock rates are printed too. Run with scripts/bench (release build); nothing
// here is a timed assertion.
#include "HeapReserve.h"
#include "analysis/AnalysisJson.h"
#include "analysis/Analyzer.h"
#include "analysis/Analyzer_p.h"
#include "io/Loader.h"
#include "io/TextDecoder.h"
#include "text/Segmenter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

constexpr double kMB = 1024.0 * 1024.0;

/** The sample article repeated (blank line between copies) to at least @p bytes of UTF-8. */
QByteArray corpus(const QByteArray &sample, qsizetype bytes)
{
    QByteArray out;
    out.reserve(bytes + sample.size() + 2);
    while (out.size() < bytes)
        out += sample + "\n\n";
    return out;
}

Article loadAndAnalyze(const QByteArray &bytes)
{
    const Loader::Result loaded = Loader::loadBytes(bytes, u"bench.txt"_s);
    return loaded.ok() ? Analyzer::analyze(*loaded.document) : Article{};
}

/** CPU time of this thread in seconds (unaffected by other processes on a busy machine). */
double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

/** Best thread CPU time of @p runs runs of @p fn, in seconds. */
template<typename Fn>
double bestOf(int runs, Fn fn)
{
    double best = 1e30;
    for (int i = 0; i < runs; ++i) {
        const double start = cpuSeconds();
        fn();
        best = std::min(best, cpuSeconds() - start);
    }
    return best;
}

} // namespace

class bench_Analyzer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void peakMemory_data();
    void peakMemory(); // first, while the heap is small
    void fullAnalysis_data();
    void fullAnalysis();
    void loaderSteps_data();
    void loaderSteps();
    void linearity(); // it tunes malloc for its second measurement
    void stages_data();
    void stages(); // last: it prepares the heap as `gloss analyze` does

private:
    QByteArray m_sample;
};

void bench_Analyzer::initTestCase()
{
    QFile f(u":/org.gloss/data/sample-article.txt"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_sample = f.readAll();
    QVERIFY(!m_sample.isEmpty());
}

/** A "VmRSS:" or "VmHWM:" line of /proc/self/status, in kB (-1 when unknown). */
static long statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void bench_Analyzer::peakMemory_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::newRow("5 MB") << qsizetype(5 * 1024 * 1024);
    QTest::newRow("50 MB") << qsizetype(50 * 1024 * 1024);
}

void bench_Analyzer::peakMemory()
{
    // What `gloss analyze FILE` does: read the file, analyse, write the JSON (here to a sink
    // that only counts). The peak is VmHWM after "5" to clear_refs reset it to the current RSS.
    QFETCH(qsizetype, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.txt"_s);
    qsizetype size = 0;
    {
        const QByteArray text = corpus(m_sample, bytes);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(text), text.size());
        size = text.size();
    }
    malloc_trim(0);
    QFile clear(u"/proc/self/clear_refs"_s);
    if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
        QSKIP("cannot reset the peak RSS (/proc/self/clear_refs)");
    clear.close();
    const long before = statusKb("VmRSS:");
    qint64 json = 0;
    {
        const Loader::Result loaded = Loader::loadFile(path);
        QVERIFY(loaded.ok());
        const Article a = Analyzer::analyze(*loaded.document);
        QVERIFY(a.paragraphs.size() > 0);
        AnalysisJson::write(a, [&json](QByteArrayView piece) { json += piece.size(); });
    }
    const long peak = statusKb("VmHWM:");
    QVERIFY(before > 0 && peak > 0);
    const double grown = static_cast<double>(peak - before) * 1024.0;
    std::printf("PEAK  %-6s load + analysis + JSON (%.0f MB) of a %.1f MB file: peak RSS grew by "
                "%.1f MB = %.2fx the text size (the bar is 10x)\n",
                QTest::currentDataTag(), json / kMB, size / kMB, grown / kMB,
                grown / static_cast<double>(size));
}

void bench_Analyzer::fullAnalysis_data()
{
    QTest::addColumn<qsizetype>("bytes");
    QTest::newRow("0.5 MB") << qsizetype(512 * 1024);
    QTest::newRow("5 MB") << qsizetype(5 * 1024 * 1024);
}

void bench_Analyzer::fullAnalysis()
{
    QFETCH(qsizetype, bytes);
    const QByteArray input = corpus(m_sample, bytes);
    qsizetype sentences = 0;
    QElapsedTimer timer;
    qint64 iterations = 0;
    timer.start();
    const double cpuStart = cpuSeconds();
    QBENCHMARK {
        const Article a = loadAndAnalyze(input);
        sentences += a.sentences.size();
        ++iterations;
    }
    const double cpu = cpuSeconds() - cpuStart;
    const double wall = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QVERIFY(sentences > 0);
    const double mb = input.size() * static_cast<double>(iterations) / kMB;
    std::printf("FULL  %-6s loader + full analysis, one thread: %.1f MB/s of CPU time "
                "(%.1f MB/s wall clock)\n",
                QTest::currentDataTag(), mb / cpu, mb / wall);
}

void bench_Analyzer::linearity()
{
    const QByteArray small = corpus(m_sample, 512 * 1024);
    const QByteArray large = corpus(m_sample, 5 * 1024 * 1024);
    const double ratioOfSizes = static_cast<double>(large.size()) / small.size();
    const auto measure = [&](const char *allocator) {
        const double tSmall = bestOf(30, [&] { loadAndAnalyze(small); });
        const double tLarge = bestOf(8, [&] { loadAndAnalyze(large); });
        std::printf("LINEAR %s: %.2f MB in %.1f ms, %.2f MB in %.1f ms (best CPU times): %.1fx "
                    "the input took %.2fx the time (%.2f of linear; the bar is 1.2)\n",
                    allocator, small.size() / kMB, tSmall * 1e3, large.size() / kMB,
                    tLarge * 1e3, ratioOfSizes, tLarge / tSmall,
                    (tLarge / tSmall) / ratioOfSizes);
    };
    measure("default malloc");
    // glibc gives buffers above its mmap threshold back to the kernel when freed, so every run
    // on a large text page-faults its buffers in again; without that, the algorithms' own cost.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 1024 * 1024 * 1024);
    measure("memory kept by malloc");
}

void bench_Analyzer::stages_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("0.5 MB") << corpus(m_sample, 512 * 1024);
    QTest::newRow("5 MB") << corpus(m_sample, 5 * 1024 * 1024);
    // any text, e.g. real articles concatenated: GLOSS_BENCH_FILE=/tmp/articles.txt
    const QString path = qEnvironmentVariable("GLOSS_BENCH_FILE");
    if (!path.isEmpty()) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            QTest::newRow("GLOSS_BENCH_FILE") << f.readAll();
    }
}

/**
 * Where the time goes: the CPU time of each stage of `gloss analyze FILE --format json` (load,
 * then the analyzer's stages as Analyzer::analyze runs them, then the JSON), best of 3 runs
 * for each stage, in a heap prepared as `gloss analyze` prepares it (cli::reserveHeapFor()).
 */
void bench_Analyzer::stages()
{
    QFETCH(QByteArray, input);
    // the heap as `gloss analyze` of this input has it (one region, huge pages, nothing given
    // back): otherwise glibc maps the large lists apart and faults them in again on every run
    cli::reserveHeapFor(input.size());
    static const char *const names[] = {"load",   "segment", "quotes", "entities",
                                        "attribution", "claims", "finish", "JSON"};
    constexpr int kStages = int(std::size(names));
    double best[kStages];
    std::fill(std::begin(best), std::end(best), 1e30);
    long rss[kStages] = {}; // after each stage, in the last run
    const long rssBefore = statusKb("VmRSS:");
    qint64 jsonBytes = 0;
    for (int run = 0; run < 3; ++run) {
        double times[kStages] = {};
        double last = cpuSeconds();
        int stage = 0;
        const auto lap = [&](const char *name) {
            const double now = cpuSeconds();
            QCOMPARE_LT(stage, kStages);
            QCOMPARE(QByteArrayView(name), QByteArrayView(names[stage]));
            rss[stage] = statusKb("VmRSS:");
            times[stage++] = now - last;
            last = cpuSeconds();
        };
        const Loader::Result loaded = Loader::loadBytes(input, u"bench.txt"_s);
        QVERIFY(loaded.ok());
        lap("load");
        detail::AnalyzerOptions options;
        options.stageDone = lap;
        const Article a = detail::analyze(*loaded.document, options);
        jsonBytes = 0;
        AnalysisJson::write(a, [&jsonBytes](QByteArrayView piece) { jsonBytes += piece.size(); });
        lap("JSON");
        QCOMPARE(stage, kStages);
        for (int i = 0; i < kStages; ++i)
            best[i] = std::min(best[i], times[i]);
    }
    double total = 0;
    for (double t : best)
        total += t;
    const double mb = input.size() / kMB;
    std::printf("STAGES %-6s %.2f MB, %.1f ms CPU in all (%.1f MB/s), JSON %.1f MB; RSS before "
                "%.0f MB, after each stage:\n",
                QTest::currentDataTag(), mb, total * 1e3, mb / total, jsonBytes / kMB,
                rssBefore / 1024.0);
    for (int i = 0; i < kStages; ++i)
        std::printf("       %-12s %8.1f ms %5.1f%% %8.1f MB/s %8.0f MB\n", names[i],
                    best[i] * 1e3, 100.0 * best[i] / total, mb / best[i], rss[i] / 1024.0);
}

void bench_Analyzer::loaderSteps_data()
{
    fullAnalysis_data();
}

void bench_Analyzer::loaderSteps()
{
    QFETCH(qsizetype, bytes);
    const QByteArray input = corpus(m_sample, bytes);
    const QString text = QString::fromUtf8(input);
    const QString normal = TextDecoder::normalise(text);
    const int runs = bytes > 1024 * 1024 ? 8 : 30;
    const auto report = [&](const char *step, double seconds) {
        std::printf("STEP  %-6s %-28s %8.2f ms CPU %8.1f MB/s\n", QTest::currentDataTag(), step,
                    seconds * 1e3, input.size() / kMB / seconds);
    };
    report("QString::fromUtf8", bestOf(runs, [&] { (void)QString::fromUtf8(input); }));
    report("TextDecoder::decode", bestOf(runs, [&] { (void)TextDecoder::decode(input); }));
    report("TextDecoder::normalise", bestOf(runs, [&] { (void)TextDecoder::normalise(text); }));
    report("QString::normalized(NFC)",
           bestOf(runs, [&] { (void)normal.normalized(QString::NormalizationForm_C); }));
    report("Document (sha256)", bestOf(runs, [&] { Document d(normal, u"x"_s); }));
    Article a;
    a.document = Document(normal, u"x"_s);
    report("Segmenter::segment", bestOf(runs, [&] { Segmenter::segment(a); }));
    report("Segmenter::sentences",
           bestOf(runs, [&] { (void)Segmenter::sentences(normal, 0, normal.size()); }));
    report("Loader::loadBytes", bestOf(runs, [&] { (void)Loader::loadBytes(input, u"x.txt"_s); }));
}

QTEST_GUILESS_MAIN(bench_Analyzer)
#include "bench_analyzer.moc"
