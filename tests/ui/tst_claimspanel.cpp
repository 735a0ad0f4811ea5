#include "ClaimsPanel.h"
#include "PanelDelegate.h"
#include "TestArticles.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_ClaimsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsBySource();
    void filter_data();
    void filter();
    void groupCountsFollowFilter_data();
    void groupCountsFollowFilter();
    void keyboardActivation();
    void clickActivation();
    void emptyArticle();
    void toolTipsNameTheCue_data();
    void toolTipsNameTheCue();
};

void tst_ClaimsPanel::groupsBySource()
{
    const Article a = test::sampleArticle();
    ClaimsPanel panel;
    panel.setArticle(a);
    QStandardItemModel *m = panel.model();
    QStringList groups;
    int claims = 0;
    for (int g = 0; g < m->rowCount(); ++g) {
        groups.append(m->item(g)->text());
        claims += m->item(g)->rowCount();
        for (int c = 0; c < m->item(g)->rowCount(); ++c) {
            const QStandardItem *item = m->item(g)->child(c);
            const int index = item->data(ClaimsPanel::ClaimRole).toInt();
            QCOMPARE(item->text(), a.textOf(a.claims.at(index)));
            QCOMPARE(item->data(ClaimsPanel::KindRole).toInt(), int(a.claims.at(index).kind));
            QVERIFY(!item->icon().isNull());
        }
    }
    QCOMPARE(claims, a.claims.size());
    // sources in order of their first claim, unattributed last
    const QStringList expected = {QStringLiteral("Samuel Okafor"),
                                  QStringLiteral("Association of British Insurers"),
                                  QStringLiteral("Environment Agency"),
                                  QStringLiteral("Alys Pritchard"), QStringLiteral("Unattributed")};
    QCOMPARE(groups, expected);
    QCOMPARE(m->item(4)->rowCount(), 3);
}

void tst_ClaimsPanel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("visible");
    QTest::newRow("none") << QString() << 7;
    QTest::newRow("a word in one claim") << QStringLiteral("judicial") << 1;
    QTest::newRow("any case") << QStringLiteral("MILLION") << 2;
    QTest::newRow("a source name keeps its claims") << QStringLiteral("Okafor") << 1;
    QTest::newRow("nothing") << QStringLiteral("zebra") << 0;
}

void tst_ClaimsPanel::filter()
{
    QFETCH(QString, text);
    QFETCH(int, visible);
    ClaimsPanel panel;
    panel.setArticle(test::sampleArticle());
    QTest::keyClicks(panel.filterEdit(), text);
    QCOMPARE(panel.visibleClaimCount(), visible);
}

void tst_ClaimsPanel::groupCountsFollowFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("groups"); // "name: count" as the view shows them
    QTest::newRow("no filter: every claim")
        << QString()
        << QStringList{u"Samuel Okafor: 1"_s, u"Association of British Insurers: 1"_s,
                       u"Environment Agency: 1"_s, u"Alys Pritchard: 1"_s, u"Unattributed: 3"_s};
    QTest::newRow("two groups, one claim each shown")
        << u"MILLION"_s << QStringList{u"Alys Pritchard: 1"_s, u"Unattributed: 1"_s};
    QTest::newRow("one of three unattributed") << u"judicial"_s
                                               << QStringList{u"Unattributed: 1"_s};
    QTest::newRow("two of three unattributed")
        << u"the s"_s << QStringList{u"Unattributed: 2"_s};
    QTest::newRow("nothing") << u"zebra"_s << QStringList();
}

