// gloss-compilemodel (tools/compilemodel): the build's step from the cue model's text to the
// image the analyzer views in place. Its errors stop the build with a message.
#include "analysis/quotes/CueModel.h"

#include "TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using gloss::quotes::CueModel;
using namespace Qt::StringLiterals;

class tst_CompileModel : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString errors;
    };
    static Run compile(const QStringList &arguments)
    {
        QProcess p;
        p.start(QStringLiteral(GLOSS_COMPILEMODEL), arguments);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void compilesTheModel()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString text = gloss::test::sourcePath(
            QStringLiteral("resources/attribution/cue_model.txt"));
        const QString out = dir.filePath(QStringLiteral("cue_model.image"));
        const Run run = compile({text, out});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errors, QString());
        QFile image(out);
        QVERIFY(image.open(QIODevice::ReadOnly));
        const QByteArray bytes = image.readAll();
        const std::optional<CueModel> model = CueModel::fromImage(bytes);
        QVERIFY(model);
        QFile f(text);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(bytes, CueModel(f.readAll()).image());
        QCOMPARE(model->wordCount(), CueModel::learned().wordCount());
    }

    void fails_data()
    {
        QTest::addColumn<QByteArray>("input"); // written to a file first; null: no file
        QTest::addColumn<bool>("writable");    // the output's folder exists
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        QTest::newRow("no input file") << QByteArray() << true << 1 << u"cannot read"_s;
        QTest::newRow("an empty file") << QByteArray("") << true << 1 << u"not a cue model"_s;
        QTest::newRow("thresholds but no word")
            << QByteArray("@threshold\t400\nbias\t-100\n") << true << 1
            << u"not a cue model"_s;
        QTest::newRow("binary bytes") << QByteArray("\x00\xff\x01\xfe", 4) << true << 1
                                      << u"not a cue model"_s;
        QTest::newRow("an output folder that does not exist")
            << QByteArray("w=said\t100\n") << false << 1 << u"cannot write"_s;
    }
    void fails()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, writable);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString in = dir.filePath(QStringLiteral("model.txt"));
        if (!input.isNull()) {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(input);
        }
        const QString out = dir.filePath(writable ? QStringLiteral("model.image")
                                                  : QStringLiteral("missing/model.image"));
        const Run run = compile({in, out});
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.errors.startsWith(u"gloss-compilemodel: ") && run.errors.contains(message),
                 qPrintable(run.errors));
        QVERIFY(!QFile::exists(out)); // nothing half written
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("none") << QStringList();
        QTest::newRow("one") << QStringList{u"model.txt"_s};
        QTest::newRow("three") << QStringList{u"a"_s, u"b"_s, u"c"_s};
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        const Run run = compile(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errors.startsWith(u"usage: "), qPrintable(run.errors));
    }
};

QTEST_GUILESS_MAIN(tst_CompileModel)
#include "tst_compilemodel.moc"
