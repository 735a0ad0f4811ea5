// The library's benchmark (issue 18), on generated articles (tests/support/ArticleGenerator.h:
// invented names, general sentences; no corpus text):
//   1. importing 10,000 articles (about 50 MB) from files: articles/s (bar: >= 200);
//   2. a library of 100,000 articles: opening the article list as the view does (bar: < 300 ms),
//      a search for a word, a phrase and a speaker's quotes (bar: median < 50 ms each),
//      the database's size against the texts' (bar: < 3x).
// Run: bench_library [ARTICLES_IMPORTED [LIBRARY_SIZE]] (defaults 10000 100000). Prints lines
// "name: value"; takes minutes (the 100,000 articles are analysed and stored too).
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int imported = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int librarySize = std::max(imported, args.size() > 2 ? args.at(2).toInt() : 100000);
    QTemporaryDir dir;
    // GLOSS_BENCH_KEEP=1: the library is left for a look with sqlite3
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("GLOSS_BENCH_KEEP"));
    line("folder", dir.path());
    const LibraryPaths paths{dir.filePath(u"data"_s)};
    const QString in = dir.filePath(u"in"_s);
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
        return 1;
    }
    line("import_seconds", QString::number(seconds, 'f', 2));
    line("import_articles_per_second", QString::number(imported / seconds, 'f', 0));
    QDir(in).removeRecursively();

    // 2. grow the library to librarySize (documents made in memory, analysed and stored)
    t.start();
    qint64 textChars = textBytes;
    for (int from = imported; from < librarySize; from += 5000) {
        QList<Document> docs;
        for (int i = from; i < std::min(librarySize, from + 5000); ++i) {
            const QString text = markdown(gen, i);
            textChars += text.toUtf8().size();
            Loader::Result loaded =
                Loader::loadBytes(text.toUtf8(), u"https://%1/story/%2.md"_s.arg(
                                                     kSites.at(i % kSites.size())).arg(i));
            docs << *loaded.document;
        }
        r = LibraryImporter::runDocuments(paths, docs);
        if (!r.ok()) {
            line("error", r.error);
            return 1;
        }
    }
    line("library_articles", QString::number(librarySize));
    line("library_build_seconds", QString::number(t.nsecsElapsed() / 1e9, 'f', 1));

    LibraryDatabase db(paths.folder());
    if (!db.open()) {
        line("error", db.error());
        return 1;
    }
    QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    const qint64 dbBytes = QFileInfo(db.filePath()).size();
    line("library_text_megabytes", QString::number(textChars / 1e6, 'f', 1));
    line("database_megabytes", QString::number(dbBytes / 1e6, 'f', 1));
    line("database_to_text_ratio", QString::number(double(dbBytes) / textChars, 'f', 2));
    line("text_files_megabytes", QString::number(folderSize(paths.texts()) / 1e6, 'f', 1));

    // the article list as the view opens it: newest first; the first page with the count, and
    // the whole list
    LibraryCatalog catalog(db);
    ArticleFilter page;
    page.limit = 200;
    double pageCpu = 0;
    line("list_first_page_ms", QString::number(medianMs(
                                                   [&] {
                                                       catalog.count(page);
                                                       catalog.articles(page);
                                                   },
                                                   21, &pageCpu),
                                               'f', 1));
    line("list_first_page_cpu_ms", QString::number(pageCpu, 'f', 1));
    int listed = 0;
    double listCpu = 0;
    line("list_all_ms", QString::number(medianMs([&] { listed = int(catalog.articles().size()); },
                                                 5, &listCpu),
                                        'f', 1));
    line("list_all_cpu_ms", QString::number(listCpu, 'f', 1));
    line("list_all_rows", QString::number(listed));

    LibrarySearch search(db, paths.texts());
    auto timeSearch = [&](const char *name, SearchQuery q) {
        int hits = 0;
        double cpu = 0;
        const double ms = medianMs([&] { hits = int(search.search(q).hits.size()); }, 21, &cpu);
        line(name, u"%1 ms median (CPU %2 ms), %3 hits shown"_s.arg(ms, 0, 'f', 1)
                       .arg(cpu, 0, 'f', 1)
                       .arg(hits));
    };
    // a word of the topics: in about one article in 80, as a real search word
    SearchQuery word;
    word.text = u"windmill"_s;
    timeSearch("search_word", word);
    SearchQuery phrase;
    phrase.text = u"\"restored windmill\""_s;
    timeSearch("search_phrase_articles", phrase);
    phrase.kind = SearchKind::Quotes;
    phrase.text = u"\"windmill will not be ready\""_s;
    timeSearch("search_phrase_quotes", phrase);
    // the worst case: words of the small general vocabulary, in most articles
    word.text = u"flooded"_s; // in most articles (one quote of twelve)
    timeSearch("search_common_word", word);
    SearchQuery common;
    common.text = u"\"numbers simply do not add up\""_s;
    common.kind = SearchKind::Quotes;
    timeSearch("search_common_phrase_quotes", common);
    SearchQuery speaker;
    speaker.kind = SearchKind::Quotes;
    speaker.speaker = gloss::testing::ArticleGenerator::person(42);
    timeSearch("search_speaker_quotes", speaker);
    speaker.text = u"river"_s;
    timeSearch("search_speaker_word_quotes", speaker);
    if (!qEnvironmentVariableIsEmpty("GLOSS_BENCH_KEEP")) {
        line("probe_select1", QString::number(medianMs([&] {
            QSqlQuery q(db.connection());
            q.exec(u"SELECT 1"_s);
            q.next();
        })));
        line("probe_quotes_sql", QString::number(medianMs([&] {
            QSqlQuery q(db.connection());
            q.setForwardOnly(true);
            q.exec(u"SELECT quotes_fts.rowid, quotes_fts.rank FROM quotes_fts WHERE quotes_fts "
                   "MATCH 'flooded' ORDER BY rank LIMIT 50"_s);
            while (q.next()) {
            }
        })));
        SearchQuery few;
        few.text = u"flooded"_s;
        few.kind = SearchKind::Quotes;
        few.limit = 5;
        timeSearch("probe_quotes_limit5", few);
        few.kind = SearchKind::Articles;
        timeSearch("probe_articles_limit5", few);
    }
    return 0;
}
