// LaneLayout: where the note cards go in the margin lane (pure geometry, no widgets).
#include "notes/LaneLayout.h"

#include <QTest>

using namespace gloss;

using Cards = QList<LaneLayout::Card>;
Q_DECLARE_METATYPE(Cards)

class tst_LaneLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void place_data();
    void place();
    void neverOverlapsAndKeepsOrder_data();
    void neverOverlapsAndKeepsOrder();
    void firstReaching_data();
    void firstReaching();
    void bottomMargin_data();
    void bottomMargin();
};

void tst_LaneLayout::place_data()
{
    QTest::addColumn<Cards>("cards");
    QTest::addColumn<int>("gap");
    QTest::addColumn<QList<int>>("tops");
    QTest::addColumn<int>("end");

    QTest::newRow("no cards") << Cards{} << 8 << QList<int>{} << 0;
    QTest::newRow("one card, level with its passage")
        << Cards{{120, 40}} << 8 << QList<int>{120} << 160;
    QTest::newRow("far apart: each level with its passage")
        << Cards{{0, 40}, {100, 40}, {300, 60}} << 8 << QList<int>{0, 100, 300} << 360;
    QTest::newRow("same line: pushed down, one gap apart")
        << Cards{{50, 40}, {50, 40}, {50, 40}} << 8 << QList<int>{50, 98, 146} << 186;
    QTest::newRow("just touching the gap: not moved")
        << Cards{{0, 40}, {48, 10}} << 8 << QList<int>{0, 48} << 58;
    QTest::newRow("one pixel short of the gap: pushed by one")
        << Cards{{0, 40}, {47, 10}} << 8 << QList<int>{0, 48} << 58;
    QTest::newRow("a push carries on down the lane")
        << Cards{{0, 100}, {20, 30}, {60, 30}, {500, 30}} << 8 << QList<int>{0, 108, 146, 500}
        << 530;
    QTest::newRow("one huge card pushes all the others")
        << Cards{{10, 5000}, {20, 30}, {4000, 30}} << 8 << QList<int>{10, 5018, 5056} << 5086;
    QTest::newRow("a collapsed card (no height) still takes a gap")
        << Cards{{0, 0}, {0, 20}} << 8 << QList<int>{0, 8} << 28;
    QTest::newRow("wanted tops out of order: never above the card before")
        << Cards{{200, 20}, {100, 20}} << 8 << QList<int>{200, 228} << 248;
    QTest::newRow("no gap") << Cards{{0, 10}, {0, 10}} << 0 << QList<int>{0, 10} << 20;
    QTest::newRow("an article note above the text (negative top) stays there")
        << Cards{{-4, 30}, {100, 30}} << 8 << QList<int>{-4, 100} << 130;
}

void tst_LaneLayout::place()
{
    QFETCH(Cards, cards);
    QFETCH(int, gap);
    QFETCH(QList<int>, tops);
    QFETCH(int, end);
    const LaneLayout lane(cards, gap);
    QCOMPARE(lane.size(), cards.size());
    QCOMPARE(lane.isEmpty(), cards.isEmpty());
    QList<int> got;
    for (qsizetype i = 0; i < lane.size(); ++i) {
        got.append(lane.top(i));
        QCOMPARE(lane.height(i), cards.at(i).height);
    }
    QCOMPARE(got, tops);
    QCOMPARE(lane.end(), end);
}

void tst_LaneLayout::neverOverlapsAndKeepsOrder_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("count");
    QTest::newRow("30 notes in one paragraph") << 1 << 30;
    QTest::newRow("300 notes over a long text") << 2 << 300;
    QTest::newRow("3000 notes, many on the same line") << 3 << 3000;
}

