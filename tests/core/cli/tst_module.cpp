// The modules beside `gloss` (cli/Module.h): found by full path in the program's folder, so a
// sanitizer build (whose dlopen() interceptor hides the program's RUNPATH) and a program
// started from another folder or through a loader load them too.
#include "Module.h"
#include "TestPaths.h"
#include "WebFetch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_Module : public QObject
{
    Q_OBJECT

private slots:
    void programFolder()
    {
        // this test program was started by its path: the folder is the one it lies in
        QCOMPARE(gloss::cli::programFolder(),
                 QFileInfo(QCoreApplication::applicationFilePath()).canonicalPath());
    }

    void moduleFunction_data()
    {
        QTest::addColumn<QByteArray>("fileName");
        QTest::addColumn<QByteArray>("symbol");
        QTest::addColumn<bool>("found");
        QTest::addColumn<QString>("errorNames"); // a word the error must hold

        QTest::newRow("the web module's fetch function")
            << QByteArray(gloss::webfetch::kModuleName)
            << QByteArray(gloss::webfetch::kFetchEntry) << true << QString();
        QTest::newRow("a function the module does not have")
            << QByteArray(gloss::webfetch::kModuleName) << QByteArray("gloss_no_such_function")
            << false << u"gloss_no_such_function"_s;
        QTest::newRow("a module that is not there")
            << QByteArray("gloss-no-such-module.so") << QByteArray("gloss_fetch_now") << false
            << u"gloss-no-such-module.so"_s;
    }

    void moduleFunction()
    {
        QFETCH(QByteArray, fileName);
        QFETCH(QByteArray, symbol);
        QFETCH(bool, found);
        QFETCH(QString, errorNames);

        // the folder of the built gloss, which is not this test's: no RUNPATH leads there
        const QString folder = QFileInfo(gloss::test::glossBinary()).canonicalPath();
        QVERIFY(folder != QFileInfo(QCoreApplication::applicationFilePath()).canonicalPath());
        QString error;
        void *function = gloss::cli::moduleFunction(folder, fileName.constData(),
                                                    symbol.constData(), &error);
        QCOMPARE(function != nullptr, found);
        if (found) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // loaded once: the second call gives the same function
            QCOMPARE(gloss::cli::moduleFunction(folder, fileName.constData(), symbol.constData()),
                     function);
        } else {
            QVERIFY2(error.contains(errorNames), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Module)
#include "tst_module.moc"
