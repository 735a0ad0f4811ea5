#include "text/AsciiScan.h"

#include <QTest>

/** skipAsciiExcept(): the first unit outside ASCII or among the three looked for. */
class tst_AsciiScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStop_data();
    void firstStop();
    void everyPosition();
};

void tst_AsciiScan::firstStop_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("expected");

    QTest::newRow("empty") << QString() << 0 << 0 << 0;
    QTest::newRow("nothing to stop at: the end") << QStringLiteral("plain words here") << 0 << 16
                                                 << 16;
    QTest::newRow("a full stop in the first block") << QStringLiteral("Yes. No") << 0 << 7 << 3;
    QTest::newRow("a question mark after two blocks")
        << QStringLiteral("sixteen letters?") << 0 << 16 << 15;
    QTest::newRow("an exclamation mark in the tail") << QStringLiteral("nineteen letters ok!")
                                                     << 0 << 20 << 19;
    QTest::newRow("non-ASCII stops: a curly quote") << QStringLiteral("he said \u201Cso")
                                                    << 0 << 11 << 8;
    QTest::newRow("non-ASCII stops: a Latin-1 letter") << QStringLiteral("caf\u00e9 au lait")
                                                       << 0 << 12 << 3;
    QTest::newRow("starts past a stop") << QStringLiteral("A. b c d e f g h. i") << 2 << 19
                                        << 16;
    QTest::newRow("the end bounds the search, even mid-block")
        << QStringLiteral("abcdefghij.") << 0 << 10 << 10;
    QTest::newRow("controls and other punctuation pass")
        << QStringLiteral("a,\tb;\nc: (d) \"e\" f-g.") << 0 << 21 << 20;
}

void tst_AsciiScan::firstStop()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, expected);
    QCOMPARE(gloss::skipAsciiExcept(QStringView(text).utf16(), from, to, u'.', u'!', u'?'), qsizetype(expected));
}

void tst_AsciiScan::everyPosition()
{
    // each stop at each position of the blocks and of the tail, from each start before it,
    // against the plain loop
    for (const char16_t stop : {u'.', u'!', u'?', u'\u00e9', u'\u2026', u'\uffff'}) {
        for (int at = 0; at < 25; ++at) {
            QString text(25, u'w');
            text[at] = stop;
            for (int from = 0; from <= at; ++from) {
                const qsizetype got =
                    gloss::skipAsciiExcept(QStringView(text).utf16(), from, text.size(), u'.', u'!', u'?');
                QCOMPARE(got, qsizetype(at));
            }
            // a bound before the stop: the bound
            QCOMPARE(gloss::skipAsciiExcept(QStringView(text).utf16(), 0, at, u'.', u'!', u'?'), qsizetype(at));
        }
    }
}

QTEST_GUILESS_MAIN(tst_AsciiScan)
#include "tst_asciiscan.moc"
