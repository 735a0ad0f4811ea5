#include "text/UnitScan.h"

#include <QTest>

/**
 * The fast paths over UTF-16: skipAsciiExcept() (the first unit outside ASCII or among the three
 * looked for), skipInRange(), findInRange() and findLast(); each at every position of the
 * eight-unit blocks they read at once, and in the tail after (or before) them. isWord() against
 * QStringView::compare(Qt::CaseInsensitive).
 */
class tst_UnitScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStop_data();
    void firstStop();
    void everyPosition();
    void ranges_data();
    void ranges();
    void rangesEveryPosition();
    void last_data();
    void last();
    void lastEveryPosition();
    void isWordInAnyCase_data();
    void isWordInAnyCase();
};

void tst_UnitScan::firstStop_data()
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

void tst_UnitScan::firstStop()
{
    QFETCH(QString, text);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, expected);
    QCOMPARE(gloss::skipAsciiExcept(QStringView(text).utf16(), from, to, u'.', u'!', u'?'), qsizetype(expected));
}

void tst_UnitScan::everyPosition()
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

void tst_UnitScan::ranges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("lo");
    QTest::addColumn<int>("hi");
    QTest::addColumn<int>("skipped"); // skipInRange: the first unit outside [lo, hi)
    QTest::addColumn<int>("found");   // findInRange: the first unit inside

    QTest::newRow("empty") << QString() << 0x20 << 0x7f << 0 << 0;
    QTest::newRow("printable ASCII, then a tab")
        << QStringLiteral("Plain text, all of it\tend") << 0x20 << 0x7f << 21 << 0;
    QTest::newRow("printable ASCII: the bounds (space in, DEL out)")
        << QStringLiteral("~ ~ ~ ~ ~ ~\x7f") << 0x20 << 0x7f << 11 << 0;
    QTest::newRow("below U+0300: Latin-1 letters pass, a combining accent stops")
        << QStringLiteral("caf\u00e9 nai\u0308ve") << 0 << 0x300 << 8 << 0;
    QTest::newRow("a high surrogate found past two blocks")
        << QStringLiteral("sixteen letters \U0001F600") << 0xD800 << 0xDC00 << 0 << 16;
    QTest::newRow("a low surrogate is not a high one")
        << (QStringLiteral("a") + QChar(0xDC00) + u'b') << 0xD800 << 0xDC00 << 0 << 3;
    QTest::newRow("the top of the range: U+FFFF")
        << QStringLiteral("abc\uffff") << 0xF000 << 0xFFFF << 0 << 4;
}

void tst_UnitScan::ranges()
{
    QFETCH(QString, text);
    QFETCH(int, lo);
    QFETCH(int, hi);
    QFETCH(int, skipped);
    QFETCH(int, found);
    const char16_t *s = QStringView(text).utf16();
    QCOMPARE(gloss::skipInRange(s, 0, text.size(), char16_t(lo), char16_t(hi)),
             qsizetype(skipped));
    QCOMPARE(gloss::findInRange(s, 0, text.size(), char16_t(lo), char16_t(hi)),
             qsizetype(found));
}

void tst_UnitScan::rangesEveryPosition()
{
    // one unit of another kind at each position, every start and a bound before it
    struct Case
    {
        char16_t fill, odd, lo, hi;
    };
    for (const Case c : {Case{u'a', u'\t', 0x20, 0x7f}, Case{u'a', u'\x7f', 0x20, 0x7f},
                         Case{u'\u00e9', u'\u0301', 0, 0x300}, Case{u'a', char16_t(0xD83D), 0, 0xD800},
                         Case{u'\ufffe', u'\u0000', 1, 0xffff}}) {
        for (int at = 0; at < 25; ++at) {
            QString text(25, QChar(c.fill));
            text[at] = QChar(c.odd);
            const char16_t *s = QStringView(text).utf16();
            for (int from = 0; from <= at; ++from) {
                QCOMPARE(gloss::skipInRange(s, from, text.size(), c.lo, c.hi), qsizetype(at));
                QCOMPARE(gloss::findInRange(s, from, text.size(), c.odd, char16_t(c.odd + 1)),
                         qsizetype(at));
            }
            QCOMPARE(gloss::skipInRange(s, 0, at, c.lo, c.hi), qsizetype(at));
            QCOMPARE(gloss::findInRange(s, 0, at, c.odd, char16_t(c.odd + 1)), qsizetype(at));
        }
    }
}

