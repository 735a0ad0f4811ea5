// bench_libraryview: how long the Library view takes to open on a large library (issue 18's
// bar: a library of 100,000 articles opens its view in < 300 ms). The view as View > Library
// opens it: a LibraryPanel shown in a window, the library opened, the article list's first
// page, its count and the site, tag and person filters filled, the first paint done.
//
// Run on a library that bench_library kept:
//   GLOSS_BENCH_LIBRARY=/tmp/benchlib bench_library            # builds it once (minutes)
//   bench_libraryview /tmp/benchlib -platform offscreen        # opens its view 11 times
// Prints "name: value" lines and a "bar:" line; the median of the runs, wall and CPU.
#include "LibraryCatalog.h"
#include "LibraryTypes.h"
#include "library/LibraryArticleModel.h"
#include "library/LibraryPanel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double loadAverage()
{
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !QFileInfo(args.at(1) + u"/data/library/library.sqlite"_s).exists()) {
        std::fprintf(stderr,
                     "usage: bench_libraryview DIR (a library kept by bench_library: "
                     "GLOSS_BENCH_LIBRARY=DIR bench_library)\n");
        return 2;
    }
    // the panel opens the library of the data folder, as the window does
    qputenv("GLOSS_DATA_DIR", QDir(args.at(1)).filePath(u"data"_s).toUtf8());
    std::printf("library: %s\nload_average: %.2f\n", qPrintable(args.at(1)), loadAverage());

    QList<double> wall;
    QList<double> cpu;
    int rows = 0;
    int total = 0;
    for (int run = 0; run < 11; ++run) {
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        {
            QWidget window;
            window.resize(420, 800);
            auto *panel = new LibraryPanel(&window);
            panel->resize(420, 800);
            window.show();
            if (!panel->openLibrary()) {
                std::fprintf(stderr, "cannot open the library: %s\n", qPrintable(panel->message()));
                return 1;
            }
            // the first paint of the list
            panel->repaint();
            QCoreApplication::processEvents();
            rows = panel->articleModel()->rowCount();
            total = panel->articleModel()->totalCount();
            wall << t.nsecsElapsed() / 1e6;
            cpu << cpuMs() - c0;
        }
        QCoreApplication::processEvents();
    }
    std::printf("view_rows_shown: %d of %lld\n", rows, static_cast<long long>(total));
    std::printf("view_open_ms: %.1f (CPU %.1f; median of %lld, first run %.1f)\n", median(wall),
                median(cpu), static_cast<long long>(wall.size()), wall.first());
    const double ms = median(wall);
    std::printf("bar: open the Library view on %lld articles: %.1f ms (< 300 ms): %s\n",
                static_cast<long long>(total), ms, ms < 300 ? "met" : "NOT met");
    return 0;
}
