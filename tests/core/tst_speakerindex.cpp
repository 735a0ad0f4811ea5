#include "model/SpeakerIndex.h"

#include <QTest>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

/**
 * An article of quotes written as "kind speaker start end" items: kind d (direct), s (scare)
 * or t (title); speaker an entity index or -1. Three entities, A, B and C.
 */
Article articleOf(const QStringList &quotes)
{
    Article a;
    a.document = Document(QString(200, u'x'), QStringLiteral("t.txt"));
    for (const QString &name : {u"A"_s, u"B"_s, u"C"_s}) {
        Entity e;
        e.name = name;
        a.entities.append(e);
    }
    for (const QString &item : quotes) {
        const QStringList f = item.split(u' ');
        Quote q;
        q.kind = f.at(0) == u"d" ? QuoteKind::Direct
                 : f.at(0) == u"s" ? QuoteKind::Scare
                                   : QuoteKind::Title;
        q.speaker = f.at(1).toInt();
        q.span = {f.at(2).toInt(), f.at(3).toInt()};
        a.quotes.append(q);
    }
    return a;
}

} // namespace

class tst_SpeakerIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void order_data();
    void order();
    void quoteHolding_data();
    void quoteHolding();
};

void tst_SpeakerIndex::order_data()
{
    QTest::addColumn<QStringList>("quotes");
    QTest::addColumn<QList<int>>("speakers");
    QTest::addColumn<QList<QList<int>>>("quotesOf"); // per speaker, in speakers' order
    QTest::addColumn<QList<int>>("unattributed");
    QTest::addColumn<QList<int>>("others");

    QTest::newRow("no quotes") << QStringList() << QList<int>() << QList<QList<int>>()
                               << QList<int>() << QList<int>();
    QTest::newRow("the first to speak comes first")
        << QStringList{u"d 1 0 5"_s, u"d 0 10 15"_s, u"d 1 20 25"_s, u"d 2 30 35"_s}
        << QList<int>{1, 0, 2} << QList<QList<int>>{{0, 2}, {1}, {3}} << QList<int>()
        << QList<int>();
    QTest::newRow("no speaker, scare quotes and titles apart")
        << QStringList{u"d -1 0 5"_s, u"s -1 10 15"_s, u"d 0 20 25"_s, u"t -1 30 35"_s,
                       u"d -1 40 45"_s}
        << QList<int>{0} << QList<QList<int>>{{2}} << QList<int>{0, 4} << QList<int>{1, 3};
    QTest::newRow("a speaker that is no entity is no speaker")
        << QStringList{u"d 7 0 5"_s, u"d 1 10 15"_s} << QList<int>{1}
        << QList<QList<int>>{{1}} << QList<int>{0} << QList<int>();
}

void tst_SpeakerIndex::order()
{
    QFETCH(QStringList, quotes);
    QFETCH(QList<int>, speakers);
    QFETCH(QList<QList<int>>, quotesOf);
    QFETCH(QList<int>, unattributed);
    QFETCH(QList<int>, others);
    const SpeakerIndex index(articleOf(quotes));
    QCOMPARE(index.speakers(), speakers);
    for (qsizetype i = 0; i < speakers.size(); ++i) {
        QCOMPARE(index.quotesOf(speakers.at(i)), quotesOf.at(i));
        QCOMPARE(index.quoteCount(speakers.at(i)), int(quotesOf.at(i).size()));
    }
    QCOMPARE(index.unattributed(), unattributed);
    QCOMPARE(index.others(), others);
    QCOMPARE(index.directQuoteCount(), int(quotes.size() - others.size()));
    QVERIFY(index.quotesOf(99).isEmpty());
    QCOMPARE(index.quoteCount(-1), 0);
}

void tst_SpeakerIndex::quoteHolding_data()
{
    QTest::addColumn<QStringList>("quotes");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("quote");

    const QStringList nested{u"d 0 10 80"_s, u"d 1 30 50"_s, u"d 2 100 120"_s};
    QTest::newRow("inside a quote") << nested << 12 << 20 << 0;
    QTest::newRow("inside a quote inside a quote: the inner one") << nested << 32 << 40 << 1;
    QTest::newRow("the whole inner quote") << nested << 30 << 50 << 1;
    QTest::newRow("most of it in, middle in") << nested << 105 << 125 << 2;
    QTest::newRow("middle outside") << nested << 115 << 140 << -1;
    QTest::newRow("a short quote in a long passage") << nested << 25 << 75 << 0;
    QTest::newRow("a short quote alone in a long passage")
        << QStringList{u"d 0 114 116"_s} << 100 << 130 << -1;
    QTest::newRow("between quotes") << nested << 85 << 95 << -1;
    QTest::newRow("a point at a quote's start") << nested << 100 << 100 << 2;
    QTest::newRow("before every quote") << nested << 0 << 5 << -1;
    QTest::newRow("quotes out of text order")
        << QStringList{u"d 0 100 120"_s, u"d 1 10 20"_s} << 12 << 14 << 1;
    QTest::newRow("no quotes") << QStringList() << 0 << 10 << -1;
}

void tst_SpeakerIndex::quoteHolding()
{
    QFETCH(QStringList, quotes);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, quote);
    const SpeakerIndex index(articleOf(quotes));
    QCOMPARE(index.quoteHolding(Span{start, end}), quote);
}

QTEST_GUILESS_MAIN(tst_SpeakerIndex)
#include "tst_speakerindex.moc"
