// NotesPanel: the Notes tab (reading order, sections, search, orphans, selection).
#include "NotesFixture.h"
#include "PanelDelegate.h"
#include "io/Loader.h"
#include "notes/NotesPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_NotesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readingOrderAndSections();
    void search_data();
    void search();
    void orphansKeepTheirWords();
    void selection();
    void addAndRemoveInPlace();
    void addsInItsPlace_data();
    void addsInItsPlace();
    void deleteKey();
    void emptyAndNoMatch();
    void editsUnderSearch_data();
    void editsUnderSearch();
    void rowsOfOneHeight();
    void articleNoteRowSaysWhatItIsOn();
    void selectWhileHiddenScrollsWhenShown();

private:
    QList<QUuid> ids(const QStringList &texts) const;
    QTemporaryDir m_dir;
    Document m_doc;
    QList<Annotation> m_notes;
};

void tst_NotesPanel::initTestCase()
{
    test::isolate(m_dir);
    const Loader::Result loaded = Loader::loadFile(test::samplePath());
    QVERIFY(loaded.ok());
    m_doc = *loaded.document;
    // added out of reading order on purpose
    m_notes = {
        test::noteOn(m_doc, u"lifeboat slipway"_s, u"Who pays for the slipway?"_s, {u"money"_s}),
        test::noteOn(m_doc, u"Alys Pritchard"_s, u"Council leader since 2019"_s, {u"people"_s}),
        Annotation::onArticle(u"Compare with the 2015 flood report"_s),
        test::noteOn(m_doc, u"60 centimetres"_s, u"Check the review's figure"_s,
                     {u"numbers"_s, u"check"_s})};
    Annotation orphan = test::noteOn(m_doc, u"sea wall"_s, u"Gone from the text"_s);
    orphan.quote.exact = u"a sentence the editors removed"_s;
    orphan.state = AnchorState::Orphaned;
    orphan.span = {};
    m_notes.append(orphan);
}

QList<QUuid> tst_NotesPanel::ids(const QStringList &texts) const
{
    QList<QUuid> out;
    for (const QString &t : texts) {
        for (const Annotation &a : m_notes) {
            if (a.text.startsWith(t))
                out.append(a.id);
        }
    }
    return out;
}

void tst_NotesPanel::readingOrderAndSections()
{
    NotesPanel panel;
    panel.setNotes(m_notes, m_doc);
    QCOMPARE(panel.visibleIds(),
             ids({u"Compare"_s, u"Council"_s, u"Who pays"_s, u"Check"_s, u"Gone"_s}));
    QTreeWidget *tree = panel.tree();
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QCOMPARE(tree->topLevelItem(1)->childCount(), 3);
    QCOMPARE(tree->topLevelItem(2)->childCount(), 1);
    QCOMPARE(tree->topLevelItem(2)->text(0), u"Orphans"_s);
    // a row shows the passage and the note; sections cannot be selected
    QVERIFY(tree->topLevelItem(1)->child(0)->text(0).startsWith(u"“Alys Pritchard”\n"_s));
    QVERIFY(!(tree->topLevelItem(1)->flags() & Qt::ItemIsSelectable));
    QVERIFY(!tree->topLevelItem(1)->child(0)->data(0, Qt::AccessibleTextRole).toString().isEmpty());
}

void tst_NotesPanel::search_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("word of a note") << u"slipway"_s << QStringList{u"Who pays"_s};
    QTest::newRow("case ignored") << u"COUNCIL"_s << QStringList{u"Council"_s};
    QTest::newRow("words of the passage") << u"centimetres"_s << QStringList{u"Check"_s};
    QTest::newRow("a tag") << u"#people"_s << QStringList{u"Council"_s};
    QTest::newRow("start of a tag") << u"#num"_s << QStringList{u"Check"_s};
    QTest::newRow("a tag is not a word") << u"#slipway"_s << QStringList{};
    QTest::newRow("all words") << u"check figure"_s << QStringList{u"Check"_s};
    QTest::newRow("orphan by its last words") << u"editors"_s << QStringList{u"Gone"_s};
    QTest::newRow("nothing") << u"zebra"_s << QStringList{};
    QTest::newRow("everything") << u""_s
                                << QStringList{u"Compare"_s, u"Council"_s, u"Who pays"_s,
                                               u"Check"_s, u"Gone"_s};
}

