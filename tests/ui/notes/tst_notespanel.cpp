// NotesPanel: the Notes tab (reading order, sections, search, orphans, selection), a view of
// NotesModel on a store of its own.
#include "NotesFixture.h"
#include "NotesStore.h"
#include "PanelDelegate.h"
#include "io/Loader.h"
#include "notes/NotesFilter.h"
#include "notes/NotesPanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

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
    void addRemoveAndMoveInPlace();
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
    /** The row of @p section the tab shows (invalid when it is hidden). */
    static QModelIndex sectionRow(const NotesPanel &panel, NotesModel::Section section);
    /** The row of note @p id the tab shows (invalid when it is not shown). */
    static QModelIndex noteRow(const NotesPanel &panel, const QUuid &id);
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
    m_notes = test::sampleNotes(m_doc);
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

QModelIndex tst_NotesPanel::sectionRow(const NotesPanel &panel, NotesModel::Section section)
{
    const QAbstractItemModel *shown = panel.tree()->model();
    for (int s = 0; s < shown->rowCount(); ++s) {
        const QModelIndex row = shown->index(s, 0);
        if (row.data(NotesModel::SectionRole).toInt() == section)
            return row;
    }
    return {};
}

QModelIndex tst_NotesPanel::noteRow(const NotesPanel &panel, const QUuid &id)
{
    const auto *shown = qobject_cast<const NotesFilter *>(panel.tree()->model());
    return shown ? shown->mapFromSource(shown->notes()->indexOf(id)) : QModelIndex();
}

void tst_NotesPanel::readingOrderAndSections()
{
    test::NotesStore notes(m_doc, m_notes);
    NotesPanel panel(&notes.model);
    QCOMPARE(panel.visibleIds(),
             ids({u"Compare"_s, u"Council"_s, u"Who pays"_s, u"Check"_s, u"Gone"_s}));
    const QAbstractItemModel *tree = panel.tree()->model();
    QCOMPARE(tree->rowCount(), 3);
    QCOMPARE(tree->rowCount(tree->index(0, 0)), 1);
    QCOMPARE(tree->rowCount(tree->index(1, 0)), 3);
    QCOMPARE(tree->rowCount(tree->index(2, 0)), 1);
    QCOMPARE(tree->index(2, 0).data().toString(), u"Orphans"_s);
    // a row shows the passage and the note; sections cannot be selected
    const QModelIndex first = tree->index(0, 0, tree->index(1, 0));
    QVERIFY(first.data().toString().startsWith(u"“Alys Pritchard”\n"_s));
    QVERIFY(!(tree->flags(tree->index(1, 0)) & Qt::ItemIsSelectable));
    QVERIFY(tree->flags(first) & Qt::ItemIsSelectable);
    QVERIFY(!first.data(Qt::AccessibleTextRole).toString().isEmpty());
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
    QTest::newRow("words in any order") << u"figure check"_s << QStringList{u"Check"_s};
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
    test::NotesStore notes(m_doc, m_notes);
    NotesPanel panel(&notes.model);
    panel.filterEdit()->setText(filter);
    QCOMPARE(panel.visibleIds(), ids(expected));
}

void tst_NotesPanel::orphansKeepTheirWords()
{
    test::NotesStore notes(m_doc, m_notes);
    NotesPanel panel(&notes.model);
    QCOMPARE(panel.orphanIds(), ids({u"Gone"_s}));
    const QModelIndex orphans = sectionRow(panel, NotesModel::OrphanSection);
    QVERIFY(orphans.isValid());
    QVERIFY(orphans.model()->index(0, 0, orphans).data().toString().contains(
        u"a sentence the editors removed"_s));
    panel.setFilterText(u"slipway"_s);
    QVERIFY(panel.orphanIds().isEmpty());
    // an empty section is not shown
    QVERIFY(!sectionRow(panel, NotesModel::OrphanSection).isValid());
    QVERIFY(sectionRow(panel, NotesModel::PlacedSection).isValid());
}

