// MentionIndex (core/analysis/quotes/MentionIndex_p.h): the recognizer's mentions and those the
// attribution adds, read as one list in text order.
#include "analysis/quotes/MentionIndex_p.h"

#include <QTest>

using gloss::attribution::Mention;
using gloss::attribution::MentionIndex;

namespace {

/** Mentions starting at @p starts (end = start + 3, entity = start). */
QList<Mention> at(const QList<qsizetype> &starts)
{
    QList<Mention> out;
    for (const qsizetype s : starts)
        out.append({s, s + 3, int(s), false});
    return out;
}

QList<qsizetype> forward(const MentionIndex &index, qsizetype pos, qsizetype stopAfter = -1)
{
    QList<qsizetype> seen;
    index.forwardFrom(pos, [&](const Mention &m) {
        seen.append(m.start);
        return seen.size() != stopAfter;
    });
    return seen;
}

QList<qsizetype> backward(const MentionIndex &index, qsizetype pos, qsizetype stopAfter = -1)
{
    QList<qsizetype> seen;
    index.backwardFrom(pos, [&](const Mention &m) {
        seen.append(m.start);
        return seen.size() != stopAfter;
    });
    return seen;
}

} // namespace

class tst_MentionIndex : public QObject
{
    Q_OBJECT

private slots:
    void readsInOrder_data()
    {
        QTest::addColumn<QList<qsizetype>>("base");  // the recognizer's, in any order
        QTest::addColumn<QList<qsizetype>>("added"); // added one by one
        QTest::addColumn<qsizetype>("pos");
        QTest::addColumn<QList<qsizetype>>("forward");  // starts at or after pos
        QTest::addColumn<QList<qsizetype>>("backward"); // starts before pos, nearest first

        using L = QList<qsizetype>;
        QTest::newRow("the recognizer's only, sorted once")
            << L{40, 10, 30} << L{} << qsizetype(20) << L{30, 40} << L{10};
        QTest::newRow("added ones interleave by start")
            << L{10, 30, 50} << L{20, 40} << qsizetype(0) << L{10, 20, 30, 40, 50} << L{};
        QTest::newRow("added ones only")
            << L{} << L{35, 5} << qsizetype(6) << L{35} << L{5};
        QTest::newRow("read back from the middle")
            << L{10, 30, 50} << L{20, 40} << qsizetype(45) << L{50} << L{40, 30, 20, 10};
        QTest::newRow("a position at a start belongs to the forward side")
            << L{10, 30} << L{20} << qsizetype(20) << L{20, 30} << L{10};
        QTest::newRow("nothing at all") << L{} << L{} << qsizetype(0) << L{} << L{};
    }

    void readsInOrder()
    {
        QFETCH(QList<qsizetype>, base);
        QFETCH(QList<qsizetype>, added);
        QFETCH(qsizetype, pos);
        QFETCH(QList<qsizetype>, forward);
        QFETCH(QList<qsizetype>, backward);
        MentionIndex index;
        index.build(at(base));
        for (const Mention &m : at(added))
            QVERIFY(index.add(m));
        QCOMPARE(::forward(index, pos), forward);
        QCOMPARE(::backward(index, pos), backward);
    }

    void addRefusesAStartTaken_data()
    {
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<bool>("added");

        QTest::newRow("a start of the recognizer's") << qsizetype(10) << false;
        QTest::newRow("a start added before") << qsizetype(20) << false;
        QTest::newRow("a free start") << qsizetype(25) << true;
    }

    void addRefusesAStartTaken()
    {
        QFETCH(qsizetype, start);
        QFETCH(bool, added);
        MentionIndex index;
        index.build(at({10, 30}));
        QVERIFY(index.add(at({20}).first()));
        QCOMPARE(index.add(at({start}).first()), added);
        QCOMPARE(forward(index, 0).size(), added ? 4 : 3);
    }

    void stopsWhenAsked()
    {
        MentionIndex index;
        index.build(at({10, 30, 50}));
        QVERIFY(index.add(at({20}).first()));
        QCOMPARE(forward(index, 0, 2), (QList<qsizetype>{10, 20}));
        QCOMPARE(backward(index, 60, 3), (QList<qsizetype>{50, 30, 20}));
    }

    void baseCanBeMarked()
    {
        // the attribution marks the recognizer's mentions inside quotes after building
        MentionIndex index;
        index.build(at({30, 10}));
        index.base().first().inQuote = true;
        bool firstInQuote = false;
        index.forwardFrom(0, [&](const Mention &m) {
            firstInQuote = m.inQuote;
            return false;
        });
        QVERIFY(firstInQuote);
    }
};

QTEST_GUILESS_MAIN(tst_MentionIndex)
#include "tst_mentionindex.moc"
