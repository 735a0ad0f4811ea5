// Where a position falls in sorted spans, looked up forward, and the galloping search under it
// (core/analysis/quotes/SpanCursor_p.h).
#include "analysis/quotes/SpanCursor_p.h"

#include <QRandomGenerator>
#include <QTest>

using namespace gloss;
using namespace gloss::quotes;

namespace {

/** The answer of a search of the whole list: the last span starting at or before pos. */
qsizetype searched(const QList<Span> &spans, qsizetype pos)
{
    qsizetype last = -1;
    for (qsizetype i = 0; i < spans.size() && spans[i].start <= pos; ++i)
        last = i;
    return last;
}

} // namespace

class tst_SpanCursor : public QObject
{
    Q_OBJECT

private slots:
    void lookUps_data()
    {
        QTest::addColumn<QList<Span>>("spans");
        QTest::addColumn<QList<qsizetype>>("positions"); // looked up in this order
        const QList<Span> three{{10, 20}, {30, 40}, {40, 45}};
        QTest::newRow("no spans") << QList<Span>{} << QList<qsizetype>{0, 5, 100};
        QTest::newRow("forward, every position")
            << three << [] {
                   QList<qsizetype> all;
                   for (qsizetype p = 0; p < 60; ++p)
                       all.append(p);
                   return all;
               }();
        QTest::newRow("backward") << three << QList<qsizetype>{50, 44, 40, 39, 30, 29, 10, 9, 0};
        QTest::newRow("jumps over spans") << three << QList<qsizetype>{0, 41, 12, 100, 35, 5};
        QTest::newRow("the same position twice") << three << QList<qsizetype>{31, 31, 40, 40};
        QTest::newRow("spans starting together")
            << QList<Span>{{5, 8}, {5, 6}, {9, 12}} << QList<qsizetype>{4, 5, 7, 9, 5};
    }

    // Every answer is the search's, whatever the order of the look-ups; inside() is whether
    // that span holds the position.
    void lookUps()
    {
        QFETCH(QList<Span>, spans);
        QFETCH(QList<qsizetype>, positions);
        const SpanCursor cursor(spans);
        for (const qsizetype pos : positions) {
            const qsizetype expected = searched(spans, pos);
            QCOMPARE(cursor.lastStartingBy(pos), expected);
            QCOMPARE(cursor.inside(pos), expected >= 0 && spans[expected].contains(pos));
        }
    }

    // The galloping search finds the lower bound from any hint: before, at and after the answer,
    // outside the list, with repeated keys and none.
    void lowerBoundFromAnyHint()
    {
        QRandomGenerator random(5);
        for (int round = 0; round < 300; ++round) {
            QList<qsizetype> keys;
            qsizetype at = 0;
            const int count = random.bounded(0, 70);
            for (int i = 0; i < count; ++i)
                keys.append(at += random.bounded(0, 4)); // repeats where the step is 0
            const auto key = [&keys](qsizetype i) { return keys[i]; };
            for (int k = 0; k < 40; ++k) {
                const qsizetype pos = random.bounded(-2, int(at) + 3);
                const qsizetype hint = random.bounded(-3, count + 4);
                const qsizetype expected =
                    std::lower_bound(keys.cbegin(), keys.cend(), pos) - keys.cbegin();
                QCOMPARE(lowerBoundNear(keys.size(), hint, pos, key), expected);
            }
        }
    }

    // Random spans and look-ups, mostly forward with steps back, as the attribution makes them.
    void randomLookUps()
    {
        QRandomGenerator random(17);
        for (int round = 0; round < 200; ++round) {
            QList<Span> spans;
            qsizetype at = 0;
            const int count = random.bounded(0, 40);
            for (int i = 0; i < count; ++i) {
                at += random.bounded(0, 6);
                spans.append({at, at + random.bounded(1, 8)});
                at = spans.last().end;
            }
            const SpanCursor cursor(spans);
            qsizetype pos = 0;
            for (int k = 0; k < 300; ++k) {
                pos = std::max<qsizetype>(0, pos + random.bounded(-10, 15));
                QCOMPARE(cursor.lastStartingBy(pos), searched(spans, pos));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_SpanCursor)
#include "tst_spancursor.moc"
