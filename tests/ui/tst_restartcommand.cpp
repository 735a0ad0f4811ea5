// View > Language > Restart Now: the command that starts Gloss again the way it was started.
#include "RestartCommand.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTest>

using gloss::RestartCommand;
using namespace Qt::StringLiterals;

class tst_RestartCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void make_data();
    void make();
    void thisProcess();
};

void tst_RestartCommand::make_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QStringList>("commandLine");
    QTest::addColumn<QStringList>("appArguments");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("open");
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");

    const QString loader =
        u"/var/cache/gloss/trixie/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"_s;
    const QString bin = u"/src/build/dev/app/gloss"_s;
    const QStringList loaderWords{u"/var/cache/gloss/trixie/lib64/ld-linux-x86-64.so.2"_s,
                                  u"--library-path"_s, u"/r/lib:/r/lib2"_s};
    // scripts/run: the loader runs gloss; the restart runs the loader again, with gloss
    QTest::newRow("under the loader, the sample")
        << loader << loaderWords + QStringList{bin} << QStringList{bin} << QStringList{}
        << QString() << loader << QStringList{u"--library-path"_s, u"/r/lib:/r/lib2"_s, bin};
    QTest::newRow("under the loader, a file and a theme, another file open")
        << loader
        << loaderWords + QStringList{bin, u"--theme"_s, u"Breeze Dark"_s, u"/a/one.txt"_s}
        << QStringList{bin, u"--theme"_s, u"Breeze Dark"_s, u"/a/one.txt"_s}
        << QStringList{u"/a/one.txt"_s} << u"/b/two.md"_s << loader
        << QStringList{u"--library-path"_s, u"/r/lib:/r/lib2"_s, bin, u"--theme"_s,
                       u"Breeze Dark"_s, u"/b/two.md"_s};
    QTest::newRow("under the loader, a relative build path is made absolute")
        << loader << loaderWords + QStringList{u"build/dev/app/gloss"_s}
        << QStringList{u"build/dev/app/gloss"_s} << QStringList{} << u"/a/x.txt"_s << loader
        << QStringList{u"--library-path"_s, u"/r/lib:/r/lib2"_s,
                       QFileInfo(u"build/dev/app/gloss"_s).absoluteFilePath(), u"/a/x.txt"_s};
    // a normal start: the executable itself (argv[0] may be a name found on PATH)
    QTest::newRow("on PATH, the sample, then a file")
        << u"/usr/bin/gloss"_s << QStringList{u"gloss"_s} << QStringList{u"gloss"_s}
        << QStringList{} << u"/home/u/a.txt"_s << u"/usr/bin/gloss"_s
        << QStringList{u"/home/u/a.txt"_s};
    QTest::newRow("a file replaced by a web page")
        << u"/usr/bin/gloss"_s << QStringList{u"gloss"_s, u"notes.txt"_s, u"--data-dir=/d"_s}
        << QStringList{u"gloss"_s, u"notes.txt"_s, u"--data-dir=/d"_s}
        << QStringList{u"notes.txt"_s} << u"https://example.org/a"_s << u"/usr/bin/gloss"_s
        << QStringList{u"--data-dir=/d"_s, u"https://example.org/a"_s};
    // Qt took its own options out of argv; they are given again as they were
    QTest::newRow("Qt's options kept")
        << u"/usr/bin/gloss"_s
        << QStringList{u"gloss"_s, u"-style"_s, u"fusion"_s, u"a.txt"_s}
        << QStringList{u"gloss"_s, u"a.txt"_s} << QStringList{u"a.txt"_s} << u"/x/b.txt"_s
        << u"/usr/bin/gloss"_s << QStringList{u"-style"_s, u"fusion"_s, u"/x/b.txt"_s};
    QTest::newRow("back to the sample") << u"/usr/bin/gloss"_s
                                        << QStringList{u"gloss"_s, u"/x/a.txt"_s}
                                        << QStringList{u"gloss"_s, u"/x/a.txt"_s}
                                        << QStringList{u"/x/a.txt"_s} << QString()
                                        << u"/usr/bin/gloss"_s << QStringList{};
    // no /proc (another system): what the program saw
    QTest::newRow("no command line known")
        << u"/opt/gloss/gloss"_s << QStringList{}
        << QStringList{u"/opt/gloss/gloss"_s, u"--theme"_s, u"x"_s, u"a.txt"_s}
        << QStringList{u"a.txt"_s} << u"/b.txt"_s << u"/opt/gloss/gloss"_s
        << QStringList{u"--theme"_s, u"x"_s, u"/b.txt"_s};
}

void tst_RestartCommand::make()
{
    QFETCH(QString, executable);
    QFETCH(QStringList, commandLine);
    QFETCH(QStringList, appArguments);
    QFETCH(QStringList, files);
    QFETCH(QString, open);
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const RestartCommand c = RestartCommand::make(executable, commandLine, appArguments, files,
                                                  open);
    QCOMPARE(c.program, program);
    QCOMPARE(c.arguments, arguments);
}

// This very process: the command runs its executable (never a relative or PATH name) with its
// own arguments, the start files replaced.
void tst_RestartCommand::thisProcess()
{
    const QStringList args = QCoreApplication::arguments();
    RestartCommand::setStartFiles({});
    const RestartCommand c = RestartCommand::forThisProcess(u"/tmp/article.txt"_s);
    QVERIFY(QFileInfo(c.program).isAbsolute());
    QVERIFY2(QFileInfo(c.program).isExecutable(), qPrintable(c.program));
    QCOMPARE(c.arguments.constLast(), u"/tmp/article.txt"_s);
    // the words after the program are this test's own (Qt's own options kept)
    for (const QString &a : args.mid(1))
        QVERIFY2(c.arguments.contains(a), qPrintable(a));
}

QTEST_MAIN(tst_RestartCommand)
#include "tst_restartcommand.moc"
