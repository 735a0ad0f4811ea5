#include "io/TextDecoder.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using gloss::TextDecoder;

namespace {

QByteArray utf16(const QString &s, bool bigEndian)
{
    QByteArray out;
    for (const QChar c : s) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        out.append(bigEndian ? hi : lo).append(bigEndian ? lo : hi);
    }
    return out;
}

QByteArray utf32le(const QString &s)
{
    QByteArray out;
    for (const char32_t c : s.toUcs4()) {
        for (int i = 0; i < 4; ++i)
            out.append(char((c >> (8 * i)) & 0xFF));
    }
    return out;
}

} // namespace

class tst_TextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void refuses_data();
    void refuses();
    void normaliseIsIdempotent();
    void windows1252();
    void largeSingleLine();
};

void tst_TextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("warns");

    const QString sample = u"Caf\u00E9 \u201Cquoted\u201D \u2014 \u00A348m"_s;
    QTest::newRow("ascii") << QByteArray("Hello") << u"Hello"_s << u"UTF-8"_s << false;
    QTest::newRow("utf-8") << sample.toUtf8() << sample << u"UTF-8"_s << false;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + sample.toUtf8() << sample
                               << u"UTF-8"_s << false;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE") + utf16(sample, false) << sample
                                  << u"UTF-16LE"_s << false;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF") + utf16(sample, true) << sample
                                  << u"UTF-16BE"_s << false;
    QTest::newRow("utf-16le without bom") << utf16(u"Plain words here"_s, false)
                                          << u"Plain words here"_s << u"UTF-16LE"_s << true;
    QTest::newRow("utf-32le bom") << QByteArray("\xFF\xFE\0\0", 4) + utf32le(u"A \U0001F600"_s)
                                  << u"A \U0001F600"_s << u"UTF-32LE"_s << false;
    QTest::newRow("invalid utf-8: windows-1252")
        << QByteArray("Caf\xE9 \x93quoted\x94 \x97 \xA3" "48m") << sample
        << u"windows-1252"_s << true;
    QTest::newRow("latin-1 accents") << QByteArray("na\xEFve r\xE9sum\xE9")
                                     << u"na\u00EFve r\u00E9sum\u00E9"_s << u"windows-1252"_s
                                     << true;
    QTest::newRow("utf-8 with one broken byte")
        << QByteArray("\xE2\x80\x9CYes\xE2\x80\x9D, caf\xC3\xA9, na\xC3\xAFve, \xFF end")
        << u"\u201CYes\u201D, caf\u00E9, na\u00EFve, \uFFFD end"_s << u"UTF-8"_s << true;
    QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << u"a\nb\n"_s << u"UTF-8"_s << false;
    QTest::newRow("cr") << QByteArray("a\rb\r\rc") << u"a\nb\n\nc"_s << u"UTF-8"_s << false;
    QTest::newRow("crlf in utf-16") << QByteArray("\xFF\xFE") + utf16(u"a\r\nb"_s, false)
                                    << u"a\nb"_s << u"UTF-16LE"_s << false;
    QTest::newRow("nfc") << QByteArray("Cafe\xCC\x81") << u"Caf\u00E9"_s << u"UTF-8"_s << false;
    QTest::newRow("hangul nfc") << u"\u1100\u1161"_s.toUtf8() << u"\uAC00"_s << u"UTF-8"_s
                                << false;
    QTest::newRow("control characters stripped")
        << QByteArray("A long enough line of text\x01 with one\x1B escape, a delete\x7F and tabs\tkept.")
        << u"A long enough line of text with one escape, a delete and tabs\tkept."_s << u"UTF-8"_s << true;
    QTest::newRow("C1 controls stripped") << u"A line of plain text \u0090with a C1 control."_s.toUtf8()
                                          << u"A line of plain text with a C1 control."_s
                                          << u"UTF-8"_s << true;
    QTest::newRow("unicode line separators") << u"a\u2028b\u2029c\u0085d"_s.toUtf8()
                                             << u"a\nb\n\nc\nd"_s << u"UTF-8"_s << false;
    QTest::newRow("form feed") << QByteArray("page one\fpage two") << u"page one\n\npage two"_s
                               << u"UTF-8"_s << false;
    QTest::newRow("stray bom") << QByteArray("one\xEF\xBB\xBFtwo") << u"onetwo"_s << u"UTF-8"_s
                               << false;
    QTest::newRow("right to left") << u"\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627"_s.toUtf8()
                                   << u"\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627"_s
                                   << u"UTF-8"_s << false;
    QTest::newRow("CJK") << u"\u5E02\u8BAE\u4F1A\u6295\u7968\u3002"_s.toUtf8()
                         << u"\u5E02\u8BAE\u4F1A\u6295\u7968\u3002"_s << u"UTF-8"_s << false;
    QTest::newRow("only quote marks") << u"\"\"\u201C\u201D\u2018\u2019''"_s.toUtf8()
                                      << u"\"\"\u201C\u201D\u2018\u2019''"_s << u"UTF-8"_s << false;
    QTest::newRow("empty") << QByteArray() << QString() << u"UTF-8"_s << false;
}

void tst_TextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, warns);
    const TextDecoder::Result r = TextDecoder::decode(bytes);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.text, text);
    QCOMPARE(r.encoding, encoding);
    QCOMPARE(!r.warnings.isEmpty(), warns);
}

void tst_TextDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("NUL bytes") << QByteArray("text\0with\0nul", 13) << u"NUL"_s;
    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << u"NUL"_s;
    QByteArray random(1024 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    QTest::newRow("1 MB of random bytes") << random << u"NUL"_s;
    QByteArray noNul = random;
    noNul.replace('\0', '\x01');
    QTest::newRow("random bytes without NUL") << noNul << u"control"_s;
    QTest::newRow("mostly control characters") << QByteArray("\x01\x02\x03\x04\x05 ab\x06\x07")
                                               << u"control"_s;
}

void tst_TextDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const TextDecoder::Result r = TextDecoder::decode(bytes);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    QVERIFY(r.text.isEmpty());
}

void tst_TextDecoder::normaliseIsIdempotent()
{
    const QString once = TextDecoder::normalise(u"a\r\nb\u2029c e\u0301\x01"_s);
    QCOMPARE(once, u"a\nb\n\nc \u00E9"_s);
    QCOMPARE(TextDecoder::normalise(once), once);
}

void tst_TextDecoder::windows1252()
{
    QByteArray all;
    for (int b = 0x20; b < 0x100; ++b)
        all.append(char(b));
    const QString s = TextDecoder::fromWindows1252(all);
    QCOMPARE(s.size(), all.size());
    QCOMPARE(s[0x80 - 0x20], QChar(0x20AC));  // euro sign
    QCOMPARE(s[0x99 - 0x20], QChar(0x2122));  // trade mark
    QCOMPARE(s[0xE9 - 0x20], QChar(0x00E9));  // e acute
}

void tst_TextDecoder::largeSingleLine()
{
    const QByteArray line = QByteArray("word \xE2\x80\x9Cquoted\xE2\x80\x9D ").repeated(70000);
    QVERIFY(line.size() > 1024 * 1024);
    const TextDecoder::Result r = TextDecoder::decode(line);
    QVERIFY(r.ok());
    QCOMPARE(r.text.size(), 14 * 70000);
    QVERIFY(!r.text.contains(u'\n'));
}

QTEST_GUILESS_MAIN(tst_TextDecoder)
#include "tst_textdecoder.moc"