void tst_NotesPanel::selection()
{
    test::NotesStore notes(m_doc, m_notes);
    NotesPanel panel(&notes.model);
    QSignalSpy activated(&panel, &NotesPanel::noteActivated);
    QSignalSpy changed(&panel, &NotesPanel::selectionChanged);
    const QUuid check = ids({u"Check"_s}).first();
    QVERIFY(panel.selectNote(check));
    QCOMPARE(panel.selectedIds(), QList<QUuid>{check});
    QVERIFY(changed.count() > 0);
    // several, in reading order whatever the order they were picked in
    QTreeView *tree = panel.tree();
    tree->selectionModel()->select(noteRow(panel, ids({u"Compare"_s}).first()),
                                   QItemSelectionModel::Select);
    QCOMPARE(panel.selectedIds(), ids({u"Compare"_s, u"Check"_s}));
    // the selection survives changes of the notes: an edit, a note added before them
    Annotation edited = notes.note(check);
    edited.text = u"Check the review's figure again"_s;
    QVERIFY(notes.store.update(edited));
    notes.store.add(test::noteOn(m_doc, u"sea wall"_s, u"Higher"_s));
    QCOMPARE(panel.selectedIds(), ids({u"Compare"_s, u"Check"_s}));
    // filtered out, not selected
    panel.setFilterText(u"#people"_s);
    QVERIFY(panel.selectedIds().isEmpty());
    QVERIFY(!panel.selectNote(check));
    panel.setFilterText(QString());
    Q_EMIT tree->clicked(noteRow(panel, ids({u"Who pays"_s}).first()));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toUuid(), ids({u"Who pays"_s}).first());
    Q_EMIT tree->clicked(sectionRow(panel, NotesModel::PlacedSection)); // a section: nothing
    QCOMPARE(activated.count(), 1);
    Q_EMIT tree->activated(noteRow(panel, check)); // Enter
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().at(0).toUuid(), check);
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
    // a note added to the store lands where a list of all the notes puts it, in each section
    QFETCH(QString, words);
    test::NotesStore all(m_doc, m_notes);
    NotesPanel full(&all.model);
    QList<Annotation> some = m_notes;
    const QUuid id = ids({words}).first();
    const qsizetype at =
        std::find_if(some.cbegin(), some.cend(), [&](const Annotation &a) { return a.id == id; }) -
        some.cbegin();
    const Annotation taken = some.takeAt(at);
    test::NotesStore notes(m_doc, some);
    NotesPanel panel(&notes.model);
    QVERIFY(!panel.visibleIds().contains(id));
    notes.store.add(taken);
    QCOMPARE(panel.visibleIds(), full.visibleIds());
    QCOMPARE(panel.orphanIds(), full.orphanIds());
}

void tst_NotesPanel::addRemoveAndMoveInPlace()
{
    QList<Annotation> some = m_notes;
    const Annotation later = some.takeAt(3); // "Check…", in the middle of the text
    test::NotesStore notes(m_doc, some);
    NotesPanel panel(&notes.model);
    notes.store.add(later);
    QCOMPARE(panel.visibleIds(),
             ids({u"Compare"_s, u"Council"_s, u"Who pays"_s, u"Check"_s, u"Gone"_s}));
    QVERIFY(notes.store.remove(ids({u"Council"_s}).first()));
    QCOMPARE(panel.visibleIds(), ids({u"Compare"_s, u"Who pays"_s, u"Check"_s, u"Gone"_s}));
    Annotation edited = later;
    edited.text = u"Check the figure again"_s;
    QVERIFY(notes.store.update(edited));
    panel.setFilterText(u"again"_s);
    QCOMPARE(panel.visibleIds(), QList<QUuid>{later.id});
    panel.setFilterText(QString());
    // a note put on other words moves to their place, and its row says so
    Annotation moved = edited;
    moved.setTarget(m_doc, test::spanOf(m_doc, u"PORTMERE"_s));
    QVERIFY(notes.store.update(moved));
    QCOMPARE(panel.visibleIds(), ids({u"Compare"_s, u"Check"_s, u"Who pays"_s, u"Gone"_s}));
    QVERIFY(noteRow(panel, later.id).data().toString().startsWith(u"“PORTMERE”\n"_s));
}

void tst_NotesPanel::deleteKey()
{
    test::NotesStore notes(m_doc, m_notes);
    NotesPanel panel(&notes.model);
    QSignalSpy deleted(&panel, &NotesPanel::deleteRequested);
    QVERIFY(panel.selectNote(ids({u"Gone"_s}).first()));
    QTest::keyClick(panel.tree(), Qt::Key_Delete);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(deleted.first().at(0).value<QList<QUuid>>(), ids({u"Gone"_s}));
}

