// glosscli, the command line without the window: what it links (never Qt Gui or Widgets, so
// headless tools can use it, nor Qt Network, loaded with gloss-net.so for web pages only) and
// how `gloss` tells a sub-command from the window's arguments.
// This test links glosscli and glosscore only (no glossui). `gloss` itself loads the GUI
// libraries only for the window (app/main.cpp: the module gloss-window.so).
#include "Cli.h"
#include "TestPaths.h"

#include <QByteArrayList>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <link.h>
#endif

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

/** Every target a program linking glosscli gets (CMake, at configure time). */
QStringList linkClosure()
{
    return QString::fromLatin1(GLOSS_CLI_LINK_CLOSURE).split(u',', Qt::SkipEmptyParts);
}

/** The shared objects loaded into this process, by file name ("libQt6Core.so.6"). */
QStringList loadedObjects()
{
    QStringList names;
#ifdef Q_OS_LINUX
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *data) {
            const QString path = QString::fromLocal8Bit(info->dlpi_name);
            if (!path.isEmpty())
                static_cast<QStringList *>(data)->append(path.section(u'/', -1));
            return 0;
        },
        &names);
#endif
    return names;
}

} // namespace

class tst_CliLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linksNoGui_data();
    void linksNoGui();
    void linksWhatItUses_data();
    void linksWhatItUses();
    void loadsNoGui_data();
    void loadsNoGui();
    void isCommand_data();
    void isCommand();
    void glossLoadsGuiForTheWindowOnly_data();
    void glossLoadsGuiForTheWindowOnly();
};

void tst_CliLibrary::linksNoGui_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("Qt Gui") << u"Qt6::Gui"_s;
    QTest::newRow("Qt Widgets") << u"Qt6::Widgets"_s;
    QTest::newRow("Qt Print Support") << u"Qt6::PrintSupport"_s;
    QTest::newRow("Qt Svg") << u"Qt6::Svg"_s;
    QTest::newRow("KSyntaxHighlighting (needs Qt Gui)") << u"KF6::SyntaxHighlighting"_s;
    QTest::newRow("the window's library") << u"glossui"_s;
    // web pages come through gloss-net.so, loaded when one is asked for
    QTest::newRow("Qt Network") << u"Qt6::Network"_s;
    QTest::newRow("the web page fetcher") << u"glossnet"_s;
    // the library comes through gloss-library.so, loaded for `gloss library` only
    QTest::newRow("Qt SQL") << u"Qt6::Sql"_s;
    QTest::newRow("the library") << u"glosslibrary"_s;
}

void tst_CliLibrary::linksNoGui()
{
    QFETCH(QString, target);
    const QStringList closure = linkClosure();
    QVERIFY2(!closure.contains(target),
             qPrintable(u"glosscli brings %1 into what links it: %2"_s.arg(
                 target, closure.join(u", "_s))));
}

void tst_CliLibrary::linksWhatItUses_data()
{
    // the closure is read for real: what glosscli does need is in it
    QTest::addColumn<QString>("target");
    QTest::newRow("Qt Core") << u"Qt6::Core"_s;
    QTest::newRow("Qt Concurrent (files in parallel)") << u"Qt6::Concurrent"_s;
    QTest::newRow("the analysis") << u"glosscore"_s;
    QTest::newRow("translations") << u"glossi18n"_s;
}

void tst_CliLibrary::linksWhatItUses()
{
    QFETCH(QString, target);
    QVERIFY2(linkClosure().contains(target), qPrintable(linkClosure().join(u", "_s)));
}

void tst_CliLibrary::loadsNoGui_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("loaded");
    QTest::newRow("Qt Core") << u"libQt6Core.so"_s << true;
    QTest::newRow("Qt Network") << u"libQt6Network.so"_s << false;
    QTest::newRow("Qt SQL") << u"libQt6Sql.so"_s << false;
    QTest::newRow("Qt Gui") << u"libQt6Gui.so"_s << false;
    QTest::newRow("Qt Widgets") << u"libQt6Widgets.so"_s << false;
    QTest::newRow("KSyntaxHighlighting") << u"libKF6SyntaxHighlighting.so"_s << false;
}

