// The library's benchmark (issue 18), on generated articles (tests/support/ArticleGenerator.h:
// invented names, general sentences; no corpus text):
//   1. importing 10,000 articles (about 50 MB) from files: articles/s (bar: >= 200);
//   2. a library of 100,000 articles: opening the article list as the view does, the count and
//      the first page (bar: < 300 ms), the first page in each order; a search for a word, a
//      phrase and a speaker's quotes, and the worst case, a word in most articles (bar: median
//      < 50 ms each, a page of 50 results) and the count of its results; the database's size
//      against the texts' (bar: < 3x).
// Prints lines "name: value" and, at the end, "bar: ..." lines, one per bar, met or not.
// Run: bench_library [ARTICLES_IMPORTED [LIBRARY_SIZE]] (defaults 10000 100000); takes minutes
// (the 100,000 articles are analysed and stored too). GLOSS_BENCH_LIBRARY=DIR keeps the library
// in DIR and, run again, measures it without building it anew (an older schema is migrated:
// the time that takes is printed); GLOSS_BENCH_KEEP=1 leaves the temporary folder.
#include "ArticleGenerator.h"
#include "LibraryCatalog.h"
#include "LibraryDatabase.h"
#include "LibraryImporter.h"
#include "LibrarySearch.h"
#include "io/Loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace gloss;
using namespace gloss::library;
using namespace Qt::StringLiterals;

