#include "ArticleIndex.h"
#include "PanelDelegate.h"
#include "SpeakersPanel.h"
#include "TestArticles.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_SpeakersPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void legend_data();
    void legend();
    void activationFilters();
    void visibilityToggles();
    void checkBoxOnlyTints_data();
    void checkBoxOnlyTints();
    void rowsStayWhenFiltering_data();
    void rowsStayWhenFiltering();
    void clickGoesThroughQuotes();
    void quoteButtons();
    void search_data();
    void search();
    void order_data();
    void order();
    void otherSpeakersShareOneColor();
    void otherSpeakersGroupTicksAll();
    void keyboard();

private:
    /** Names shown by the view, top to bottom (children after their group). */
    static QStringList shownNames(const SpeakersPanel &panel);
    static QRect checkBoxRect(QTreeView *view, const QModelIndex &index);

    QTemporaryDir m_settings;
    Article m_article;
    ArticleIndex m_index;
    ReadingTheme m_theme;
};

void tst_SpeakersPanel::initTestCase()
{
    test::isolate(m_settings);
    m_article = test::sampleArticle();
    m_index.build(m_article, nullptr);
    m_theme = ReadingTheme(themes::byName(QStringLiteral("Breeze Dark")));
}

QStringList tst_SpeakersPanel::shownNames(const SpeakersPanel &panel)
{
    QStringList names;
    const QAbstractItemModel *m = panel.view()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        const QModelIndex row = m->index(r, 0);
        names.append(row.data().toString());
        for (int c = 0; c < m->rowCount(row); ++c)
            names.append(u"  "_s + m->index(c, 0, row).data().toString());
    }
    return names;
}

QRect tst_SpeakersPanel::checkBoxRect(QTreeView *view, const QModelIndex &index)
{
    QStyleOptionViewItem opt;
    opt.initFrom(view->viewport());
    opt.rect = view->visualRect(index);
    opt.features |= QStyleOptionViewItem::HasCheckIndicator;
    opt.checkState = index.data(Qt::CheckStateRole).value<Qt::CheckState>();
    opt.widget = view;
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &opt, view);
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
    const QRect r = panel.view()->visualRect(panel.indexOf(test::Lewis));
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, r.center() + QPoint(40, 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().first().toInt(), int(test::Lewis));
    auto *showAll = panel.findChild<QToolButton *>(QStringLiteral("showAllSpeakers"));
    QVERIFY(showAll->isVisible()); // the panel focused Lewis itself (no window connected)
    panel.setFilter(-1);
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

void tst_SpeakersPanel::checkBoxOnlyTints_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("first row") << 0;
    QTest::newRow("fourth row") << 3;
}

void tst_SpeakersPanel::checkBoxOnlyTints()
{
    QFETCH(int, row);
    SpeakersPanel panel;
    panel.resize(350, 500);
    panel.setArticle(m_article, m_index);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &SpeakersPanel::speakerActivated);
    QSignalSpy quotes(&panel, &SpeakersPanel::quoteActivated);
    QSignalSpy toggled(&panel, &SpeakersPanel::speakerVisibilityChanged);
    QTreeView *view = panel.view();
    const QModelIndex index = view->model()->index(row, 0);
    const QRect box = checkBoxRect(view, index);
    QVERIFY(box.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.first().at(1).toBool(), false);
    QCOMPARE(activated.count(), 0); // "Showing only …" would follow
    QCOMPARE(quotes.count(), 0);
    QCOMPARE(panel.filter(), -1);
    // ticked again, still no filter; then a click on the name does filter
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    QCOMPARE(toggled.count(), 2);
    QCOMPARE(toggled.last().at(1).toBool(), true);
    QCOMPARE(activated.count(), 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(index).center() + QPoint(40, 0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(toggled.count(), 2);
}

void tst_SpeakersPanel::rowsStayWhenFiltering_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("narrow panel") << 300;
    QTest::newRow("wide panel") << 700;
}

void tst_SpeakersPanel::rowsStayWhenFiltering()
{
    QFETCH(int, width);
    SpeakersPanel panel;
    panel.resize(width, 500);
    panel.setArticle(m_article, m_index);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *view = panel.view();
    const auto rowTop = [&](int row) {
        return view->viewport()->mapTo(&panel, view->visualRect(view->model()->index(row, 0))
                                                   .topLeft());
    };
    const QPoint before = rowTop(2);
    panel.setFilter(test::Okafor); // "Show all" appears
    QApplication::processEvents();
    QCOMPARE(rowTop(2), before);
    panel.setFilter(-1);
    QApplication::processEvents();
    QCOMPARE(rowTop(2), before);
}

