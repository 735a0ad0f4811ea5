#include "ArticleIndex.h"
#include "SpeakersPanel.h"
#include "TestArticles.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace gloss;

class tst_SpeakersPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void legend_data();
    void legend();
    void activationFilters();
    void visibilityToggles();

private:
    Article m_article;
    ArticleIndex m_index;
    ReadingTheme m_theme;
};

void tst_SpeakersPanel::initTestCase()
{
    m_article = test::sampleArticle();
    m_index.build(m_article, nullptr);
    m_theme = ReadingTheme(themes::byName(QStringLiteral("Breeze Dark")));
}

void tst_SpeakersPanel::legend_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("quotes");
    QTest::newRow("first speaker") << 0 << QStringLiteral("Alys Pritchard") << 5;
    QTest::newRow("second") << 1 << QStringLiteral("Samuel Okafor") << 3;
    QTest::newRow("an organisation") << 2 << QStringLiteral("Association of British Insurers") << 1;
    QTest::newRow("unattributed last") << 6 << QStringLiteral("Unattributed") << 1;
}

void tst_SpeakersPanel::legend()
{
    QFETCH(int, row);
    QFETCH(QString, name);
    QFETCH(int, quotes);
    SpeakersPanel panel;
    panel.setReadingTheme(m_theme);
    panel.setArticle(m_article, m_index);
    QCOMPARE(panel.model()->rowCount(), 7);
    const QStandardItem *item = panel.model()->item(row);
    QCOMPARE(item->text(), name);
    QCOMPARE(item->data(Qt::UserRole + 20).toString(), QString::number(quotes));
    QVERIFY(!item->icon().isNull());
    if (item->isCheckable())
        QCOMPARE(item->foreground().color(), m_theme.speakerColor(row));
}

void tst_SpeakersPanel::activationFilters()
{
    SpeakersPanel panel;
    panel.resize(350, 400);
    panel.setArticle(m_article, m_index);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &SpeakersPanel::speakerActivated);
    QSignalSpy cleared(&panel, &SpeakersPanel::filterCleared);
    const QRect r = panel.view()->visualRect(panel.model()->index(3, 0));
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, r.center() + QPoint(40, 0));
    QVERIFY(activated.count() >= 1);
    QCOMPARE(activated.last().first().toInt(), int(test::Lewis));
    auto *showAll = panel.findChild<QToolButton *>(QStringLiteral("showAllSpeakers"));
    QVERIFY(!showAll->isVisible());
    panel.setFilter(test::Lewis);
    QVERIFY(showAll->isVisible());
    QTest::mouseClick(showAll, Qt::LeftButton);
    QCOMPARE(cleared.count(), 1);
}

void tst_SpeakersPanel::visibilityToggles()
{
    SpeakersPanel panel;
    panel.setArticle(m_article, m_index);
    QSignalSpy toggled(&panel, &SpeakersPanel::speakerVisibilityChanged);
    panel.model()->item(1)->setCheckState(Qt::Unchecked);
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.first().at(0).toInt(), int(test::Okafor));
    QCOMPARE(toggled.first().at(1).toBool(), false);
    // a theme change keeps the check states
    panel.setReadingTheme(m_theme);
    QCOMPARE(panel.model()->item(1)->checkState(), Qt::Unchecked);
    QCOMPARE(toggled.count(), 1);
}

QTEST_MAIN(tst_SpeakersPanel)
#include "tst_speakerspanel.moc"