void tst_LaneLayout::neverOverlapsAndKeepsOrder()
{
    QFETCH(int, seed);
    QFETCH(int, count);
    // a fixed pseudo-random lane (a linear congruential generator: the same on every run)
    quint32 state = quint32(seed);
    const auto next = [&state](int max) {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(max));
    };
    Cards cards;
    int wanted = 0;
    for (int i = 0; i < count; ++i) {
        wanted += next(3) == 0 ? 0 : next(200); // passages in reading order, some on one line
        cards.append({wanted, 20 + next(180)});
    }
    const int gap = 8;
    const LaneLayout lane(cards, gap);
    for (qsizetype i = 0; i < lane.size(); ++i) {
        QVERIFY2(lane.top(i) >= cards.at(i).wantedTop, qPrintable(QString::number(i)));
        if (i > 0) {
            QVERIFY2(lane.top(i) >= lane.top(i - 1) + lane.height(i - 1) + gap,
                     qPrintable(QString::number(i)));
            // a card is moved only as far as the one before it makes it
            if (lane.top(i) > cards.at(i).wantedTop)
                QCOMPARE(lane.top(i), lane.top(i - 1) + lane.height(i - 1) + gap);
        }
    }
    QCOMPARE(lane.end(), lane.top(count - 1) + lane.height(count - 1));
}

void tst_LaneLayout::firstReaching_data()
{
    QTest::addColumn<int>("y");
    QTest::addColumn<int>("first");
    // cards at 0..39, 100..139, 148..187, 400..409
    QTest::newRow("above every card") << -50 << 0;
    QTest::newRow("in the first card") << 20 << 0;
    QTest::newRow("the first card's last pixel") << 39 << 0;
    QTest::newRow("just below the first card") << 40 << 1;
    QTest::newRow("between cards") << 60 << 1;
    QTest::newRow("in a pushed card") << 150 << 2;
    QTest::newRow("the last card") << 405 << 3;
    QTest::newRow("below every card") << 410 << 4;
}

void tst_LaneLayout::firstReaching()
{
    QFETCH(int, y);
    QFETCH(int, first);
    const LaneLayout lane(Cards{{0, 40}, {100, 40}, {100, 40}, {400, 10}}, 8);
    QCOMPARE(lane.firstReaching(y), qsizetype(first));
    QCOMPARE(LaneLayout().firstReaching(y), qsizetype(0));
}

void tst_LaneLayout::bottomMargin_data()
{
    QTest::addColumn<qreal>("textHeight"); // with the present margin
    QTest::addColumn<qreal>("margin");
    QTest::addColumn<int>("cardsEnd");
    QTest::addColumn<qreal>("expected"); // -1: unchanged
    // base margin 4, gap 8, steps of at least 120 (a twentieth of the text when more)
    QTest::newRow("no cards, no extra margin") << 1000.0 << 4.0 << 0 << -1.0;
    QTest::newRow("cards end inside the text") << 1000.0 << 4.0 << 900 << -1.0;
    QTest::newRow("cards reach past the end: one step") << 1000.0 << 4.0 << 1050 << 124.0;
    QTest::newRow("far past the end: whole steps") << 1000.0 << 4.0 << 1400 << 4.0 + 4 * 120;
    QTest::newRow("a long text: steps of a twentieth") << 10000.0 << 4.0 << 10100 << 504.0;
    QTest::newRow("the margin holds them already: unchanged") << 1120.0 << 124.0 << 1050 << -1.0;
    QTest::newRow("a little less needed: kept (no relayout while typing)")
        << 1360.0 << 364.0 << 1050 << -1.0;
    QTest::newRow("three steps unused: shrinks") << 1480.0 << 484.0 << 1050 << 124.0;
    QTest::newRow("no cards left below: back to the text's own margin")
        << 1120.0 << 124.0 << 500 << 4.0;
    QTest::newRow("one huge card") << 1000.0 << 4.0 << 20000 << 4.0 + 159 * 120;
}

void tst_LaneLayout::bottomMargin()
{
    QFETCH(qreal, textHeight);
    QFETCH(qreal, margin);
    QFETCH(int, cardsEnd);
    QFETCH(qreal, expected);
    const std::optional<qreal> got =
        LaneLayout::bottomMargin(textHeight, margin, 4.0, cardsEnd, 8, 120.0);
    if (expected < 0) {
        QVERIFY2(!got, qPrintable(QString::number(got.value_or(0))));
        return;
    }
    QVERIFY(got);
    QCOMPARE(*got, expected);
    // applied, the cards fit, and asking again changes nothing
    const qreal applied = textHeight - (margin - 4.0) + (*got - 4.0);
    QVERIFY(cardsEnd + 8 <= applied || *got == 4.0);
    QVERIFY(!LaneLayout::bottomMargin(applied, *got, 4.0, cardsEnd, 8, 120.0));
}

QTEST_MAIN(tst_LaneLayout)
#include "tst_lanelayout.moc"
