#include "io/Loader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using gloss::Loader;

class tst_Loader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data();
    void normalises();
    void formats_data();
    void formats();
    void emptyAndBlank_data();
    void emptyAndBlank();
    void refusesBinary();
    void warnsOnFallback();
    void files();
    void singleLongLine();
};

void tst_Loader::normalises_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain utf-8") << QByteArray("Hello") << u"Hello"_s;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFHello") << u"Hello"_s;
    QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFEH\0i\0", 6) << u"Hi"_s;
    QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0H\0i", 6) << u"Hi"_s;
    QTest::newRow("crlf") << QByteArray("a\r\nb") << u"a\nb"_s;
    QTest::newRow("cr") << QByteArray("a\rb") << u"a\nb"_s;
    QTest::newRow("nfc") << QByteArray("Cafe\xCC\x81") << QString::fromUtf8("Caf\xC3\xA9");
    QTest::newRow("windows-1252") << QByteArray("\x93Hi\x94") << u"\u201CHi\u201D"_s;
}

void tst_Loader::normalises()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const Loader::Result r = Loader::loadBytes(bytes, u"a.txt"_s);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document->text(), text);
    QCOMPARE(r.document->source(), u"a.txt"_s);
    QCOMPARE(r.document->format, u"text"_s);
}

void tst_Loader::formats_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");

    const QByteArray md = "# Title\n\nA *b* c.";
    QTest::newRow("txt") << u"a.txt"_s << u"text"_s << QString::fromUtf8(md);
    QTest::newRow("no suffix") << u"article"_s << u"text"_s << QString::fromUtf8(md);
    QTest::newRow("stdin") << u"-"_s << u"text"_s << QString::fromUtf8(md);
    QTest::newRow("md") << u"a.md"_s << u"markdown"_s << u"Title\n\nA b c."_s;
    QTest::newRow("markdown upper case") << u"dir.x/A.MARKDOWN"_s << u"markdown"_s
                                         << u"Title\n\nA b c."_s;
    QTest::newRow("html") << u"page.html"_s << u"html"_s << u"# Title A *b* c."_s;
    QTest::newRow("htm upper case") << u"PAGE.HTM"_s << u"html"_s << u"# Title A *b* c."_s;
}

void tst_Loader::formats()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(QString, text);
    QCOMPARE(Loader::formatForName(name), format);
    const Loader::Result r = Loader::loadBytes("# Title\n\nA *b* c.", name);
    QVERIFY(r.ok());
    QCOMPARE(r.document->format, format);
    QCOMPARE(r.document->text(), text);
}

void tst_Loader::emptyAndBlank_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::newRow("empty text") << QByteArray() << u"a.txt"_s;
    QTest::newRow("empty markdown") << QByteArray() << u"a.md"_s;
    QTest::newRow("blank") << QByteArray(" \n\t\r\n") << u"a.txt"_s;
    QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << u"a.txt"_s;
    QTest::newRow("markup only") << QByteArray("---\n\n#\n") << u"a.md"_s;
}

void tst_Loader::emptyAndBlank()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    const Loader::Result r = Loader::loadBytes(bytes, name);
    QVERIFY(r.ok());
    QVERIFY(r.document->text().trimmed().isEmpty());
    QCOMPARE(r.document->warnings.size(), 1);
}

void tst_Loader::refusesBinary()
{
    const Loader::Result r = Loader::loadBytes(QByteArray("PK\x03\x04\0\0\x08\0", 8), u"a.txt"_s);
    QVERIFY(!r.ok());
    QVERIFY(r.error.startsWith(u"a.txt: not a text file"_s));
}

void tst_Loader::warnsOnFallback()
{
    const Loader::Result r = Loader::loadBytes("r\xE9sum\xE9", u"a.txt"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.document->text(), u"r\u00E9sum\u00E9"_s);
    QCOMPARE(r.document->warnings.size(), 1);
    QVERIFY(r.document->warnings.first().contains(u"Windows-1252"_s));
}

void tst_Loader::files()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"a.md"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("\xEF\xBB\xBF# Head\r\n\r\nBody.\r\n");
    f.close();
    const Loader::Result r = Loader::loadFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.document->text(), u"Head\n\nBody."_s);
    QCOMPARE(r.document->source(), path);

    const Loader::Result missing = Loader::loadFile(dir.filePath(u"none.txt"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error.contains(u"no such file"_s));
    const Loader::Result folder = Loader::loadFile(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error.contains(u"folder"_s));
}

void tst_Loader::singleLongLine()
{
    const QByteArray line = QByteArray("All work and no play. ").repeated(50000);
    const Loader::Result r = Loader::loadBytes(line, u"long.txt"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.document->text().size(), line.size());
    QVERIFY(r.document->warnings.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Loader)
#include "tst_loader.moc"