void tst_ClaimsPanel::groupCountsFollowFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, groups);
    ClaimsPanel panel;
    panel.setArticle(test::sampleArticle());
    panel.setFilterText(text);
    const QAbstractItemModel *shown = panel.view()->model();
    QStringList actual;
    for (int g = 0; g < shown->rowCount(); ++g) {
        const QModelIndex group = shown->index(g, 0);
        const QString count = group.data(PanelDelegate::CountRole).toString();
        actual.append(group.data().toString() + u": "_s + count);
        QCOMPARE(count.toInt(), shown->rowCount(group));
        // the tool tip says how many are shown of how many
        const int total = panel.model()->findItems(group.data().toString()).value(0)->rowCount();
        const QString tip = group.data(Qt::ToolTipRole).toString();
        QCOMPARE(tip, count.toInt() == total
                          ? u"Claims: %1"_s.arg(total)
                          : u"Claims: %1 of %2 shown"_s.arg(count).arg(total));
    }
    QCOMPARE(actual, groups);
}

void tst_ClaimsPanel::keyboardActivation()
{
    ClaimsPanel panel;
    panel.setArticle(test::sampleArticle());
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QSignalSpy activated(&panel, &ClaimsPanel::claimActivated);
    panel.filterEdit()->setFocus();
    QTest::keyClicks(panel.filterEdit(), QStringLiteral("wetland"));
    QTest::keyClick(panel.filterEdit(), Qt::Key_Down); // into the list, first claim
    QVERIFY(panel.view()->hasFocus());
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toInt(), 4); // "the wetland scheme would have cost…"
}

void tst_ClaimsPanel::clickActivation()
{
    ClaimsPanel panel;
    panel.resize(400, 600);
    panel.setArticle(test::sampleArticle());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &ClaimsPanel::claimActivated);
    QTreeView *view = panel.view();
    const QModelIndex group = view->model()->index(0, 0);
    const QModelIndex claim = view->model()->index(0, 0, group);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(claim).center());
    QVERIFY(activated.count() >= 1);
    QCOMPARE(activated.last().first().toInt(), 1); // Okafor's claim
    // a group header activates nothing
    activated.clear();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(group).center());
    QCOMPARE(activated.count(), 0);
}

void tst_ClaimsPanel::emptyArticle()
{
    ClaimsPanel panel;
    panel.setArticle(Article());
    QCOMPARE(panel.visibleClaimCount(), 0);
    QCOMPARE(panel.model()->rowCount(), 1); // "No claims found"
    QVERIFY(!panel.model()->item(0)->isEnabled());
}

void tst_ClaimsPanel::toolTipsNameTheCue_data()
{
    QTest::addColumn<QString>("words"); // how the claim begins
    QTest::addColumn<QString>("cue");   // empty: a claim without one
    QTest::newRow("a quote claim") << u"A wall is a promise"_s << u"he said"_s;
    QTest::newRow("a reported claim") << u"premiums in exposed"_s << u"said in a statement"_s;
    QTest::newRow("a hedged claim") << u"Critics reportedly"_s << u"reportedly"_s;
    QTest::newRow("a factual claim: no cue") << u"The council of Portmere"_s << QString();
}

void tst_ClaimsPanel::toolTipsNameTheCue()
{
    // the cue is read from where it stands in the text (claims keep no copy of it)
    QFETCH(QString, words);
    QFETCH(QString, cue);
    ClaimsPanel panel;
    panel.setArticle(test::sampleArticle());
    const QStandardItem *found = nullptr;
    for (int g = 0; g < panel.model()->rowCount() && !found; ++g) {
        const QStandardItem *group = panel.model()->item(g);
        for (int r = 0; r < group->rowCount() && !found; ++r) {
            if (group->child(r)->text().startsWith(words))
                found = group->child(r);
        }
    }
    QVERIFY2(found, qPrintable(words));
    const QString tip = found->toolTip();
    if (cue.isEmpty())
        QVERIFY2(!tip.contains(u"cue:"_s), qPrintable(tip));
    else
        QVERIFY2(tip.contains(u"cue: \u201C"_s + cue + u"\u201D"_s), qPrintable(tip));
}

QTEST_MAIN(tst_ClaimsPanel)
#include "tst_claimspanel.moc"
