// toNfc(): the same result as QString::normalized(NFC), in linear time on hostile text.
#include "text/Nfc.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using gloss::toNfc;

namespace {

QString repeat(const QString &piece, qsizetype atLeast)
{
    QString out;
    while (out.size() < atLeast)
        out += piece;
    return out;
}

QString fromUcs4(std::initializer_list<char32_t> codePoints)
{
    QString out;
    for (const char32_t c : codePoints)
        out += QString::fromUcs4(&c, 1);
    return out;
}

/** Random text from a pool that exercises every rule of NFC, with mark runs of at most 6. */
QString randomMix(qsizetype size, quint32 seed)
{
    const QStringList pool = {
        QStringLiteral("a"), QStringLiteral("e"), QStringLiteral(" "), QStringLiteral("\n"),
        QString(QChar(0x0301)), QString(QChar(0x0316)), QString(QChar(0x0308)),
        QString(QChar(0x0327)), QString(QChar(0x031B)), QString(QChar(0x0345)),
        QString(QChar(0x00E9)), QString(QChar(0x1E0B)), QString(QChar(0x212B)),
        QString(QChar(0x2126)), QString(QChar(0x0958)), QString(QChar(0xF900)),
        QString(QChar(0xAC00)), QString(QChar(0xD55C)), QString(QChar(0x1100)),
        QString(QChar(0x1161)), QString(QChar(0x11A8)), QString(QChar(0x0995)),
        QString(QChar(0x09C7)), QString(QChar(0x09BE)), QString(QChar(0x09D7)),
        QString(QChar(0x0B95)), QString(QChar(0x0BC6)), QString(QChar(0x0BBE)),
        QString(QChar(0x1025)), QString(QChar(0x102E)), QString(QChar(0x3099)),
        QString(QChar(0x304B)), QString(QChar(0x0344)), QString(QChar(0x0F73)),
        QString(QChar(0x1FEE)), QString(QChar(0x03B1)), QString(QChar(0x0342)),
        fromUcs4({0x1D15E}), fromUcs4({0x1D165}), fromUcs4({0x2F800}),
        // not U+11099 U+110BA: after composing them, Qt 6.8 leaves the next "e" + U+0301
        // uncomposed (a Qt bug that toNfc's shorter pieces happen not to have)
    };
    QRandomGenerator rng(seed);
    QString out;
    int marks = 0;
    while (out.size() < size) {
        const QString &p = pool.at(rng.bounded(int(pool.size())));
        const bool mark = QChar::combiningClass(p.toUcs4().first()) != 0;
        marks = mark ? marks + 1 : 0;
        if (marks > 6) {
            marks = 0;
            out += u'x';
        }
        out += p;
    }
    return out;
}

} // namespace

class tst_Nfc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQt_data();
    void sameAsQt();
    void hostile_data();
    void hostile();
    void nfcTextIsNotCopied_data();
    void nfcTextIsNotCopied();
};

void tst_Nfc::sameAsQt_data()
{
    QTest::addColumn<QString>("text");
    const QString korean = QString::fromUtf8("\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 "
                                             "\xEA\xB8\xB0\xEC\x82\xAC\xEC\x9E\x85\xEB\x8B\x88"
                                             "\xEB\x8B\xA4. ");
    QTest::newRow("empty") << QString();
    QTest::newRow("short NFD") << QString::fromUtf8("Cafe\xCC\x81");
    QTest::newRow("NFD Latin, long") << repeat(QString::fromUtf8("Cafe\xCC\x81 Zu\xCC\x88rich. "), 20000);
    QTest::newRow("accent then Korean") << QString::fromUtf8("e\xCC\x81 ") + repeat(korean, 20000);
    QTest::newRow("Korean without spaces") << QString::fromUtf8("e\xCC\x81")
                                                 + repeat(QString(QChar(0xD55C)), 20000);
    QTest::newRow("conjoining jamo L V T") << repeat(fromUcs4({0x1100, 0x1161, 0x11A8}), 20000);
    QTest::newRow("jamo V and T only") << repeat(fromUcs4({0x1161, 0x11A8, 0x1175}), 20000);
    QTest::newRow("Tamil and Bengali two-part vowels")
        << repeat(fromUcs4({0x0B95, 0x0BC6, 0x0BBE, 0x0995, 0x09C7, 0x09D7, 0x20}), 20000);
    QTest::newRow("supplementary decompositions")
        << repeat(fromUcs4({0x1D15E, 0x2F800, 0x11099, 0x110BA, 0x20}), 20000);
    QTest::newRow("singletons") << repeat(fromUcs4({0x212B, 0x2126, 0xF900, 0x0958}), 20000);
    QTest::newRow("marks in every order")
        << repeat(fromUcs4({0x61, 0x0301, 0x0316, 0x0327, 0x031B, 0x0345, 0x0308}), 20000);
    QTest::newRow("Greek with iota subscript")
        << repeat(fromUcs4({0x03B1, 0x0345, 0x0313, 0x0342, 0x1FB3, 0x20}), 20000);
    for (quint32 seed = 1; seed <= 6; ++seed)
        QTest::addRow("random mix %u", seed) << randomMix(50000, seed);
    // text NFC leaves alone is returned as it is; one character that NFC changes, anywhere,
    // sends it through the normalisation
    const QString news = repeat(QString::fromUtf8("\xE2\x80\x9C" "Caf\xC3\xA9s \xE2\x80\x94 "
                                                  "10\xE2\x82\xAC,\xE2\x80\x9D she said "
                                                  "\xE4\xB8\xAD\xE6\x96\x87.\n"),
                                20000);
    QTest::newRow("news text") << news;
    QTest::newRow("news text, a singleton at the end") << news + QChar(0x212B);
    QTest::newRow("news text, a combining mark at the end") << news + QChar(0x0301);
    QTest::newRow("news text, a mark after a curly quote") << news + QChar(0x201D)
                                                                   + QChar(0x0338);
    QTest::newRow("news text, a jamo vowel after a syllable")
        << news + QChar(0x1100) + QChar(0x1161);
    QTest::newRow("news text, precomposed Greek") << news + QChar(0x1FB3);
    QTest::newRow("news text, a supplementary decomposition") << news + fromUcs4({0x1D15E});
    QTest::newRow("news text, a Kannada length mark") << news + fromUcs4({0x0CBF, 0x0CD5});
}

