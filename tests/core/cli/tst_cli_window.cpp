// `gloss` without a sub-command, run as a process: options are parsed before a display is
// needed, help names the program "gloss", the offscreen screenshot is quiet.
#include "Cli.h"
#include "TestPaths.h"

#include <QCommandLineParser>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

/** Runs gloss; @p display false: as on a machine without one (no DISPLAY, no platform). */
Run runGloss(const QStringList &args, bool display, const QString &dataDir = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!display) {
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QString::fromLatin1(name));
    }
    if (!dataDir.isEmpty()) { // settings and notes of this test only
        env.insert(u"XDG_CONFIG_HOME"_s, dataDir + u"/config"_s);
        env.insert(u"GLOSS_DATA_DIR"_s, dataDir + u"/data"_s);
    }
    p.setProcessEnvironment(env);
    p.start(gloss::test::glossBinary(), args);
    if (!p.waitForStarted() || !p.waitForFinished(120000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardOutput()),
            QString::fromLocal8Bit(p.readAllStandardError())};
}

} // namespace

class tst_CliWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unknownOptionBeforeDisplay_data();
    void unknownOptionBeforeDisplay();
    void noDisplay();
    void help_data();
    void help();
    void version();
    void notesUsageNamesImport();
    void quietScreenshot();
    void runningInstance_data();
    void runningInstance();
};

void tst_CliWindow::initTestCase()
{
    QVERIFY(QFile::exists(gloss::test::glossBinary()));
}

void tst_CliWindow::unknownOptionBeforeDisplay_data()
{
    QTest::addColumn<bool>("display");
    QTest::newRow("no display") << false;
    QTest::newRow("offscreen display") << true;
}

// A wrong option is said to be one, whether or not there is a display (it said "no display
// found" without one).
void tst_CliWindow::unknownOptionBeforeDisplay()
{
    QFETCH(bool, display);
    const Run r = runGloss({u"--bogus-option"_s}, display);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.contains(u"bogus-option"_s), qPrintable(r.err));
    QVERIFY2(r.err.startsWith(u"gloss: "_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"gloss --help"_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"no display"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_CliWindow::noDisplay()
{
    const Run r = runGloss({}, false);
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(u"no display found"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"xvfb-run"_s));
}

void tst_CliWindow::help_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("usage");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("gloss --help") << QStringList{u"--help"_s} << u"Usage: gloss [options]"_s
                                  << u"--screenshot"_s;
    QTest::newRow("gloss -h") << QStringList{u"-h"_s} << u"Usage: gloss [options]"_s
                              << u"notes import"_s;
    QTest::newRow("gloss --help names --new-window")
        << QStringList{u"--help"_s} << u"Usage: gloss [options]"_s << u"--new-window"_s;
    QTest::newRow("gloss notes --help") << QStringList{u"notes"_s, u"--help"_s}
                                        << u"Usage: gloss notes [options]"_s << u"--quote"_s;
    QTest::newRow("gloss notes import --help")
        << QStringList{u"notes"_s, u"import"_s, u"--help"_s}
        << u"Usage: gloss notes import [options]"_s << u"--force"_s;
    QTest::newRow("gloss export --help") << QStringList{u"export"_s, u"--help"_s}
                                         << u"Usage: gloss export [options]"_s << u"--format"_s;
}

// Help names the program as a user types it, never the path of the build (or of the loader).
void tst_CliWindow::help()
{
    QFETCH(QStringList, args);
    QFETCH(QString, usage);
    QFETCH(QString, mentions);
    for (const bool display : {false, true}) {
        const Run r = runGloss(args, display);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(usage), qPrintable(r.out.left(200)));
        QVERIFY2(r.out.contains(mentions), qPrintable(r.out));
        QVERIFY2(!r.out.contains(gloss::test::glossBinary()), qPrintable(r.out.left(200)));
        QVERIFY2(!r.out.contains(u"ld-linux"_s), qPrintable(r.out.left(200)));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }
}

void tst_CliWindow::version()
{
    const Run r = runGloss({u"--version"_s}, false);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.startsWith(u"gloss "_s), qPrintable(r.out));
}

// `gloss notes` lists every action, import too.
void tst_CliWindow::notesUsageNamesImport()
{
    const Run help = runGloss({u"notes"_s, u"--help"_s}, false);
    QVERIFY2(help.out.contains(u"gloss notes import FILE ANNOTATIONS.json"_s),
             qPrintable(help.out));
    QVERIFY(help.out.contains(u"add|list|remove|import"_s));
    const Run wrong = runGloss({u"notes"_s, u"frobnicate"_s, u"x.txt"_s}, false);
    QCOMPARE(wrong.status, 2);
    QVERIFY2(wrong.err.contains(u"import"_s), qPrintable(wrong.err));
}

// The offscreen screenshot says nothing but real problems (Qt's offscreen plugin warned
// "This plugin does not support propagateSizeHints()" three times).
void tst_CliWindow::quietScreenshot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(u"shot.png"_s);
    const Run r = runGloss({u"--screenshot"_s, png, u"--size"_s, u"800x600"_s}, false, dir.path());
    QCOMPARE(r.status, 0);
    QVERIFY(QFile::exists(png));
    QVERIFY2(!r.err.contains(u"propagateSizeHints"_s), qPrintable(r.err));
}

void tst_CliWindow::runningInstance_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("handsOver");
    QTest::newRow("a file goes to the running window")
        << QStringList{u"article.md"_s} << true;
    QTest::newRow("no file: the running window comes to the front") << QStringList{} << true;
    QTest::newRow("several files and a theme") << QStringList{u"--theme"_s, u"Breeze Dark"_s,
                                                              u"a.md"_s, u"b.html"_s}
                                               << true;
    QTest::newRow("--new-window opens its own") << QStringList{u"--new-window"_s, u"a.md"_s}
                                                << false;
    QTest::newRow("--screenshot never hands over")
        << QStringList{u"--screenshot"_s, u"out.png"_s, u"a.md"_s} << false;
    QTest::newRow("--screenshot with --new-window")
        << QStringList{u"--new-window"_s, u"--screenshot=out.png"_s} << false;
}

// Whether `gloss ARGS` tries the running Gloss first (app/SingleInstance).
void tst_CliWindow::runningInstance()
{
    QFETCH(QStringList, args);
    QFETCH(bool, handsOver);
    QCommandLineParser parser;
    gloss::cli::describeWindowOptions(parser);
    QVERIFY(parser.parse(QStringList{u"gloss"_s} + args));
    QCOMPARE(gloss::cli::usesRunningInstance(parser), handsOver);
}

QTEST_GUILESS_MAIN(tst_CliWindow)
#include "tst_cli_window.moc"