void tst_SpeakersPanel::clickGoesThroughQuotes()
{
    SpeakersPanel panel;
    panel.resize(350, 500);
    panel.setArticle(m_article, m_index);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &SpeakersPanel::speakerActivated);
    QSignalSpy quotes(&panel, &SpeakersPanel::quoteActivated);
    auto *position = panel.findChild<QLabel *>(u"speakerQuotePosition"_s);
    QTreeView *view = panel.view();
    const auto click = [&] {
        const QRect r = view->visualRect(panel.indexOf(test::Okafor));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, r.center() + QPoint(40, 0));
    };
    const QList<int> okafor = m_index.speakerIndex().quotesOf(test::Okafor);
    QCOMPARE(okafor.size(), 3);
    // the first click focuses Dr Okafor and goes to his first quote
    click();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(quotes.count(), 1);
    QCOMPARE(quotes.last(), (QVariantList{int(test::Okafor), okafor.at(0), 1, 3}));
    QVERIFY2(position->toolTip().contains(u"quote 1 of 3"_s), qPrintable(position->toolTip()));
    // again: the next one, no new filter
    click();
    QCOMPARE(activated.count(), 1);
    QCOMPARE(quotes.last(), (QVariantList{int(test::Okafor), okafor.at(1), 2, 3}));
    QVERIFY(position->toolTip().contains(u"quote 2 of 3"_s));
    click();
    click(); // past the last: back to the first
    QCOMPARE(quotes.last(), (QVariantList{int(test::Okafor), okafor.at(0), 1, 3}));
    QCOMPARE(quotes.count(), 4);
    QCOMPARE(m_article.textOf(m_article.quotes.at(okafor.at(0))),
             u"A wall is a promise you make to the next generation,"_s);
}

void tst_SpeakersPanel::quoteButtons()
{
    SpeakersPanel panel;
    panel.resize(350, 500);
    panel.setArticle(m_article, m_index);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy quotes(&panel, &SpeakersPanel::quoteActivated);
    auto *next = panel.findChild<QToolButton *>(u"nextSpeakerQuote"_s);
    auto *previous = panel.findChild<QToolButton *>(u"previousSpeakerQuote"_s);
    auto *position = panel.findChild<QLabel *>(u"speakerQuotePosition"_s);
    QVERIFY(next && previous && position);
    // nothing focused: disabled, and the bar says what to do
    QVERIFY(!next->isEnabled());
    QVERIFY(!panel.nextQuoteAction()->isEnabled());
    QVERIFY(!position->toolTip().isEmpty());
    QCOMPARE(panel.nextQuoteAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Right));
    QCOMPARE(panel.previousQuoteAction()->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Left));
    // focused from the text (the window calls setFilter): from the top
    panel.setFilter(test::Pritchard);
    QVERIFY(next->isEnabled() && previous->isEnabled());
    QVERIFY2(position->toolTip().contains(u"Alys Pritchard"_s), qPrintable(position->toolTip()));
    QVERIFY(position->toolTip().contains(u"5 quote"_s)); // "5 quotes" with the translation
    const QList<int> pritchard = m_index.speakerIndex().quotesOf(test::Pritchard);
    QTest::mouseClick(previous, Qt::LeftButton); // before the first: the last
    QCOMPARE(quotes.last(), (QVariantList{int(test::Pritchard), pritchard.at(4), 5, 5}));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(quotes.last(), (QVariantList{int(test::Pritchard), pritchard.at(0), 1, 5}));
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(quotes.last(), (QVariantList{int(test::Pritchard), pritchard.at(2), 3, 5}));
    QVERIFY(position->toolTip().contains(u"quote 3 of 5"_s));
    QCOMPARE(panel.currentQuote(), 2);
    // the same speaker set again keeps the place; another starts from the top
    panel.setFilter(test::Pritchard);
    QCOMPARE(panel.currentQuote(), 2);
    panel.setFilter(test::Evans);
    QCOMPARE(panel.currentQuote(), -1);
    panel.setFilter(-1);
    QVERIFY(!next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(quotes.count(), 4);
}