void tst_UnitScan::last_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("found");
    QTest::newRow("empty") << QString() << 0 << 0 << -1;
    QTest::newRow("none") << QStringLiteral("no such mark in these words") << 0 << 27 << -1;
    QTest::newRow("the last of several, past a block")
        << QStringLiteral("one, two, three and four more words") << 0 << 35 << 8;
    QTest::newRow("one at the very end") << QStringLiteral("sixteen letters,") << 0 << 16 << 15;
    QTest::newRow("one at the very start") << QStringLiteral(",sixteen letters") << 0 << 16 << 0;
    QTest::newRow("the end bounds the search, mid-block")
        << QStringLiteral("a, b, c, d, e, f, g") << 0 << 10 << 7;
    QTest::newRow("one before the beginning is not seen")
        << QStringLiteral(", then nothing for a while") << 1 << 26 << -1;
    QTest::newRow("beside units beyond ASCII")
        << QStringLiteral("\u201cSo,\u201d she said \u2014 and") << 0 << 20 << 3;
}

void tst_UnitScan::last()
{
    QFETCH(QString, text);
    QFETCH(int, begin);
    QFETCH(int, end);
    QFETCH(int, found);
    QVERIFY(end <= text.size());
    QCOMPARE(gloss::findLast(QStringView(text).utf16(), begin, end, u','), qsizetype(found));
}

void tst_UnitScan::lastEveryPosition()
{
    // the unit at each position, every end after it and a beginning past it, against the
    // plain look back
    for (const char16_t unit : {u',', u';', u'\u2019', u'\uffff', u'\u0000'}) {
        const char16_t fill = unit == u'\u0000' ? u'x' : u'\u0000';
        for (int at = 0; at < 25; ++at) {
            QString text(25, QChar(fill));
            text[at] = QChar(unit);
            const char16_t *s = QStringView(text).utf16();
            for (int end = at + 1; end <= text.size(); ++end)
                QCOMPARE(gloss::findLast(s, 0, end, unit), qsizetype(at));
            QCOMPARE(gloss::findLast(s, at + 1, text.size(), unit), qsizetype(-1));
            QCOMPARE(gloss::findLast(s, 0, at, unit), qsizetype(-1));
        }
    }
}

void tst_UnitScan::isWordInAnyCase_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("same");
    QTest::newRow("the same") << QStringLiteral("the") << QStringLiteral("the") << true;
    QTest::newRow("capitalised") << QStringLiteral("The") << QStringLiteral("the") << true;
    QTest::newRow("in capitals") << QStringLiteral("ACCORDING") << QStringLiteral("according")
                                 << true;
    QTest::newRow("a target in capitals") << QStringLiteral("gpe") << QStringLiteral("GPE")
                                          << true;
    QTest::newRow("both in mixed case") << QStringLiteral("PeRsOn") << QStringLiteral("pErSoN")
                                        << true;
    QTest::newRow("longer") << QStringLiteral("then") << QStringLiteral("the") << false;
    QTest::newRow("shorter") << QStringLiteral("th") << QStringLiteral("the") << false;
    QTest::newRow("another letter") << QStringLiteral("tha") << QStringLiteral("the") << false;
    QTest::newRow("a letter next to Z in ASCII") << QStringLiteral("GP[") << QStringLiteral("gp{")
                                                 << false;
    QTest::newRow("an accent") << QStringLiteral("th\u00e9") << QStringLiteral("the") << false;
    QTest::newRow("a letter beyond ASCII that folds to an ASCII one (Kelvin sign)")
        << QStringLiteral("\u212Ait") << QStringLiteral("kit") << true;
    QTest::newRow("the Kelvin sign in the target")
        << QStringLiteral("kit") << QStringLiteral("\u212Ait") << true;
    QTest::newRow("empty") << QString() << QString() << true;
}

// isWord() answers as QStringView::compare(Qt::CaseInsensitive) does
void tst_UnitScan::isWordInAnyCase()
{
    QFETCH(QString, word);
    QFETCH(QString, target);
    QFETCH(bool, same);
    QCOMPARE(QStringView(word).compare(target, Qt::CaseInsensitive) == 0, same);
    QCOMPARE(gloss::isWord(word, target), same);
}

QTEST_GUILESS_MAIN(tst_UnitScan)
#include "tst_unitscan.moc"
