// `gloss export` and `gloss notes import`, run as processes with their own data folders.
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

Run runGloss(const QStringList &args)
{
    QProcess p;
    p.setProgram(gloss::test::glossBinary());
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted() || !p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonArray listNotes(const QString &dataDir, const QString &file)
{
    const Run r = runGloss({u"notes"_s, u"list"_s, file, u"--data-dir"_s, dataDir});
    return QJsonDocument::fromJson(r.out).object().value(u"notes"_s).toArray();
}

} // namespace

class tst_CliExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportFormats_data();
    void exportFormats();
    void exportToFile();
    void badArguments_data();
    void badArguments();
    void importRoundTrip();
    void importOtherArticle();

private:
    QTemporaryDir m_dir;
    QString m_article;
    QString m_data;
};

void tst_CliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_article = m_dir.filePath(u"seafront.txt"_s);
    QVERIFY(QFile::copy(u":/org.gloss/data/sample-article.txt"_s, m_article)
            || QFile::copy(gloss::test::sourcePath(QStringLiteral("resources/data/sample-article.txt")),
                           m_article));
    m_data = m_dir.filePath(u"data"_s);
    const Run added = runGloss({u"notes"_s, u"add"_s, m_article, u"--data-dir"_s, m_data,
                             u"--quote"_s, u"Cardiff University"_s, u"--text"_s,
                             u"Which department? <check>, \"really\""_s, u"--tag"_s, u"experts"_s,
                             u"--color"_s, u"green"_s});
    QVERIFY2(added.status == 0, qPrintable(added.err));
    const Run whole = runGloss({u"notes"_s, u"add"_s, m_article, u"--data-dir"_s, m_data,
                             u"--text"_s, u"A note on *everything*"_s});
    QVERIFY2(whole.status == 0, qPrintable(whole.err));
    QCOMPARE(listNotes(m_data, m_article).size(), 2);
}

void tst_CliExport::exportFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("md") << u"md"_s << QStringList{u"--include"_s, u"claims,quotes"_s}
                        << QStringList{u"# Notes: Harbour city"_s, u"> Cardiff University"_s,
                                       u"Which department? \\<check\\>, \"really\""_s,
                                       u"Tags: #experts"_s, u"A note on \\*everything\\*"_s,
                                       u"## Claims by source"_s, u"## Quotes by speaker"_s};
    QTest::newRow("html") << u"html"_s << QStringList{}
                          << QStringList{u"<!DOCTYPE html>"_s,
                                         u"Which department? &lt;check&gt;, &quot;really&quot;"_s,
                                         u"<mark style=\"background-color: #b2f2bb\">Cardiff "
                                         "University</mark>"_s};
    QTest::newRow("w3c") << u"w3c"_s << QStringList{}
                         << QStringList{u"\"AnnotationCollection\""_s, u"\"tagging\""_s,
                                        u"\"TextQuoteSelector\""_s,
                                        u"\"TextPositionSelector\""_s};
    QTest::newRow("csv") << u"csv"_s << QStringList{u"--no-bom"_s}
                         << QStringList{u"quote,speaker,note,tags,colour,created,id,article,"
                                        "source,site,author,published\r\n"_s,
                                        u"\"Which department? <check>, \"\"really\"\"\""_s};
}

void tst_CliExport::exportFormats()
{
    QFETCH(QString, format);
    QFETCH(QStringList, extra);
    QFETCH(QStringList, expected);
    const Run r = runGloss(QStringList{u"export"_s, m_article, u"--format"_s, format,
                                    u"--data-dir"_s, m_data}
                        + extra);
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QString out = QString::fromUtf8(r.out);
    for (const QString &e : expected)
        QVERIFY2(out.contains(e), qPrintable(e));
}

void tst_CliExport::exportToFile()
{
    const QString out = m_dir.filePath(u"notes.md"_s);
    const Run r = runGloss({u"export"_s, m_article, u"--format"_s, u"md"_s, u"-o"_s, out,
                         u"--data-dir"_s, m_data});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("> Cardiff University"));
}

void tst_CliExport::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("format") << QStringList{u"--format"_s, u"pdf"_s};
    QTest::newRow("section") << QStringList{u"--include"_s, u"entities"_s};
    QTest::newRow("no file") << QStringList{u"--format"_s, u"md"_s, u"@nofile@"_s};
}

void tst_CliExport::badArguments()
{
    QFETCH(QStringList, args);
    QStringList full{u"export"_s};
    if (args.last() == u"@nofile@") {
        args.removeLast();
        full += args;
    } else {
        full += QStringList{m_article} + args;
    }
    const Run r = runGloss(full + QStringList{u"--data-dir"_s, m_data});
    QCOMPARE(r.status, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

void tst_CliExport::importRoundTrip()
{
    const QString file = m_dir.filePath(u"notes.jsonld"_s);
    QCOMPARE(runGloss({u"export"_s, m_article, u"--format"_s, u"w3c"_s, u"-o"_s, file,
                    u"--data-dir"_s, m_data})
                 .status,
             0);
    const QString otherData = m_dir.filePath(u"other-data"_s);
    const Run r = runGloss({u"notes"_s, u"import"_s, m_article, file, u"--data-dir"_s, otherData});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("2 new"));
    const QJsonArray before = listNotes(m_data, m_article);
    const QJsonArray after = listNotes(otherData, m_article);
    QCOMPARE(after, before);
    // exported again from the imported store: the same file
    const QString again = m_dir.filePath(u"again.jsonld"_s);
    QCOMPARE(runGloss({u"export"_s, m_article, u"--format"_s, u"w3c"_s, u"-o"_s, again,
                    u"--data-dir"_s, otherData})
                 .status,
             0);
    QFile a(file), b(again);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
    // a second import changes nothing
    const Run twice = runGloss({u"notes"_s, u"import"_s, m_article, file, u"--data-dir"_s, otherData});
    QCOMPARE(twice.status, 0);
    QVERIFY(twice.out.contains("2 unchanged"));
}

void tst_CliExport::importOtherArticle()
{
    const QString file = m_dir.filePath(u"notes-for-other.jsonld"_s);
    QCOMPARE(runGloss({u"export"_s, m_article, u"--format"_s, u"w3c"_s, u"-o"_s, file,
                    u"--data-dir"_s, m_data})
                 .status,
             0);
    const QString other = m_dir.filePath(u"other.txt"_s);
    {
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Bridge reopens after repairs\n\nThe old bridge reopened on Monday.\n");
    }
    const QString data = m_dir.filePath(u"data-other"_s);
    const Run refused = runGloss({u"notes"_s, u"import"_s, other, file, u"--data-dir"_s, data});
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains(u"another article"_s), qPrintable(refused.err));
    QCOMPARE(listNotes(data, other).size(), 0);
    const Run forced =
        runGloss({u"notes"_s, u"import"_s, other, file, u"--force"_s, u"--data-dir"_s, data});
    QVERIFY2(forced.status == 0, qPrintable(forced.err));
    const QJsonArray notes = listNotes(data, other);
    QCOMPARE(notes.size(), 2);
    int orphans = 0;
    for (const QJsonValue &n : notes)
        orphans += n.toObject().value(u"state"_s).toString() == u"orphaned";
    QCOMPARE(orphans, 1);
}

QTEST_GUILESS_MAIN(tst_CliExport)
#include "tst_cli_export.moc"