namespace {

const QStringList kSites{u"harbourtimes.example"_s, u"valleynews.example"_s,
                         u"thecourier.example"_s, u"morningpost.example"_s,
                         u"citydesk.example"_s};

/** A Markdown article with front matter (title, date, site) and about 5 KB of text. */
QString markdown(gloss::testing::ArticleGenerator &gen, int i)
{
    const QString body = gen.article(5000);
    const QString title = body.section(u'\n', 0, 0) + u" (%1)"_s.arg(i);
    const QDate date = QDate(2020, 1, 1).addDays(i % 2000);
    return u"---\ntitle: %1\ndate: %2\nsite: %3\n---\n\n%4"_s.arg(
        title, date.toString(Qt::ISODate), kSites.at(i % kSites.size()),
        body.section(u'\n', 2));
}

void line(const char *name, const QString &value)
{
    std::printf("%s: %s\n", name, qPrintable(value));
    std::fflush(stdout);
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/** Median wall time of @p f in ms; @p cpu (if given) gets the median CPU time of the thread
 *  (the machine is shared: the wall time includes waiting for a core). */
double medianMs(const std::function<void()> &f, int runs = 21, double *cpu = nullptr)
{
    QList<double> times, cpus;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c = threadCpuMs();
        t.start();
        f();
        times << t.nsecsElapsed() / 1e6;
        cpus << threadCpuMs() - c;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpus.begin(), cpus.end());
    if (cpu)
        *cpu = cpus.at(cpus.size() / 2);
    return times.at(times.size() / 2);
}

qint64 folderSize(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

/** Steps 1 and 2: imports @p imported article files into @p paths, then grows the library to
 *  @p librarySize; the text's bytes, or -1 when it failed. */
qint64 buildLibrary(const LibraryPaths &paths, const QString &in, int imported, int librarySize)
{
    gloss::testing::ArticleGenerator gen(2026);
    // 1. import from files
    qint64 textBytes = 0;
    for (int i = 0; i < imported; ++i) {
        const QString path = u"%1/%2/%3.md"_s.arg(in).arg(i / 1000).arg(i);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        const QByteArray bytes = markdown(gen, i).toUtf8();
        f.write(bytes);
        textBytes += bytes.size();
    }
    line("import_files", QString::number(imported));
    line("import_megabytes", QString::number(textBytes / 1e6, 'f', 1));
    QElapsedTimer t;
    t.start();
    LibraryImporter::Report r = LibraryImporter::run(paths, {in});
    const double seconds = t.nsecsElapsed() / 1e9;
    if (!r.ok() || r.added != imported) {
        line("error", r.error + u" added %1"_s.arg(r.added));
        return -1;
    }
    line("import_seconds", QString::number(seconds, 'f', 2));
    line("import_articles_per_second", QString::number(imported / seconds, 'f', 0));
    QDir(in).removeRecursively();

    // 2. grow the library to librarySize (documents made in memory, analysed and stored)
    t.start();
    for (int from = imported; from < librarySize; from += 5000) {
        QList<Document> docs;
        for (int i = from; i < std::min(librarySize, from + 5000); ++i) {
            const QString text = markdown(gen, i);
            textBytes += text.toUtf8().size();
            Loader::Result loaded =
                Loader::loadBytes(text.toUtf8(), u"https://%1/story/%2.md"_s.arg(
                                                     kSites.at(i % kSites.size())).arg(i));
            docs << *loaded.document;
        }
        r = LibraryImporter::runDocuments(paths, docs);
        if (!r.ok()) {
            line("error", r.error);
            return -1;
        }
    }
    line("library_build_seconds", QString::number(t.nsecsElapsed() / 1e9, 'f', 1));
    return textBytes;
}

/** The bars of issue 18, as measured, at the end of the output. */
QStringList bars;

void bar(const QString &what, double value, double limit, const QString &unit, bool below = true)
{
    const bool met = below ? value < limit : value >= limit;
    bars << u"bar: %1: %2 %3 (%4 %5 %3): %6"_s.arg(what)
                .arg(value, 0, 'f', value < 10 ? 2 : 1)
                .arg(unit, below ? u"<"_s : u">="_s)
                .arg(limit)
                .arg(met ? u"met"_s : u"NOT MET"_s);
}

double loadAverage()
{
    double load = -1;
    if (FILE *f = std::fopen("/proc/loadavg", "r")) {
        if (std::fscanf(f, "%lf", &load) != 1)
            load = -1;
        std::fclose(f);
    }
    return load;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int imported = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int librarySize = std::max(imported, args.size() > 2 ? args.at(2).toInt() : 100000);
    QTemporaryDir temporary;
    const QString kept = qEnvironmentVariable("GLOSS_BENCH_LIBRARY");
    // GLOSS_BENCH_KEEP=1: the library is left for a look with sqlite3
    temporary.setAutoRemove(qEnvironmentVariableIsEmpty("GLOSS_BENCH_KEEP") && kept.isEmpty());
    const QDir dir(kept.isEmpty() ? temporary.path() : kept);
    line("folder", dir.path());
    line("load_average", QString::number(loadAverage(), 'f', 2));
    const LibraryPaths paths{dir.filePath(u"data"_s)};
    // the text's size of a kept library, noted when it was built
    QFile sizeFile(dir.filePath(u"text-bytes"_s));
    qint64 textBytes = -1;
    if (!kept.isEmpty() && sizeFile.open(QIODevice::ReadOnly))
        textBytes = sizeFile.readAll().trimmed().toLongLong();
    sizeFile.close();
    if (textBytes <= 0) {
        QDir().mkpath(dir.path());
        textBytes = buildLibrary(paths, dir.filePath(u"in"_s), imported, librarySize);
        if (textBytes < 0)
            return 1;
        if (sizeFile.open(QIODevice::WriteOnly))
            sizeFile.write(QByteArray::number(textBytes));
        sizeFile.close();
    } else {
        line("library", u"kept in %1: not built again (no import measured)"_s.arg(dir.path()));
    }

    LibraryDatabase db(paths.folder());
    QElapsedTimer t;
    t.start();
    if (!db.open()) {
        line("error", db.error());
        return 1;
    }
    line("database_open_ms", u"%1 (schema %2 found)"_s.arg(t.nsecsElapsed() / 1e6, 0, 'f', 1)
                                 .arg(db.foundVersion()));
    QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const qint64 dbBytes = QFileInfo(db.filePath()).size();
    LibraryCatalog catalog(db);
    line("library_articles", QString::number(catalog.count()));
    line("library_text_megabytes", QString::number(textBytes / 1e6, 'f', 1));
    line("database_megabytes", QString::number(dbBytes / 1e6, 'f', 1));
    line("database_to_text_ratio", QString::number(double(dbBytes) / textBytes, 'f', 2));
    line("text_files_megabytes", QString::number(folderSize(paths.texts()) / 1e6, 'f', 1));
    bar(u"database size / text size"_s, double(dbBytes) / textBytes, 3, u"x"_s);

    // the article list as the view opens it: newest first; the count and the first page, and
    // the first page in each order
    ArticleFilter page;
    page.limit = 200;
    double cpu = 0;
    const double countMs = medianMs([&] { catalog.count(page); }, 21, &cpu);
    line("list_count_ms", u"%1 (CPU %2)"_s.arg(countMs, 0, 'f', 1).arg(cpu, 0, 'f', 1));
    const double pageMs = medianMs([&] { catalog.articles(page); }, 21, &cpu);
    line("list_first_page_ms", u"%1 (CPU %2)"_s.arg(pageMs, 0, 'f', 1).arg(cpu, 0, 'f', 1));
    bar(u"open the list of 100,000: count + first page of 200"_s, countMs + pageMs, 300,
        u"ms"_s);
    const QList<QPair<const char *, ArticleFilter::Sort>> sorts{
        {"date", ArticleFilter::Sort::Date},   {"title", ArticleFilter::Sort::Title},
        {"site", ArticleFilter::Sort::Site},   {"notes", ArticleFilter::Sort::Notes},
        {"added", ArticleFilter::Sort::Added}, {"opened", ArticleFilter::Sort::Opened}};
    double slowestSort = 0;
    for (const auto &[name, sort] : sorts) {
        for (const bool descending : {true, false}) {
            ArticleFilter f = page;
            f.sort = sort;
            f.descending = descending;
            const double ms = medianMs([&] { catalog.articles(f); }, 11);
            slowestSort = std::max(slowestSort, ms);
            std::printf("list_first_page_by_%s_%s_ms: %.1f\n", name,
                        descending ? "descending" : "ascending", ms);
        }
        ArticleFilter f = page;
        f.sort = sort;
        f.offset = 50000;
        std::printf("list_page_at_50000_by_%s_ms: %.1f\n", name,
                    medianMs([&] { catalog.articles(f); }, 5));
    }
    std::fflush(stdout);
    bar(u"first page of 200 in the slowest order"_s, slowestSort, 300, u"ms"_s);
    int listed = 0;
    const double allMs =
        medianMs([&] { listed = int(catalog.articles().size()); }, 5, &cpu);
    line("list_all_ms", u"%1 (CPU %2), %3 rows"_s.arg(allMs, 0, 'f', 1).arg(cpu, 0, 'f', 1)
                            .arg(listed));

    LibrarySearch search(db, paths.texts());
    // a bar, or (what empty) a number for comparison
    auto timeSearch = [&](const char *name, const QString &what, SearchQuery q) {
        int hits = 0;
        bool blocks = false;
        const double ms = medianMs(
            [&] {
                const SearchResults r = search.search(q);
                hits = int(r.hits.size());
                blocks = r.blockRanked;
            },
            21, &cpu);
        SearchCount counted;
        const double countedMs = medianMs([&] { counted = search.count(q); }, 21);
        line(name, u"%1 ms median (CPU %2 ms), %3 hits shown%4; count %5%6 in %7 ms"_s
                       .arg(ms, 0, 'f', 1)
                       .arg(cpu, 0, 'f', 1)
                       .arg(hits)
                       .arg(blocks ? u" (ranked in blocks)"_s : QString())
                       .arg(counted.count)
                       .arg(counted.more ? u"+"_s : QString())
                       .arg(countedMs, 0, 'f', 1));
        if (what.isEmpty())
            return;
        bar(u"search, %1: first page of 50"_s.arg(what), ms, 50, u"ms"_s);
        bar(u"search, %1: count"_s.arg(what), countedMs, 50, u"ms"_s);
    };
    // a word of the topics: in about one article in 80, as a real search word
    SearchQuery word;
    word.text = u"windmill"_s;
    timeSearch("search_word", u"a word (1 article in 80)"_s, word);
    SearchQuery phrase;
    phrase.text = u"\"restored windmill\""_s;
    timeSearch("search_phrase_articles", u"a phrase of articles"_s, phrase);
    phrase.kind = SearchKind::Quotes;
    phrase.text = u"\"windmill will not be ready\""_s;
    timeSearch("search_phrase_quotes", u"a phrase of quotes"_s, phrase);
    SearchQuery speaker;
    speaker.kind = SearchKind::Quotes;
    speaker.speaker = gloss::testing::ArticleGenerator::person(42);
    timeSearch("search_speaker_quotes", u"a speaker's quotes"_s, speaker);
    speaker.text = u"river"_s;
    timeSearch("search_speaker_word_quotes", u"a word in a speaker's quotes"_s, speaker);
    // the worst case: words of the small general vocabulary, in most articles
    word.text = u"flooded"_s; // in most articles (one quote of twelve)
    timeSearch("search_common_word", u"a word in most articles"_s, word);
    word.kind = SearchKind::Quotes;
    timeSearch("search_common_word_quotes", u"a word in many quotes"_s, word);
    SearchQuery common;
    common.text = u"\"numbers simply do not add up\""_s;
    common.kind = SearchKind::Quotes;
    timeSearch("search_common_phrase_quotes", u"a phrase in many quotes"_s, common);
    // a page far down the results of a common word, and the exact ranking of all of them
    word.kind = SearchKind::Articles;
    word.offset = 5000;
    timeSearch("search_common_word_page_100", u"a word in most articles, page 101"_s, word);
    word.offset = 0;
    // the size of the rank blocks: 0 ranks all matches together (the cost of bm25 for all)
    for (const int block : {0, 500, 1000, 2000, 4000}) {
        word.rankBlock = phrase.rankBlock = common.rankBlock = block;
        std::printf("rank blocks of %d:\n", block);
        timeSearch("  search_common_word", QString(), word);
        timeSearch("  search_phrase_quotes", QString(), phrase);
        timeSearch("  search_common_phrase_quotes", QString(), common);
    }
    for (const QString &b : std::as_const(bars))
        std::printf("%s\n", qPrintable(b));
    line("load_average_at_end", QString::number(loadAverage(), 'f', 2));
    return 0;
}
