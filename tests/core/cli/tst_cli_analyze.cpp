// The `gloss analyze` command line, run as a process: exit statuses, output order, formats.
#include "TestPaths.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int status = -1;
    QByteArray out;
    QString err;
};

Run runGloss(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProgram(gloss::test::glossBinary());
    p.setArguments(QStringList{u"analyze"_s} + args);
    p.start();
    if (!p.waitForStarted())
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    // no clock of its own: a 34 MB text takes minutes under ASan on a busy machine, and ctest's
    // timeout (600 s, 1,800 s under the sanitizers) ends a run that hangs
    if (!p.waitForFinished(-1))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> objects;
    for (const QByteArray &line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return {};
        objects.append(doc.object());
    }
    return objects;
}

} // namespace

class tst_CliAnalyze : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void status_data();
    void status();
    void severalFilesInOrder();
    void textFormat();
    void textFormatSaysTheLimit();
    void readsStdin();
    void help();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

QString tst_CliAnalyze::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

void tst_CliAnalyze::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(gloss::test::glossBinary()));
    QVERIFY(!write(u"a.txt"_s, "First town votes\n\nLONDON (Reuters) - Shares fell. Bonds rose.\n")
                 .isEmpty());
    QVERIFY(!write(u"b.md"_s, "# Second title\n\nSome *marked* text.\n").isEmpty());
    QVERIFY(!write(u"c.txt"_s, "Third headline\n\nBody text here.\n").isEmpty());
    QVERIFY(!write(u"empty.txt"_s, QByteArray()).isEmpty());
    QVERIFY(!write(u"latin1.txt"_s, "Caf\xE9 news\n\nR\xE9sum\xE9 of the day.\n").isEmpty());
    QVERIFY(!write(u"binary.bin"_s, QByteArray("\x7F" "ELF\x02\x01\x01\0\0\0\0", 12)).isEmpty());
    QByteArray controls(4096, '\x01');
    QVERIFY(!write(u"controls.txt"_s, controls).isEmpty());
}

void tst_CliAnalyze::status_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("lines");
    QTest::addColumn<QString>("stderrPart");

    QTest::newRow("text file") << QStringList{u"a.txt"_s} << 0 << 1 << QString();
    QTest::newRow("markdown file") << QStringList{u"b.md"_s} << 0 << 1 << QString();
    QTest::newRow("empty file") << QStringList{u"empty.txt"_s} << 0 << 1 << u"empty"_s;
    QTest::newRow("invalid utf-8") << QStringList{u"latin1.txt"_s} << 0 << 1
                                   << u"Windows-1252"_s;
    QTest::newRow("binary file") << QStringList{u"binary.bin"_s} << 2 << 0
                                 << u"not a text file"_s;
    QTest::newRow("control characters") << QStringList{u"controls.txt"_s} << 2 << 0
                                        << u"not a text file"_s;
    QTest::newRow("missing file") << QStringList{u"nothing-here.txt"_s} << 2 << 0
                                  << u"no such file"_s;
    QTest::newRow("a folder") << QStringList{u"."_s} << 2 << 0 << u"folder"_s;
    QTest::newRow("no file") << QStringList{} << 2 << 0 << u"no file given"_s;
    QTest::newRow("unknown format") << QStringList{u"a.txt"_s, u"--format"_s, u"xml"_s} << 2 << 0
                                    << u"unknown format"_s;
    QTest::newRow("unknown option") << QStringList{u"--bogus"_s, u"a.txt"_s} << 2 << 0
                                    << u"bogus"_s;
    QTest::newRow("good and bad files") << QStringList{u"a.txt"_s, u"binary.bin"_s, u"c.txt"_s}
                                        << 2 << 2 << u"binary.bin: not a text file"_s;
}

void tst_CliAnalyze::status()
{
    QFETCH(QStringList, args);
    QFETCH(int, status);
    QFETCH(int, lines);
    QFETCH(QString, stderrPart);
    for (QString &a : args) {
        if (!a.startsWith(u'-') && a != u"xml")
            a = m_dir.filePath(a);
    }
    const Run r = runGloss(args);
    QCOMPARE(r.status, status);
    const QList<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(objects.size(), lines);
    for (const QJsonObject &o : objects)
        QCOMPARE(o.value(u"schema"_s).toString(), u"gloss-analysis/1"_s);
    if (stderrPart.isEmpty())
        QCOMPARE(r.err, QString());
    else
        QVERIFY2(r.err.contains(stderrPart), qPrintable(r.err));
}

