#include "EntitiesPanel.h"
#include "TestArticles.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace gloss;

class tst_EntitiesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsByType_data();
    void groupsByType();
    void cyclesThroughMentions();
    void clickCycles();
};

void tst_EntitiesPanel::groupsByType_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("members");
    QTest::addColumn<QString>("first");
    QTest::newRow("people") << EntitiesPanel::typeLabel(EntityType::Person) << 4
                            << QStringLiteral("Alys Pritchard");
    QTest::newRow("organisations") << EntitiesPanel::typeLabel(EntityType::Org) << 4
                                   << QStringLiteral("Association of British Insurers");
    QTest::newRow("political places") << EntitiesPanel::typeLabel(EntityType::Gpe) << 1
                                      << QStringLiteral("Portmere");
    QTest::newRow("places") << EntitiesPanel::typeLabel(EntityType::Loc) << 1
                            << QStringLiteral("Quay Street");
}

void tst_EntitiesPanel::groupsByType()
{
    QFETCH(QString, group);
    QFETCH(int, members);
    QFETCH(QString, first);
    EntitiesPanel panel;
    panel.setArticle(test::sampleArticle());
    const auto found = panel.model()->findItems(group);
    QCOMPARE(found.size(), 1);
    QStandardItem *g = found.first();
    QCOMPARE(g->rowCount(), members);
    QCOMPARE(g->data(Qt::UserRole + 20).toString(), QString::number(members));
    QCOMPARE(g->child(0)->text(), first);
    // counts descend
    for (int r = 1; r < g->rowCount(); ++r)
        QVERIFY(g->child(r - 1)->data(Qt::UserRole + 20).toInt()
                >= g->child(r)->data(Qt::UserRole + 20).toInt());
}

void tst_EntitiesPanel::cyclesThroughMentions()
{
    const Article a = test::sampleArticle();
    EntitiesPanel panel;
    panel.setArticle(a);
    QSignalSpy spy(&panel, &EntitiesPanel::mentionActivated);
    const int n = int(a.entities.at(test::Portmere).mentions.size());
    QVERIFY(n >= 3);
    for (int i = 0; i <= n; ++i)
        panel.activateEntity(test::Portmere);
    QCOMPARE(spy.count(), n + 1);
    for (int i = 0; i < n; ++i) {
        QCOMPARE(spy.at(i).at(1).toInt(), i);
        QCOMPARE(spy.at(i).at(2).toInt(), n);
    }
    QCOMPARE(spy.at(n).at(1).toInt(), 0); // round again
}

void tst_EntitiesPanel::clickCycles()
{
    EntitiesPanel panel;
    panel.resize(350, 500);
    panel.setArticle(test::sampleArticle());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy spy(&panel, &EntitiesPanel::mentionActivated);
    const QModelIndex people = panel.model()->index(0, 0);
    const QModelIndex alys = panel.model()->index(0, 0, people);
    const QPoint at = panel.view()->visualRect(alys).center();
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, at, 600);
    QVERIFY(spy.count() >= 2);
    QCOMPARE(spy.first().at(0).toInt(), int(test::Pritchard));
    QVERIFY(spy.last().at(1).toInt() >= 1);
}

QTEST_MAIN(tst_EntitiesPanel)
#include "tst_entitiespanel.moc"
