// reserveHeapFor() (cli/HeapReserve.h): one heap region sized for an input, advised for huge
// pages, that serves the analysis's blocks without touching memory before they are used.
#include "HeapReserve.h"

#include <QFile>
#include <QTest>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#endif

#include <cstdlib>
#include <cstring>

using gloss::cli::reserveHeapFor;

namespace {

/** The "VmRSS:" of this process, in kB (-1 when unknown). */
long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

class tst_HeapReserve : public QObject
{
    Q_OBJECT

private slots:
    void reserve_data()
    {
        QTest::addColumn<qint64>("input");
        QTest::addColumn<bool>("grows");
        QTest::newRow("no input") << qint64(0) << false;
        QTest::newRow("an article (5 KB)") << qint64(5000) << false;
        QTest::newRow("under the 2 MB threshold") << qint64(2 * 1024 * 1024 - 1) << false;
        QTest::newRow("8 MB") << qint64(8 * 1024 * 1024) << true;
    }

    // The heap grows by ten times the input at once, none of it touched; the blocks of the
    // analysis then come from it (none in a mapping of its own), and freed memory stays.
    void reserve()
    {
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
        if (!gloss::cli::heapReserveAvailable())
            QSKIP("this build's allocator is not glibc's (a sanitizer)");
        QFETCH(qint64, input);
        QFETCH(bool, grows);
        const long rssBefore = residentKb(); // (reading it allocates: before the heap's size)
        const struct mallinfo2 before = mallinfo2();
        reserveHeapFor(input);
        const struct mallinfo2 after = mallinfo2();
        const long rssAfter = residentKb();
        if (!grows) {
            QCOMPARE(after.arena, before.arena);
            return;
        }
        QVERIFY2(after.arena >= before.arena + size_t(input) * 9,
                 qPrintable(QStringLiteral("heap %1 -> %2").arg(before.arena).arg(after.arena)));
        QVERIFY2(rssAfter - rssBefore < 8 * 1024, "the region is not touched"); // (a huge page or two)
        // a block of half the reserve: served from the heap, no mapping of its own
        const size_t big = size_t(input) * 5;
        char *block = static_cast<char *>(std::malloc(big));
        QVERIFY(block);
        std::memset(block, 1, big);
        const struct mallinfo2 used = mallinfo2();
        QCOMPARE(used.hblkhd, before.hblkhd);
        QCOMPARE(used.arena, after.arena);
        std::free(block);
        QCOMPARE(mallinfo2().arena, after.arena); // kept for the next block
#else
        QSKIP("only Linux with glibc reserves a heap region");
#endif
    }
};

QTEST_GUILESS_MAIN(tst_HeapReserve)
#include "tst_heapreserve.moc"
