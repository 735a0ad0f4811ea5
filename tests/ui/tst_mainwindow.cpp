#include "ArticleView.h"
#include "MainWindow.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace gloss;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opensSample();
    void refusesMissingFile();
};

void tst_MainWindow::opensSample()
{
    MainWindow w;
    QSignalSpy shown(&w, &MainWindow::articleShown);
    w.show();
    QVERIFY(w.openFile(QStringLiteral(":/org.gloss/data/sample-article.txt")));
    QTRY_COMPARE(shown.count(), 1);
    const QString text = w.articleView()->toPlainText();
    QVERIFY(text.contains(u"Harbour city votes to rebuild flooded seafront"));
    QVERIFY(text.contains(u"managed retreat", Qt::CaseInsensitive));
    QVERIFY(w.windowTitle().contains(u"Harbour city"));
}

void tst_MainWindow::refusesMissingFile()
{
    MainWindow w;
    // no modal dialog in tests: the message goes to the status bar
    QVERIFY(!w.openFile(QStringLiteral("/nonexistent/gloss-test.txt")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