void tst_CliLibrary::loadsNoGui()
{
#ifndef Q_OS_LINUX
    QSKIP("reads the loaded objects with dl_iterate_phdr (Linux)");
#endif
    QFETCH(QString, prefix);
    QFETCH(bool, loaded);
    // this program links glosscli and calls into it (isCommand), so its objects are in
    const QStringList objects = loadedObjects();
    const bool found = std::any_of(objects.cbegin(), objects.cend(),
                                   [&](const QString &o) { return o.startsWith(prefix); });
    QVERIFY2(found == loaded, qPrintable(objects.join(u", "_s)));
}

void tst_CliLibrary::isCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("command");
    QTest::newRow("analyze") << QStringList{u"analyze"_s, u"a.txt"_s} << true;
    QTest::newRow("notes") << QStringList{u"notes"_s, u"list"_s, u"a.txt"_s} << true;
    QTest::newRow("export") << QStringList{u"export"_s, u"a.txt"_s} << true;
    QTest::newRow("data dir first") << QStringList{u"--data-dir"_s, u"d"_s, u"notes"_s} << true;
    QTest::newRow("a file") << QStringList{u"a.txt"_s} << false;
    QTest::newRow("data dir then a file")
        << QStringList{u"--data-dir"_s, u"d"_s, u"a.txt"_s} << false;
    QTest::newRow("window options") << QStringList{u"--theme"_s, u"x"_s, u"notes"_s} << false;
    QTest::newRow("nothing") << QStringList{} << false;
}

void tst_CliLibrary::isCommand()
{
    QFETCH(QStringList, args);
    QFETCH(bool, command);
    QByteArrayList bytes{"gloss"};
    for (const QString &a : args)
        bytes.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    QCOMPARE(gloss::cli::isCommand(int(bytes.size()), argv.data()), command);
}

void tst_CliLibrary::glossLoadsGuiForTheWindowOnly_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("display");
    QTest::addColumn<bool>("gui");
    const QString article = gloss::test::dataPath(u"articles/bank.txt"_s);
    QTest::newRow("analyze, JSON") << QStringList{u"analyze"_s, article} << true << false;
    QTest::newRow("analyze, text")
        << QStringList{u"analyze"_s, article, u"--format"_s, u"text"_s} << true << false;
    QTest::newRow("notes list")
        << QStringList{u"notes"_s, u"list"_s, article, u"--format"_s, u"text"_s} << true << false;
    QTest::newRow("export") << QStringList{u"export"_s, article, u"--format"_s, u"md"_s} << true
                            << false;
    QTest::newRow("version") << QStringList{u"--version"_s} << true << false;
    QTest::newRow("help") << QStringList{u"--help"_s} << true << false;
    QTest::newRow("a wrong option, no display") << QStringList{u"--bogus"_s} << false << false;
    QTest::newRow("no display") << QStringList{article} << false << false;
    // the loader's report is read for real: the window does load them
    QTest::newRow("the window (screenshot)")
        << QStringList{u"--screenshot"_s, u"shot.png"_s, u"--size"_s, u"400x300"_s, article}
        << true << true;
}

void tst_CliLibrary::glossLoadsGuiForTheWindowOnly()
{
#ifndef Q_OS_LINUX
    QSKIP("reads the GNU dynamic loader's report (LD_DEBUG)");
#endif
    QFETCH(QStringList, args);
    QFETCH(bool, display);
    QFETCH(bool, gui);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GLOSS_DATA_DIR"_s, dir.path()); // notes of this test only
    env.insert(u"XDG_CONFIG_HOME"_s, dir.path());
    env.insert(u"LD_DEBUG"_s, u"files"_s); // each object loaded, on standard error
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        if (!display)
            env.remove(QString::fromLatin1(name));
    }
    if (display)
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir.path());
    p.start(gloss::test::glossBinary(), args);
    QVERIFY(p.waitForStarted());
    QVERIFY(p.waitForFinished(120000));
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("file=libQt6Core.so"), err.left(2000).constData()); // the report
    QCOMPARE(err.contains("file=libQt6Gui.so"), gui);
    QCOMPARE(err.contains("file=libQt6Widgets.so"), gui);
    QCOMPARE(err.contains("file=libKF6SyntaxHighlighting.so"), gui);
    QCOMPARE(err.contains("file=libQt6Network.so"), gui); // the window opens links
    if (!gui) // the headless commands other than `gloss library` never load Qt SQL
        QVERIFY(!err.contains("file=libQt6Sql.so"));
}

QTEST_GUILESS_MAIN(tst_CliLibrary)
#include "tst_clilibrary.moc"
