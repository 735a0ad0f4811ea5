#include "ArticleView.h"
#include "FindBar.h"
#include "TestArticles.h"

#include <QLineEdit>
#include <QTest>

using namespace gloss;

class tst_FindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void nextAndPreviousWrap();
    void escapeCloses();
};

void tst_FindBar::counts_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("matches");
    QTest::addColumn<QString>("status");
    QTest::newRow("word") << QStringLiteral("wall") << 7 << QStringLiteral("1 of 7");
    QTest::newRow("any case") << QStringLiteral("PORTMERE") << 6 << QStringLiteral("1 of 6");
    QTest::newRow("none") << QStringLiteral("zebra") << 0 << QStringLiteral("No matches");
    QTest::newRow("empty") << QString() << 0 << QString();
}

void tst_FindBar::counts()
{
    QFETCH(QString, needle);
    QFETCH(int, matches);
    QFETCH(QString, status);
    ArticleView view;
    view.setArticle(test::sampleArticle());
    FindBar bar(&view);
    bar.activate();
    QTest::keyClicks(bar.lineEdit(), needle);
    QCOMPARE(bar.matchCount(), matches);
    QCOMPARE(bar.statusText(), status);
    QCOMPARE(view.selectionLayer(QStringLiteral("find")).size(), matches);
    if (matches > 0)
        QCOMPARE(view.textCursor().selectedText().toLower(), needle.toLower());
}

void tst_FindBar::nextAndPreviousWrap()
{
    ArticleView view;
    view.setArticle(test::sampleArticle());
    FindBar bar(&view);
    bar.setSearchText(QStringLiteral("Okafor"));
    const int n = bar.matchCount();
    QCOMPARE(n, 2);
    QCOMPARE(bar.currentMatch(), 0);
    bar.findNext();
    QCOMPARE(bar.currentMatch(), 1);
    bar.findNext();
    QCOMPARE(bar.currentMatch(), 0);
    bar.findPrevious();
    QCOMPARE(bar.currentMatch(), 1);
    QCOMPARE(bar.statusText(), QStringLiteral("2 of 2"));
    QTest::keyClick(bar.lineEdit(), Qt::Key_Return);
    QCOMPARE(bar.currentMatch(), 0);
}

void tst_FindBar::escapeCloses()
{
    ArticleView view;
    view.setArticle(test::sampleArticle());
    FindBar bar(&view);
    bar.show();
    bar.activate();
    QVERIFY(bar.isVisible());
    bar.setSearchText(QStringLiteral("sea"));
    QVERIFY(!view.selectionLayer(QStringLiteral("find")).isEmpty());
    QTest::keyClick(bar.lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar.isVisible());
    QVERIFY(view.selectionLayer(QStringLiteral("find")).isEmpty());
}

QTEST_MAIN(tst_FindBar)
#include "tst_findbar.moc"