void tst_SpeakersPanel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("part of a name") << u"oka"_s << QStringList{u"Samuel Okafor"_s};
    QTest::newRow("any case")
        << u"GOV"_s << QStringList{u"Welsh Government"_s};
    QTest::newRow("another name of the speaker")
        << u"Ms Pritchard"_s << QStringList{u"Alys Pritchard"_s};
    QTest::newRow("letters in several names")
        << u"ri"_s
        << QStringList{u"Alys Pritchard"_s, u"Association of British Insurers"_s,
                       u"Rhodri Evans"_s};
    QTest::newRow("nobody") << u"zebra"_s << QStringList();
}

void tst_SpeakersPanel::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, shown);
    SpeakersPanel panel;
    panel.setArticle(m_article, m_index);
    panel.setOrder(SpeakersPanel::Order::FirstToSpeak);
    QTest::keyClicks(panel.searchEdit(), text);
    QCOMPARE(shownNames(panel), shown);
    panel.searchEdit()->clear();
    QCOMPARE(shownNames(panel).size(), 7);
}

void tst_SpeakersPanel::order_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("most quoted (ties: first to speak)")
        << int(SpeakersPanel::Order::MostQuoted)
        << QStringList{u"Alys Pritchard"_s, u"Samuel Okafor"_s, u"Gareth Lewis"_s,
                       u"Rhodri Evans"_s, u"Association of British Insurers"_s,
                       u"Welsh Government"_s, u"Unattributed"_s};
    QTest::newRow("first to speak")
        << int(SpeakersPanel::Order::FirstToSpeak)
        << QStringList{u"Alys Pritchard"_s, u"Samuel Okafor"_s,
                       u"Association of British Insurers"_s, u"Gareth Lewis"_s,
                       u"Rhodri Evans"_s, u"Welsh Government"_s, u"Unattributed"_s};
    QTest::newRow("name")
        << int(SpeakersPanel::Order::Name)
        << QStringList{u"Alys Pritchard"_s, u"Association of British Insurers"_s,
                       u"Gareth Lewis"_s, u"Rhodri Evans"_s, u"Samuel Okafor"_s,
                       u"Welsh Government"_s, u"Unattributed"_s};
}

void tst_SpeakersPanel::order()
{
    QFETCH(int, order);
    QFETCH(QStringList, names);
    SpeakersPanel panel;
    panel.setArticle(m_article, m_index);
    // chosen in the box, as a user does; remembered for the next panel
    auto *box = panel.findChild<QComboBox *>(u"speakersOrder"_s);
    QVERIFY(box);
    const int item = box->findData(order);
    box->setCurrentIndex(item);
    Q_EMIT box->activated(item);
    QCOMPARE(int(panel.order()), order);
    QCOMPARE(shownNames(panel), names);
    SpeakersPanel again;
    again.setArticle(m_article, m_index);
    QCOMPARE(int(again.order()), order);
    QCOMPARE(shownNames(again), names);
    // the colours do not follow the order: they are the article's
    panel.setReadingTheme(m_theme);
    for (int r = 0; r < 6; ++r) {
        const QModelIndex row = panel.view()->model()->index(r, 0);
        const int e = row.data(SpeakersPanel::EntityRole).toInt();
        QCOMPARE(row.data(Qt::ForegroundRole).value<QBrush>().color(),
                 m_theme.speakerColor(m_index.speakerSlot(e)));
    }
}