void tst_NotesPanel::search()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    NotesPanel panel;
    panel.setNotes(m_notes, m_doc);
    panel.filterEdit()->setText(filter);
    QCOMPARE(panel.visibleIds(), ids(expected));
}

void tst_NotesPanel::orphansKeepTheirWords()
{
    NotesPanel panel;
    panel.setNotes(m_notes, m_doc);
    QCOMPARE(panel.orphanIds(), ids({u"Gone"_s}));
    const QTreeWidgetItem *orphans = panel.tree()->topLevelItem(2);
    QVERIFY(orphans->child(0)->text(0).contains(u"a sentence the editors removed"_s));
    panel.setFilterText(u"slipway"_s);
    QVERIFY(panel.orphanIds().isEmpty());
    QVERIFY(orphans->isHidden()); // an empty section is not shown
}

void tst_NotesPanel::selection()
{
    NotesPanel panel;
    panel.setNotes(m_notes, m_doc);
    QSignalSpy activated(&panel, &NotesPanel::noteActivated);
    const QUuid check = ids({u"Check"_s}).first();
    QVERIFY(panel.selectNote(check));
    QCOMPARE(panel.selectedIds(), QList<QUuid>{check});
    // several, in reading order whatever the order they were picked in
    QTreeWidget *tree = panel.tree();
    tree->topLevelItem(0)->child(0)->setSelected(true);
    QCOMPARE(panel.selectedIds(), ids({u"Compare"_s, u"Check"_s}));
    // the selection survives an update of the notes
    panel.setNotes(m_notes, m_doc);
    QCOMPARE(panel.selectedIds(), ids({u"Compare"_s, u"Check"_s}));
    // filtered out, not selected
    panel.setFilterText(u"#people"_s);
    QVERIFY(panel.selectedIds().isEmpty());
    QVERIFY(!panel.selectNote(check));
    panel.setFilterText(QString());
    Q_EMIT tree->itemClicked(tree->topLevelItem(1)->child(1), 0);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toUuid(), ids({u"Who pays"_s}).first());
    Q_EMIT tree->itemClicked(tree->topLevelItem(1), 0); // a section: nothing
    QCOMPARE(activated.count(), 1);
}

void tst_NotesPanel::addsInItsPlace_data()
{
    QTest::addColumn<QString>("words");
    QTest::newRow("the note on the article") << u"Compare"_s;
    QTest::newRow("the first in the text") << u"Council"_s;
    QTest::newRow("one in the middle") << u"Who pays"_s;
    QTest::newRow("the last in the text") << u"Check"_s;
    QTest::newRow("the orphan") << u"Gone"_s;
}

void tst_NotesPanel::addsInItsPlace()
{
    // a note added to the list lands where a rebuild would put it, in each section
    QFETCH(QString, words);
    NotesPanel full;
    full.setNotes(m_notes, m_doc);
    QList<Annotation> some = m_notes;
    const QUuid id = ids({words}).first();
    const qsizetype at =
        std::find_if(some.cbegin(), some.cend(), [&](const Annotation &a) { return a.id == id; }) -
        some.cbegin();
    const Annotation taken = some.takeAt(at);
    NotesPanel panel;
    panel.setNotes(some, m_doc);
    QVERIFY(panel.addNote(taken, m_doc));
    QCOMPARE(panel.visibleIds(), full.visibleIds());
    QCOMPARE(panel.orphanIds(), full.orphanIds());
}