// Wherever no cut is forced, the result is exactly Qt's.
void tst_Nfc::sameAsQt()
{
    QFETCH(QString, text);
    const QString expected = text.normalized(QString::NormalizationForm_C);
    const QString actual = toNfc(text);
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
    // a text given away is composed in its own memory (a piece NFC makes longer, as U+0958 or
    // U+1D15E, moves the rest to a copy): the same result
    QString owned(text.constData(), text.size());
    const QString inPlace = toNfc(std::move(owned));
    QCOMPARE(inPlace.size(), expected.size());
    QVERIFY(inPlace == expected);
}

void tst_Nfc::hostile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QString marks = QStringLiteral("a");
    for (int i = 0; i < 64000; ++i)
        marks += QChar(i % 2 ? 0x0316 : 0x0301); // classes 220 and 230: every pair swaps
    QTest::newRow("64,000 alternating combining marks") << marks << QString();
    const QString hangul = repeat(QString(QChar(0xD55C)), 1 << 20);
    QTest::newRow("one accent before 1 M Korean syllables")
        << QString::fromUtf8("e\xCC\x81") + hangul << QString(QChar(0x00E9)) + hangul;
    const QString tamil = repeat(QString(QChar(0x0BBE)), 1 << 20);
    QTest::newRow("1 M Tamil vowel signs") << tamil << tamil;
    QTest::newRow("1 M decomposing supplementary characters")
        << QString::fromUtf8("e\xCC\x81") + repeat(fromUcs4({0x1D15E}), 1 << 20)
        << QString(QChar(0x00E9)) + repeat(fromUcs4({0x1D157, 0x1D165}), 1 << 21);
}

// Pathological for Qt's own normalisation (minutes); here bounded, with the expected result.
void tst_Nfc::hostile()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QElapsedTimer timer;
    timer.start();
    const QString nfc = toNfc(text);
    QVERIFY2(timer.elapsed() < 30000, "normalisation hangs");
    if (expected.isEmpty()) {
        // the mark pile-up: composed start, then every mark kept
        QCOMPARE(nfc.size(), text.size() - 1);
        QCOMPARE(nfc.front(), QChar(0x00E1));
        QCOMPARE(nfc.count(QChar(0x0316)), text.count(QChar(0x0316)));
    } else {
        QCOMPARE(nfc.size(), expected.size());
        QVERIFY(nfc == expected);
    }
}

void tst_Nfc::nfcTextIsNotCopied_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ASCII") << repeat(QStringLiteral("Plain words. "), 1000);
    QTest::newRow("curly quotes, dashes, accents, CJK, emoji")
        << repeat(QString::fromUtf8("\xE2\x80\x9C\xC3\xA9t\xC3\xA9\xE2\x80\x9D \xE2\x80\x93 "
                                    "\xE4\xB8\xAD \xF0\x9F\x98\x80. "),
                  1000);
}

// A text already in NFC, of the kinds most files are, comes back as it is, not copied (a
// 50 MB file is 100 MB of text).
void tst_Nfc::nfcTextIsNotCopied()
{
    QFETCH(QString, text);
    const QString nfc = toNfc(text);
    QVERIFY(nfc == text.normalized(QString::NormalizationForm_C));
    QCOMPARE(nfc.constData(), text.constData());
}

QTEST_GUILESS_MAIN(tst_Nfc)
#include "tst_nfc.moc"