void tst_CliAnalyze::severalFilesInOrder()
{
    QStringList files;
    QStringList titles;
    // more files than cores, so that some finish out of order
    for (int round = 0; round < 4; ++round) {
        files << m_dir.filePath(u"a.txt"_s) << m_dir.filePath(u"b.md"_s)
              << m_dir.filePath(u"c.txt"_s);
        titles << u"First town votes"_s << u"Second title"_s << u"Third headline"_s;
    }
    const Run r = runGloss(files);
    QCOMPARE(r.status, 0);
    const QList<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(objects.size(), files.size());
    for (int i = 0; i < files.size(); ++i) {
        const QJsonObject doc = objects[i].value(u"document"_s).toObject();
        QCOMPARE(doc.value(u"source"_s).toString(), files[i]);
        QCOMPARE(doc.value(u"title"_s).toString(), titles[i]);
    }
    QCOMPARE(objects[0].value(u"document"_s).toObject().value(u"dateline"_s).toString(),
             u"LONDON"_s);
    QCOMPARE(objects[1].value(u"document"_s).toObject().value(u"format"_s).toString(),
             u"markdown"_s);
}

void tst_CliAnalyze::textFormat()
{
    const Run r = runGloss({m_dir.filePath(u"a.txt"_s), u"--format"_s, u"text"_s});
    QCOMPARE(r.status, 0);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(u"Title:    First town votes\n"_s), qPrintable(out));
    QVERIFY(out.contains(u"Dateline: LONDON\n"_s));
    QVERIFY(out.contains(u"3 paragraphs"_s) || out.contains(u"2 paragraphs"_s));
    QVERIFY(out.contains(u"\nSpeakers ("_s));
    QVERIFY(out.contains(u"\nEntities ("_s));
    QVERIFY(out.contains(u"\nClaims ("_s));
    QVERIFY(!out.startsWith(u"=="_s)); // no file header for a single file

    const Run two = runGloss({u"-f"_s, u"text"_s, m_dir.filePath(u"a.txt"_s),
                           m_dir.filePath(u"c.txt"_s)});
    QCOMPARE(two.status, 0);
    const QString both = QString::fromUtf8(two.out);
    const qsizetype first = both.indexOf(u"== "_s + m_dir.filePath(u"a.txt"_s));
    const qsizetype second = both.indexOf(u"== "_s + m_dir.filePath(u"c.txt"_s));
    QVERIFY(first == 0);
    QVERIFY(second > first);
}

void tst_CliAnalyze::textFormatSaysTheLimit()
{
    // a text past the analysis limit (32 Mi characters): said at the top, and on stderr
    const QString path = m_dir.filePath(u"huge.txt"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray paragraph = "The tide came in. The gulls rose over the wall.\n\n";
        QByteArray all;
        all.reserve(34 * 1024 * 1024 + paragraph.size());
        all += "Tide tables\n\n";
        while (all.size() < 34 * 1024 * 1024)
            all += paragraph;
        QVERIFY(f.write(all) == all.size());
    }
    const Run r = runGloss({path, u"--format"_s, u"text"_s});
    QCOMPARE(r.status, 0);
    const QString out = QString::fromUtf8(r.out);
    const qsizetype length = out.indexOf(u"Length:"_s);
    const qsizetype warning = out.indexOf(u"Warning:"_s);
    QVERIFY2(length >= 0 && warning > length, qPrintable(out.left(600)));
    QVERIFY(out.indexOf(u"\n"_s, length) + 1 == warning); // the line after the length
    // exactly what was analysed: up to the end of the last paragraph before 32 Mi characters
    // (the heading is 13 characters with its blank line, each paragraph 47 and 2)
    const qsizetype paragraphs = (33554432 - 13 - 47) / 49 + 1;
    const QString analysed = QString::number(13 + 49 * (paragraphs - 1) + 47);
    QVERIFY2(out.mid(warning, 200).contains(analysed), qPrintable(out.mid(warning, 200)));
    QVERIFY(out.mid(warning, 200).contains(QString::number(paragraphs + 1) + u" of "_s));
    QVERIFY2(r.err.contains(path) && r.err.contains(analysed), qPrintable(r.err));
}

void tst_CliAnalyze::readsStdin()
{
    const Run r = runGloss({u"-"_s}, "Town votes\n\nThe council met. It voted.\n");
    QCOMPARE(r.status, 0);
    const QList<QJsonObject> objects = jsonLines(r.out);
    QCOMPARE(objects.size(), 1);
    const QJsonObject doc = objects.first().value(u"document"_s).toObject();
    QCOMPARE(doc.value(u"source"_s).toString(), u"-"_s);
    QCOMPARE(doc.value(u"title"_s).toString(), u"Town votes"_s);
    QCOMPARE(objects.first().value(u"sentences"_s).toArray().size(), 3);

    const Run binary = runGloss({u"-"_s}, QByteArray("\0\1\2\3", 4));
    QCOMPARE(binary.status, 2);
    QVERIFY(binary.err.contains(u"not a text file"_s));
}

void tst_CliAnalyze::help()
{
    const Run r = runGloss({u"--help"_s});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.startsWith("Usage: gloss analyze [options] FILE..."));
    QVERIFY(r.out.contains("--format"));
}

QTEST_GUILESS_MAIN(tst_CliAnalyze)
#include "tst_cli_analyze.moc"
