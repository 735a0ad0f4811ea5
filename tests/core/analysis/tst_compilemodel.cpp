// gloss-compilemodel (tools/compilemodel): the build's step from a learned model's text to
// the image the analyzer views in place. Its errors stop the build with a message.
#include "analysis/entities/Gazetteer.h"
#include "analysis/quotes/CueModel.h"
#include "analysis/quotes/SpeakerRanker.h"

#include "TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using gloss::entities::Gazetteer;
using gloss::quotes::CueModel;
using gloss::quotes::SpeakerRanker;
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
    void compilesTheModels_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::newRow("the cue model") << u"cue"_s << u"cue_model.txt"_s;
        QTest::newRow("the speaker ranker") << u"ranker"_s << u"ranker.txt"_s;
    }
    void compilesTheModels()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString in = gloss::test::sourcePath(u"resources/attribution/"_s + text);
        const QString out = dir.filePath(u"model.image"_s);
        const Run run = compile({kind, in, out});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errors, QString());
        QFile image(out);
        QVERIFY(image.open(QIODevice::ReadOnly));
        const QByteArray bytes = image.readAll();
        QFile f(in);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray model = f.readAll();
        if (kind == u"cue") {
            QVERIFY(CueModel::fromImage(bytes));
            QCOMPARE(bytes, CueModel(model).image());
        } else {
            QVERIFY(SpeakerRanker::fromImage(bytes));
            QCOMPARE(bytes, SpeakerRanker(model).image());
        }
    }

    void compilesTheGazetteer()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString lists = gloss::test::sourcePath(u"resources/gazetteers"_s);
        const QString out = dir.filePath(u"gazetteer.image"_s);
        const Run run = compile({u"gazetteer"_s, lists, QStringLiteral(GLOSS_ISO_PLACES), out});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.errors, QString());
        QFile image(out);
        QVERIFY(image.open(QIODevice::ReadOnly));
        const QByteArray bytes = image.readAll();
        QVERIFY(Gazetteer::fromImage(bytes));
        QCOMPARE(bytes, Gazetteer::instance().image());
    }

    void gazetteerFails_data()
    {
        QTest::addColumn<QStringList>("lists"); // the files written to the lists' folder
        QTest::addColumn<QString>("message");
        const QStringList all{u"places.txt"_s, u"organisations.txt"_s, u"events.txt"_s,
                              u"words.txt"_s, u"given-names.txt"_s};
        QTest::newRow("no lists") << QStringList() << u"cannot read"_s;
        QStringList noEvents = all;
        noEvents.removeAll(u"events.txt"_s);
        QTest::newRow("a list missing") << noEvents << u"events.txt"_s;
        QTest::newRow("lists with no word classes") << all << u"holds no gazetteer"_s;
    }
    void gazetteerFails()
    {
        QFETCH(QStringList, lists);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : std::as_const(lists)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("GPE Freedonia\n");
        }
        const QString out = dir.filePath(u"gazetteer.image"_s);
        const Run run =
            compile({u"gazetteer"_s, dir.path(), QStringLiteral(GLOSS_ISO_PLACES), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.startsWith(u"gloss-compilemodel: ") && run.errors.contains(message),
                 qPrintable(run.errors));
        QVERIFY(!QFile::exists(out));
    }

    void fails_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("input"); // written to a file first; null: no file
        QTest::addColumn<bool>("writable");    // the output's folder exists
        QTest::addColumn<QString>("message");

        QTest::newRow("no input file") << u"cue"_s << QByteArray() << true << u"cannot read"_s;
        QTest::newRow("an empty file")
            << u"cue"_s << QByteArray("") << true << u"is no cue model"_s;
        QTest::newRow("thresholds but no word")
            << u"cue"_s << QByteArray("@threshold\t400\nbias\t-100\n") << true
            << u"is no cue model"_s;
        QTest::newRow("binary bytes")
            << u"cue"_s << QByteArray("\x00\xff\x01\xfe", 4) << true << u"is no cue model"_s;
        QTest::newRow("a ranker with no weight")
            << u"ranker"_s << QByteArray("@margin\t100\n@head\tspokesman\n") << true
            << u"is no speaker ranker"_s;
        QTest::newRow("an output folder that does not exist")
            << u"cue"_s << QByteArray("w=said\t100\n") << false << u"cannot write"_s;
    }
    void fails()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, input);
        QFETCH(bool, writable);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString in = dir.filePath(u"model.txt"_s);
        if (!input.isNull()) {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(input);
        }
        const QString out = dir.filePath(writable ? u"model.image"_s : u"missing/model.image"_s);
        const Run run = compile({kind, in, out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.startsWith(u"gloss-compilemodel: ") && run.errors.contains(message),
                 qPrintable(run.errors));
        QVERIFY(!QFile::exists(out)); // nothing half written
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("none") << QStringList();
        QTest::newRow("no kind") << QStringList{u"model.txt"_s, u"model.image"_s};
        QTest::newRow("another kind") << QStringList{u"entities"_s, u"a"_s, u"b"_s};
        QTest::newRow("four") << QStringList{u"cue"_s, u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("a gazetteer without its iso list")
            << QStringList{u"gazetteer"_s, u"a"_s, u"b"_s};
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