void tst_NotesPanel::emptyAndNoMatch()
{
    test::NotesStore notes(m_doc);
    NotesPanel panel(&notes.model);
    panel.show();
    auto *empty = panel.findChild<QLabel *>(u"notesEmpty"_s);
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->text().contains(u"No notes yet"_s));
    QVERIFY(!panel.tree()->isVisible());
    for (const Annotation &a : std::as_const(m_notes))
        notes.store.add(a);
    QVERIFY(!empty->isVisible());
    QVERIFY(panel.tree()->isVisible());
    panel.setFilterText(u"zebra"_s);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"zebra"_s));
    panel.setFilterText(QString());
    for (const Annotation &a : std::as_const(m_notes))
        notes.store.remove(a.id);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"No notes yet"_s));
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
    test::NotesStore notes(m_doc, m_notes);
    NotesPanel panel(&notes.model);
    panel.setFilterText(filter);
    const QUuid edited =
        filter.startsWith(u'#') ? ids({u"Council"_s}).first() : ids({u"Who pays"_s}).first();
    Annotation after = notes.note(edited);
    after.text = newText;
    QVERIFY(notes.store.update(after));
    QCOMPARE(panel.visibleIds().contains(edited), listed);
    // a new note on the sea wall, matching the search when it mentions the slipway
    Annotation added = test::noteOn(m_doc, u"sea wall"_s, u"The slipway again"_s);
    notes.store.add(added);
    QCOMPARE(panel.visibleIds().contains(added.id), filter == u"slipway"_s);
    const QModelIndex placed = sectionRow(panel, NotesModel::PlacedSection);
    QCOMPARE(placed.isValid(), placedCount != u"0"_s); // hidden when it shows none
    if (placed.isValid())
        QCOMPARE(placed.data(PanelDelegate::CountRole).toString(), placedCount);
    QVERIFY(notes.store.remove(added.id));
    QVERIFY(!panel.visibleIds().contains(added.id));
}

void tst_NotesPanel::rowsOfOneHeight()
{
    // every row is as tall as three lines whatever its text (thousands of notes lay out at
    // once); a long note is cut there, and whole in its tooltip and its spoken text
    test::NotesStore notes(m_doc, m_notes);
    NotesPanel panel(&notes.model);
    panel.resize(260, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QUuid id = ids({u"Who pays"_s}).first();
    QTreeView *tree = panel.tree();
    QVERIFY(tree->uniformRowHeights());
    QVERIFY(noteRow(panel, id).isValid());
    const int height = tree->visualRect(noteRow(panel, id)).height();
    QVERIFY(height >= 3 * tree->fontMetrics().lineSpacing());
    Annotation after = notes.note(id);
    after.text = u"Who pays for the slipway, the harbour trust or the council, and who pays "
                 "for its upkeep once the grant has been spent? Ask at the next meeting."_s;
    QVERIFY(notes.store.update(after));
    QCOMPARE(tree->visualRect(noteRow(panel, id)).height(), height);
    QCOMPARE(noteRow(panel, id).data(Qt::ToolTipRole).toString(), after.text);
    QVERIFY(noteRow(panel, id).data(Qt::AccessibleTextRole).toString().endsWith(after.text));
    for (const Annotation &a : std::as_const(m_notes))
        QCOMPARE(tree->visualRect(noteRow(panel, a.id)).height(), height);
    // it paints its text, cut inside the row: the row's bottom padding stays empty
    tree->clearSelection();
    const QRect row = tree->visualRect(noteRow(panel, id));
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
    test::NotesStore notes(m_doc, m_notes);
    NotesPanel panel(&notes.model);
    const QModelIndex row = noteRow(panel, ids({u"Compare"_s}).first());
    QCOMPARE(row.data().toString(), u"On the whole article\nCompare with the 2015 flood report"_s);
}

void tst_NotesPanel::selectWhileHiddenScrollsWhenShown()
{
    // many notes, the last selected while the tab is hidden: shown, it is scrolled to
    QList<Annotation> many;
    for (int i = 0; i < 200; ++i)
        many.append(Annotation::onSpan(m_doc, {i * 10, i * 10 + 4}, u"Note %1"_s.arg(i)));
    test::NotesStore notes(m_doc, many);
    NotesPanel panel(&notes.model);
    panel.resize(260, 300);
    QVERIFY(panel.selectNote(many.last().id));
    QCOMPARE(panel.selectedIds(), QList<QUuid>{many.last().id});
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTreeView *tree = panel.tree();
    QTRY_VERIFY(tree->viewport()->rect().intersects(tree->visualRect(tree->currentIndex())));
}

QTEST_MAIN(tst_NotesPanel)
#include "tst_notespanel.moc"
