// `gloss library ...` run as a process: add, list, search (text and JSON), people, export,
// check (and --rebuild), exit statuses and messages, --data-dir and GLOSS_DATA_DIR, and that
// only this command loads Qt SQL.
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

} // namespace

class tst_CliLibraryCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

    Run gloss(const QStringList &args, const QMap<QString, QString> &extraEnv = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GLOSS_DATA_DIR"_s, m_data);
        env.insert(u"LANGUAGE"_s, u"en"_s);
        for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.start(gloss::test::glossBinary(), QStringList{u"library"_s} + args);
        if (!p.waitForStarted() || !p.waitForFinished(-1))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }
    QString write(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(u"in/"_s + name);
        QDir().mkpath(QFileInfo(path).path());
        return gloss::test::writeTextFile(QFileInfo(path).path(), QFileInfo(path).fileName(),
                                          text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(u"data"_s);
        write(u"ferry.txt"_s,
              u"Ferry timetable changes\n\nThe ferry will run less often in winter. “The "
              "crossing is not safe in the storms,” Alder Abernath said.\n\n“We need a second "
              "boat,” Abernath told reporters.\n"_s);
        write(u"sub/school.md"_s,
              u"---\ntitle: School roof repaired\nsite: valleynews.example\n---\n\nThe roof "
              "of the school was repaired. “The children are back in class,” President Brenna "
              "Brightwell said. The ferry brought the tiles.\n"_s);
        write(u"copy.txt"_s,
              u"Ferry timetable changes\n\nThe ferry will run less often in winter. “The "
              "crossing is not safe in the storms,” Alder Abernath said.\n\n“We need a second "
              "boat,” Abernath told reporters.\n"_s);
    }

    void addReportsAndDuplicates()
    {
        Run r = gloss({u"add"_s, m_dir.filePath(u"in"_s)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("added 2,"), r.out.constData());
        QVERIFY2(r.out.contains("already there 1"), r.out.constData());
        r = gloss({u"add"_s, m_dir.filePath(u"in/ferry.txt"_s)});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("added 0,"));
    }

    void status_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addRow("no action") << QStringList{} << 2 << u"what to do?"_s;
        QTest::addRow("unknown action") << QStringList{u"frobnicate"_s} << 2
                                        << u"unknown action frobnicate"_s;
        QTest::addRow("add nothing") << QStringList{u"add"_s} << 2 << u"which files"_s;
        QTest::addRow("add a missing file") << QStringList{u"add"_s, u"/no/such/file.txt"_s}
                                            << 2 << u"no such file"_s;
        QTest::addRow("bad format") << QStringList{u"list"_s, u"--format"_s, u"xml"_s} << 2
                                    << u"unknown format xml"_s;
        QTest::addRow("bad kind") << QStringList{u"search"_s, u"x"_s, u"--kind"_s, u"films"_s}
                                  << 2 << u"unknown kind films"_s;
        QTest::addRow("search syntax error") << QStringList{u"search"_s, u"ferry AND"_s} << 2
                                             << u"cannot be read"_s;
        QTest::addRow("unknown speaker")
            << QStringList{u"search"_s, u"--speaker"_s, u"Nobody Known"_s} << 2
            << u"No one called"_s;
        QTest::addRow("unknown option") << QStringList{u"list"_s, u"--frob"_s} << 2
                                        << u"Unknown option 'frob'"_s;
        QTest::addRow("bad limit") << QStringList{u"search"_s, u"x"_s, u"--limit"_s, u"many"_s}
                                   << 2 << u"--limit"_s;
        QTest::addRow("bad offset") << QStringList{u"list"_s, u"--offset"_s, u"-3"_s} << 2
                                    << u"--offset must be a number"_s;
        QTest::addRow("check is sound") << QStringList{u"check"_s} << 0 << QString();
        QTest::addRow("help") << QStringList{u"--help"_s} << 0 << QString();
        QTest::addRow("help of search") << QStringList{u"search"_s, u"--help"_s} << 0
                                        << QString();
    }
    void status()
    {
        QFETCH(QStringList, args);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Run r = gloss(args);
        QCOMPARE(r.status, status);
        if (!message.isEmpty())
            QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (status == 0)
            QVERIFY(!r.out.isEmpty());
    }

    void listJson()
    {
        const Run r = gloss({u"list"_s, u"--format"_s, u"json"_s, u"--sort"_s, u"title"_s});
        QCOMPARE(r.status, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0)[u"title"_s].toString(), u"Ferry timetable changes"_s);
        QCOMPARE(list.at(1)[u"title"_s].toString(), u"School roof repaired"_s);
        QCOMPARE(list.at(1)[u"site"_s].toString(), u"valleynews.example"_s);
        QCOMPARE(list.at(0)[u"quotes"_s].toInt(), 2);
        const Run bySite = gloss({u"list"_s, u"--site"_s, u"valleynews.example"_s});
        QVERIFY(bySite.out.contains("School roof repaired"));
        QVERIFY(!bySite.out.contains("Ferry timetable"));
    }

    void searchJson_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("results");
        QTest::addColumn<QString>("speaker");
        QTest::addRow("articles") << QStringList{u"ferry"_s} << u"articles"_s << 2 << QString();
        QTest::addRow("quotes by words") << QStringList{u"boat"_s, u"--kind"_s, u"quotes"_s}
                                         << u"quotes"_s << 1 << u"Alder Abernath"_s;
        QTest::addRow("quotes of a speaker, by surname")
            << QStringList{u"--speaker"_s, u"Abernath"_s} << u"quotes"_s << 2
            << u"Alder Abernath"_s;
        QTest::addRow("quotes of a speaker, with a title")
            << QStringList{u"children"_s, u"--speaker"_s, u"Brenna Brightwell"_s}
            << u"quotes"_s << 1 << u"Brenna Brightwell"_s;
    }
    void searchJson()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, kind);
        QFETCH(int, results);
        QFETCH(QString, speaker);
        const Run r = gloss(QStringList{u"search"_s, u"--format"_s, u"json"_s} + args);
        QCOMPARE(r.status, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(hits.size(), results);
        for (const QJsonValue &v : hits) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o[u"kind"_s].toString(), kind);
            QVERIFY(!o[u"title"_s].toString().isEmpty());
            QVERIFY(QFileInfo(o[u"path"_s].toString()).isAbsolute());
            QVERIFY(!o[u"text"_s].toString().isEmpty());
            if (kind == u"quotes") {
                QCOMPARE(o[u"speaker"_s].toString(), speaker);
                QVERIFY(o[u"end"_s].toInteger() > o[u"start"_s].toInteger());
            } else {
                QVERIFY(o[u"start"_s].isNull());
            }
        }
    }

    void pages_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("titles"); // in order
        QTest::addColumn<QString>("total");
        const QStringList both{u"Ferry timetable changes"_s, u"School roof repaired"_s};
        QTest::addRow("list, first page") << QStringList{u"list"_s, u"--sort"_s, u"title"_s,
                                                         u"--limit"_s, u"1"_s}
                                          << both.mid(0, 1) << u"1 article(s)"_s;
        QTest::addRow("list, second page")
            << QStringList{u"list"_s, u"--sort"_s, u"title"_s, u"--limit"_s, u"1"_s,
                           u"--offset"_s, u"1"_s}
            << both.mid(1, 1) << u"1 article(s)"_s;
        QTest::addRow("list, past the end")
            << QStringList{u"list"_s, u"--limit"_s, u"1"_s, u"--offset"_s, u"2"_s}
            << QStringList{} << u"0 article(s)"_s;
        QTest::addRow("search, all") << QStringList{u"search"_s, u"ferry"_s} << both
                                     << u"2 result(s)"_s;
        QTest::addRow("search, first page of 1")
            << QStringList{u"search"_s, u"ferry"_s, u"--limit"_s, u"1"_s} << both.mid(0, 1)
            << u"results 1-1 of 2"_s;
        QTest::addRow("search, second page of 1")
            << QStringList{u"search"_s, u"ferry"_s, u"--limit"_s, u"1"_s, u"--offset"_s,
                           u"1"_s}
            << both.mid(1, 1) << u"results 2-2 of 2"_s;
        QTest::addRow("search, past the end")
            << QStringList{u"search"_s, u"ferry"_s, u"--offset"_s, u"5"_s} << QStringList{}
            << u"0 result(s)"_s;
    }
    void pages()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, titles);
        QFETCH(QString, total);
        const Run r = gloss(args);
        QCOMPARE(r.status, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(total), qPrintable(out));
        qsizetype at = 0;
        for (const QString &title : titles) {
            at = out.indexOf(title, at);
            QVERIFY2(at >= 0, qPrintable(out));
        }
        for (const QString &title : {u"Ferry timetable changes"_s, u"School roof repaired"_s})
            QCOMPARE(out.contains(title), titles.contains(title));
    }

    void notesAreSearchedAndExported()
    {
        // a note written with `gloss notes`, found by the library
        const QString ferry = m_dir.filePath(u"in/ferry.txt"_s);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GLOSS_DATA_DIR"_s, m_data);
        p.setProcessEnvironment(env);
        p.start(gloss::test::glossBinary(),
                {u"notes"_s, u"add"_s, ferry, u"--quote"_s, u"second boat"_s, u"--text"_s,
                 u"Who pays for it?"_s, u"--tag"_s, u"budget"_s});
        QVERIFY(p.waitForFinished(-1));
        QCOMPARE(p.exitCode(), 0);
        Run r = gloss({u"search"_s, u"#budget"_s, u"--kind"_s, u"notes"_s, u"--format"_s,
                       u"json"_s});
        QCOMPARE(r.status, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0)[u"text"_s].toString(), u"Who pays for it?"_s);
        QCOMPARE(hits.at(0)[u"tags"_s].toArray().first().toString(), u"budget"_s);
        // exported with the quotes of every article
        r = gloss({u"export"_s, u"--format"_s, u"md"_s});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("Who pays for it?"));
        QVERIFY(r.out.contains("Ferry timetable changes"));
        QVERIFY(r.out.contains("School roof repaired"));
        QVERIFY(r.out.contains("The children are back in class"));
        r = gloss({u"export"_s, u"--format"_s, u"csv"_s, u"--tag"_s, u"budget"_s});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.count("\r\n"), 2); // the header and the one note
        r = gloss({u"export"_s, u"--format"_s, u"w3c"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);
    }

    void checkAndRebuild()
    {
        const QString file = m_data + u"/library/library.sqlite"_s;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(file + suffix);
        Run r = gloss({u"check"_s, u"--rebuild"_s});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains("rebuilt: 2 articles"), r.out.constData());
        r = gloss({u"check"_s});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith("ok: 2 articles"));
        r = gloss({u"search"_s, u"#budget"_s, u"--kind"_s, u"notes"_s});
        QVERIFY(r.out.contains("Who pays for it?"));
        // a damaged file: kept aside, rebuilt, said
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(4096, 'x'));
        f.close();
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            QFile::remove(file + suffix);
        r = gloss({u"list"_s});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
        QVERIFY(r.out.contains("2 article(s)"));
        QCOMPARE(QDir(m_data + u"/library"_s).entryList({u"library.sqlite.broken-*"_s}).size(),
                 2); // the rebuild's and this one
    }

    void dataDirOption()
    {
        QTemporaryDir other;
        Run r = gloss({u"list"_s, u"--data-dir"_s, other.path()});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("0 article(s)"));
        QVERIFY(QFile::exists(other.path() + u"/library/library.sqlite"_s));
        // before the action too (gloss --data-dir DIR library list: the same)
        r = gloss({u"--data-dir"_s, other.path(), u"list"_s});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains("0 article(s)"));
    }

    void onlyThisCommandLoadsQtSql()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads the GNU dynamic loader's report (LD_DEBUG)");
#endif
        const Run r = gloss({u"list"_s}, {{u"LD_DEBUG"_s, u"files"_s}});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.contains(u"file=libQt6Sql.so"_s));
        QVERIFY(r.err.contains(u"gloss-library.so"_s));
    }
};

QTEST_GUILESS_MAIN(tst_CliLibraryCommand)
#include "tst_cli_library.moc"