void tst_NotesPanel::addAndRemoveInPlace()
{
    NotesPanel panel;
    QList<Annotation> some = m_notes;
    const Annotation later = some.takeAt(3); // "Check…", in the middle of the text
    panel.setNotes(some, m_doc);
    QVERIFY(panel.addNote(later, m_doc));
    QCOMPARE(panel.visibleIds(),
             ids({u"Compare"_s, u"Council"_s, u"Who pays"_s, u"Check"_s, u"Gone"_s}));
    QVERIFY(!panel.addNote(later, m_doc)); // listed already
    QVERIFY(panel.removeNote(ids({u"Council"_s}).first()));
    QCOMPARE(panel.visibleIds(), ids({u"Compare"_s, u"Who pays"_s, u"Check"_s, u"Gone"_s}));
    Annotation edited = later;
    edited.text = u"Check the figure again"_s;
    QVERIFY(panel.updateNote(edited, m_doc));
    panel.setFilterText(u"again"_s);
    QCOMPARE(panel.visibleIds(), QList<QUuid>{later.id});
    // a note on another text, or one that moves, needs a rebuild
    Annotation moved = edited;
    moved.span = {0, 4};
    QVERIFY(!panel.updateNote(moved, m_doc));
    QVERIFY(!panel.addNote(Annotation::onArticle(u"x"_s), Document(u"other"_s, u"o.txt"_s)));
}

void tst_NotesPanel::deleteKey()
{
    NotesPanel panel;
    panel.setNotes(m_notes, m_doc);
    QSignalSpy deleted(&panel, &NotesPanel::deleteRequested);
    QVERIFY(panel.selectNote(ids({u"Gone"_s}).first()));
    QTest::keyClick(panel.tree(), Qt::Key_Delete);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.first().at(0).value<QList<QUuid>>(), ids({u"Gone"_s}));
}

void tst_NotesPanel::emptyAndNoMatch()
{
    NotesPanel panel;
    panel.show();
    panel.setNotes({}, m_doc);
    auto *empty = panel.findChild<QLabel *>(u"notesEmpty"_s);
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->text().contains(u"No notes yet"_s));
    panel.setNotes(m_notes, m_doc);
    QVERIFY(!empty->isVisible());
    panel.setFilterText(u"zebra"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"zebra"_s));
}

void tst_NotesPanel::editsUnderSearch_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<QString>("placedCount");
    QTest::newRow("an edit that matches the search shows the note")
        << u"slipway"_s << u"slipway costs"_s << true << u"2"_s;
    QTest::newRow("an edit that stops matching hides it")
        << u"Who"_s << u"Unclear"_s << false << u"0"_s;
    QTest::newRow("a tag search ignores the text")
        << u"#people"_s << u"Anything"_s << true << u"1"_s;
}

void tst_NotesPanel::editsUnderSearch()
{
    // rows added or edited are filtered alone: the section counts and the empty message must
    // still follow
    QFETCH(QString, filter);
    QFETCH(QString, newText);
    QFETCH(bool, listed);
    QFETCH(QString, placedCount);
    NotesPanel panel;
    panel.setNotes(m_notes, m_doc);
    panel.setFilterText(filter);
    const QUuid edited =
        filter.startsWith(u'#') ? ids({u"Council"_s}).first() : ids({u"Who pays"_s}).first();
    Annotation after = *std::find_if(m_notes.cbegin(), m_notes.cend(),
                                     [&](const Annotation &a) { return a.id == edited; });
    after.text = newText;
    QVERIFY(panel.updateNote(after, m_doc));
    QCOMPARE(panel.visibleIds().contains(edited), listed);
    // a new note on the sea wall, matching the search when it mentions the slipway
    Annotation added = test::noteOn(m_doc, u"sea wall"_s, u"The slipway again"_s);
    QVERIFY(panel.addNote(added, m_doc));
    QCOMPARE(panel.visibleIds().contains(added.id), filter == u"slipway"_s);
    const QTreeWidgetItem *placed = panel.tree()->topLevelItem(1);
    QCOMPARE(placed->data(0, PanelDelegate::CountRole).toString(), placedCount);
    QCOMPARE(placed->isHidden(), placedCount == u"0"_s);
    QVERIFY(panel.removeNote(added.id));
    QVERIFY(!panel.visibleIds().contains(added.id));
}

