// What the interface language costs: installing a translation at start, looking strings up,
// and building the reading window in a translated language against English.
#include "Language.h"
#include "MainWindow.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;
using namespace Qt::StringLiterals;

class bench_Language : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void apply_data();
    void apply();
    void lookUp();
    void buildWindow_data();
    void buildWindow();
    void cleanup() { Language::apply(u"en"_s); }

private:
    QTemporaryDir m_dir;
};

void bench_Language::initTestCase()
{
    // the window reads and writes settings: never the user's
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"GlossBench"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

void bench_Language::apply_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : {"en", "de", "fr", "es", "ko"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void bench_Language::apply()
{
    QFETCH(QString, code);
    QBENCHMARK
    {
        Language::apply(code);
    }
}

void bench_Language::lookUp()
{
    Language::apply(u"de"_s);
    QString last;
    QBENCHMARK
    {
        for (int i = 0; i < 1000; ++i)
            last = QCoreApplication::translate("gloss::MainWindow", "Words: %1");
    }
    QCOMPARE(last, u"Wörter: %1"_s);
}

void bench_Language::buildWindow_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("English") << u"en"_s;
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Korean") << u"ko"_s;
}

void bench_Language::buildWindow()
{
    QFETCH(QString, code);
    Language::apply(code);
    QBENCHMARK
    {
        MainWindow window;
    }
}

QTEST_MAIN(bench_Language)
#include "bench_language.moc"