void tst_SpeakersPanel::otherSpeakersShareOneColor()
{
    // eleven speakers: the three least quoted (1, 2, 3) share one colour
    const Article a = test::manySpeakersArticle({1, 1, 1, 5, 2, 2, 2, 2, 2, 2, 3});
    ArticleIndex index;
    index.build(a, nullptr);
    SpeakersPanel panel;
    panel.setReadingTheme(m_theme);
    panel.setArticle(a, index);
    panel.setOrder(SpeakersPanel::Order::FirstToSpeak);
    const QStringList expected = {
        u"Speaker 4"_s, u"Speaker 5"_s, u"Speaker 6"_s, u"Speaker 7"_s, u"Speaker 8"_s,
        u"Speaker 9"_s, u"Speaker 10"_s, u"Speaker 11"_s, u"Other speakers (3)"_s,
        u"  Speaker 1"_s, u"  Speaker 2"_s, u"  Speaker 3"_s};
    QCOMPARE(shownNames(panel), expected);
    const QAbstractItemModel *m = panel.view()->model();
    QSet<QRgb> own;
    for (int r = 0; r < 8; ++r) {
        const QColor c = m->index(r, 0).data(Qt::ForegroundRole).value<QBrush>().color();
        QVERIFY2(!own.contains(c.rgb()), qPrintable(c.name())); // never a colour twice
        own.insert(c.rgb());
    }
    const QModelIndex group = m->index(8, 0);
    QCOMPARE(group.data(PanelDelegate::CountRole).toString(), u"3"_s); // their quotes
    QVERIFY(group.data(Qt::ToolTipRole).toString().contains(u"8 most quoted"_s));
    for (int c = 0; c < 3; ++c) {
        const QColor color =
            m->index(c, 0, group).data(Qt::ForegroundRole).value<QBrush>().color();
        QCOMPARE(color, m_theme.otherSpeakers());
        QVERIFY(!own.contains(color.rgb()));
    }
    // the legend says it
    auto *summary = panel.findChild<QLabel *>(u"speakersSummary"_s);
    QVERIFY2(summary->text().contains(u"other 3 share"_s), qPrintable(summary->text()));
    // searching counts what is shown in the group
    panel.setSearchText(u"Speaker 1"_s); // 1, 10, 11
    QCOMPARE(shownNames(panel), (QStringList{u"Speaker 10"_s, u"Speaker 11"_s,
                                             u"Other speakers (1)"_s, u"  Speaker 1"_s}));
    QCOMPARE(m->index(2, 0).data(PanelDelegate::CountRole).toString(), u"1"_s);
    // a speaker in the group is focused and gone through like the others
    QSignalSpy quotes(&panel, &SpeakersPanel::quoteActivated);
    panel.setFilter(0);
    panel.stepQuote(1);
    QCOMPARE(quotes.count(), 1);
    QCOMPARE(quotes.last().at(1).toInt(), index.speakerIndex().quotesOf(0).first());
}

void tst_SpeakersPanel::otherSpeakersGroupTicksAll()
{
    const Article a = test::manySpeakersArticle({1, 1, 1, 5, 2, 2, 2, 2, 2, 2, 3});
    ArticleIndex index;
    index.build(a, nullptr);
    SpeakersPanel panel;
    panel.setArticle(a, index);
    QSignalSpy toggled(&panel, &SpeakersPanel::speakerVisibilityChanged);
    QStandardItem *group = panel.model()->item(8);
    QVERIFY(group->hasChildren());
    group->setCheckState(Qt::Unchecked);
    QCOMPARE(toggled.count(), 3);
    for (const QList<QVariant> &call : std::as_const(toggled))
        QCOMPARE(call.at(1).toBool(), false);
    // one speaker ticked again: the group is partly ticked
    group->child(1)->setCheckState(Qt::Checked);
    QCOMPARE(toggled.count(), 4);
    QCOMPARE(toggled.last(), (QVariantList{1, true}));
    QCOMPARE(group->checkState(), Qt::PartiallyChecked);
    group->setCheckState(Qt::Checked);
    QCOMPARE(toggled.count(), 6);
    QCOMPARE(group->child(0)->checkState(), Qt::Checked);
}

void tst_SpeakersPanel::keyboard()
{
    SpeakersPanel panel;
    panel.resize(350, 500);
    panel.setArticle(m_article, m_index);
    panel.show();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    QSignalSpy activated(&panel, &SpeakersPanel::speakerActivated);
    QSignalSpy quotes(&panel, &SpeakersPanel::quoteActivated);
    panel.searchEdit()->setFocus();
    QTest::keyClicks(panel.searchEdit(), u"evans"_s);
    QTest::keyClick(panel.searchEdit(), Qt::Key_Down);
    QVERIFY(panel.view()->hasFocus());
    QTest::keyClick(panel.view(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().first().toInt(), int(test::Evans));
    QTest::keyClick(panel.view(), Qt::Key_Return); // again: the next quote
    QCOMPARE(activated.count(), 1);
    QCOMPARE(quotes.count(), 2);
    QCOMPARE(quotes.last().at(2).toInt(), 2);
}

QTEST_MAIN(tst_SpeakersPanel)
#include "tst_speakerspanel.moc"
