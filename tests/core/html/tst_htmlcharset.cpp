#include "io/html/HtmlCharset.h"

#include <QTest>

using gloss::HtmlCharset;

class tst_HtmlCharset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void sniffMeta_data();
    void sniffMeta();
    void contentType_data();
    void contentType();
    void windows1252();
};

void tst_HtmlCharset::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("httpCharset");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("warns");

    const QString cafe = QStringLiteral("<p>caf\u00E9</p>");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF<p>caf\xC3\xA9</p>") << QByteArray()
                               << cafe << QByteArray("UTF-8") << QByteArray("bom") << false;
    QTest::newRow("bom beats meta")
        << QByteArray("\xEF\xBB\xBF<meta charset=windows-1252><p>\xC3\xA9")
        << QByteArray("windows-1252")
        << QStringLiteral("<meta charset=windows-1252><p>\u00E9") << QByteArray("UTF-8")
        << QByteArray("bom") << false;
    QByteArray utf16le("\xFF\xFE");
    for (const QChar c : cafe)
        utf16le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    QTest::newRow("utf-16le bom") << utf16le << QByteArray() << cafe << QByteArray("UTF-16LE")
                                  << QByteArray("bom") << false;
    QByteArray utf16be("\xFE\xFF");
    for (const QChar c : cafe)
        utf16be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    QTest::newRow("utf-16be bom") << utf16be << QByteArray() << cafe << QByteArray("UTF-16BE")
                                  << QByteArray("bom") << false;
    QTest::newRow("http header wins over meta")
        << QByteArray("<meta charset=utf-8><p>caf\xE9</p>") << QByteArray("ISO-8859-1")
        << QStringLiteral("<meta charset=utf-8><p>caf\u00E9</p>") << QByteArray("windows-1252")
        << QByteArray("http") << false;
    QTest::newRow("meta charset") << QByteArray("<meta charset=\"windows-1252\"><p>\x93hi\x94")
                                  << QByteArray()
                                  << QStringLiteral("<meta charset=\"windows-1252\"><p>\u201Chi\u201D")
                                  << QByteArray("windows-1252") << QByteArray("meta") << false;
    QTest::newRow("http-equiv")
        << QByteArray("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=iso-8859-1'>"
                      "\xE9")
        << QByteArray()
        << QStringLiteral("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; "
                          "charset=iso-8859-1'>\u00E9")
        << QByteArray("windows-1252") << QByteArray("meta") << false;
    QTest::newRow("meta says utf-16: utf-8")
        << QByteArray("<meta charset=utf-16>caf\xC3\xA9") << QByteArray()
        << QStringLiteral("<meta charset=utf-16>caf\u00E9") << QByteArray("UTF-8")
        << QByteArray("meta") << false;
    QTest::newRow("koi8-r through ICU")
        << QByteArray("<meta charset=koi8-r>\xF0\xD2\xC9\xD7\xC5\xD4") << QByteArray()
        << QStringLiteral("<meta charset=koi8-r>\u041F\u0440\u0438\u0432\u0435\u0442")
        << QByteArray("KOI8-R") << QByteArray("meta") << false;
    QTest::newRow("no declaration, valid utf-8")
        << QByteArray("<p>caf\xC3\xA9</p>") << QByteArray() << cafe << QByteArray("UTF-8")
        << QByteArray("guess") << false;
    QTest::newRow("no declaration, not utf-8")
        << QByteArray("<p>caf\xE9</p>") << QByteArray() << cafe << QByteArray("windows-1252")
        << QByteArray("guess") << true;
    QTest::newRow("unknown label falls back")
        << QByteArray("<meta charset=klingon-8><p>caf\xC3\xA9</p>") << QByteArray()
        << QStringLiteral("<meta charset=klingon-8><p>caf\u00E9</p>") << QByteArray("UTF-8")
        << QByteArray("guess") << true;
    QTest::newRow("empty") << QByteArray() << QByteArray() << QString() << QByteArray("UTF-8")
                           << QByteArray("guess") << false;
}

void tst_HtmlCharset::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, httpCharset);
    QFETCH(QString, text);
    QFETCH(QByteArray, charset);
    QFETCH(QByteArray, source);
    QFETCH(bool, warns);
    const HtmlCharset::Decoded d = HtmlCharset::decode(bytes, httpCharset);
    QCOMPARE(d.text, text);
    QCOMPARE(d.charset, charset);
    QCOMPARE(d.source, source);
    QCOMPARE(!d.warnings.isEmpty(), warns);
}

void tst_HtmlCharset::sniffMeta_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("label");
    QTest::newRow("html5") << QByteArray("<!doctype html><meta charset=utf-8>")
                           << QByteArray("utf-8");
    QTest::newRow("quoted, spaces") << QByteArray("<meta  charset = \"Shift_JIS\" />")
                                    << QByteArray("shift_jis");
    QTest::newRow("content before http-equiv")
        << QByteArray("<meta content=\"text/html;charset=windows-1251\" http-equiv=content-type>")
        << QByteArray("windows-1251");
    QTest::newRow("inside a comment is ignored")
        << QByteArray("<!-- <meta charset=koi8-r> --><meta charset=utf-8>") << QByteArray("utf-8");
    QTest::newRow("other meta first")
        << QByteArray("<meta name=viewport content='width=device-width'><meta charset=gbk>")
        << QByteArray("gbk");
    QTest::newRow("metadata is not meta") << QByteArray("<metadata charset=gbk>") << QByteArray();
    QTest::newRow("too late") << QByteArray(HtmlCharset::kPrescanBytes, ' ') + "<meta charset=gbk>"
                              << QByteArray();
    QTest::newRow("none") << QByteArray("<p>no meta</p>") << QByteArray();
}

void tst_HtmlCharset::sniffMeta()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, label);
    QCOMPARE(HtmlCharset::sniffMeta(html), label);
}

void tst_HtmlCharset::contentType_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("charset");
    QTest::newRow("plain") << QByteArray("text/html; charset=UTF-8") << QByteArray("utf-8");
    QTest::newRow("quoted") << QByteArray("text/html;charset=\"ISO-8859-1\"; foo=bar")
                            << QByteArray("iso-8859-1");
    QTest::newRow("none") << QByteArray("text/html") << QByteArray();
}

void tst_HtmlCharset::contentType()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, charset);
    QCOMPARE(HtmlCharset::charsetFromContentType(header), charset);
}

void tst_HtmlCharset::windows1252()
{
    QCOMPARE(HtmlCharset::fromWindows1252("\x80\x85\x96\x97\x9F"),
             QStringLiteral("\u20AC\u2026\u2013\u2014\u0178"));
    QCOMPARE(HtmlCharset::fromWindows1252("A\xA0\xFF"), QStringLiteral("A\u00A0\u00FF"));
    QCOMPARE(HtmlCharset::canonicalName("latin1"), QByteArray("windows-1252"));
    QCOMPARE(HtmlCharset::canonicalName(" UTF8 "), QByteArray("UTF-8"));
    QCOMPARE(HtmlCharset::canonicalName("no-such-charset"), QByteArray());
}

QTEST_GUILESS_MAIN(tst_HtmlCharset)
#include "tst_htmlcharset.moc"