void tst_NotesPanel::rowsOfOneHeight()
{
    // every row is as tall as three lines whatever its text (thousands of notes lay out at
    // once); a long note is cut there, and whole in its tooltip and its spoken text
    NotesPanel panel;
    panel.resize(260, 600);
    panel.setNotes(m_notes, m_doc);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QUuid id = ids({u"Who pays"_s}).first();
    QTreeWidget *tree = panel.tree();
    QVERIFY(tree->uniformRowHeights());
    const auto rowOf = [&](const QUuid &note) {
        for (int s = 0; s < tree->topLevelItemCount(); ++s) {
            QTreeWidgetItem *section = tree->topLevelItem(s);
            for (int i = 0; i < section->childCount(); ++i) {
                if (section->child(i)->data(0, NotesPanel::IdRole).toUuid() == note)
                    return section->child(i);
            }
        }
        return static_cast<QTreeWidgetItem *>(nullptr);
    };
    QVERIFY(rowOf(id));
    const int height = tree->visualItemRect(rowOf(id)).height();
    QVERIFY(height >= 3 * tree->fontMetrics().lineSpacing());
    Annotation after = *std::find_if(m_notes.cbegin(), m_notes.cend(),
                                     [&](const Annotation &a) { return a.id == id; });
    after.text = u"Who pays for the slipway, the harbour trust or the council, and who pays "
                 "for its upkeep once the grant has been spent? Ask at the next meeting."_s;
    QVERIFY(panel.updateNote(after, m_doc));
    QCOMPARE(tree->visualItemRect(rowOf(id)).height(), height);
    QCOMPARE(rowOf(id)->toolTip(0), after.text);
    QVERIFY(rowOf(id)->data(0, Qt::AccessibleTextRole).toString().endsWith(after.text));
    for (const Annotation &a : std::as_const(m_notes))
        QCOMPARE(tree->visualItemRect(rowOf(a.id)).height(), height);
    // it paints its text, cut inside the row: the row's bottom padding stays empty
    tree->clearSelection();
    const QRect row = tree->visualItemRect(rowOf(id));
    const QImage shot = tree->viewport()->grab().toImage();
    const qreal dpr = shot.devicePixelRatio();
    const QRgb base = shot.pixel(int((row.right() - 2) * dpr), int((row.bottom() - 1) * dpr));
    int inked = 0, bottomInk = 0;
    for (int y = row.top(); y <= row.bottom(); ++y) {
        for (int x = row.left(); x < row.right(); ++x) {
            if (shot.pixel(int(x * dpr), int(y * dpr)) != base)
                ++(y >= row.bottom() - 2 ? bottomInk : inked);
        }
    }
    QVERIFY(inked > 100);
    QCOMPARE(bottomInk, 0);
}

void tst_NotesPanel::articleNoteRowSaysWhatItIsOn()
{
    // a note on the whole article has no passage: its first line says so, like the card's
    // header, instead of the note's one line above two empty ones (a tall empty row)
    NotesPanel panel;
    panel.setNotes(m_notes, m_doc);
    QTreeWidgetItem *row = panel.tree()->topLevelItem(0)->child(0);
    QCOMPARE(row->text(0), u"On the whole article\nCompare with the 2015 flood report"_s);
}

void tst_NotesPanel::selectWhileHiddenScrollsWhenShown()
{
    // many notes, the last selected while the tab is hidden: shown, it is scrolled to
    QList<Annotation> many;
    for (int i = 0; i < 200; ++i)
        many.append(Annotation::onSpan(m_doc, {i * 10, i * 10 + 4}, u"Note %1"_s.arg(i)));
    NotesPanel panel;
    panel.resize(260, 300);
    panel.setNotes(many, m_doc);
    QVERIFY(panel.selectNote(many.last().id));
    QCOMPARE(panel.selectedIds(), QList<QUuid>{many.last().id});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeWidget *tree = panel.tree();
    QTRY_VERIFY(tree->viewport()->rect().intersects(tree->visualItemRect(tree->currentItem())));
}

QTEST_MAIN(tst_NotesPanel)
#include "tst_notespanel.moc"
