// The Notes tab in the reading window: a view of NotesModel beside the lane (search, orphans,
// going to a note, following changes, several notes selected and copied), offscreen.
#include "ArticleView.h"
#include "NoteWindow.h"
#include "export/NoteExportActions.h"
#include "io/Loader.h"
#include "notes/NotesFilter.h"
#include "notes/NotesModel.h"
#include "notes/NotesPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QScrollBar>
#include <QStatusBar>
#include <QTreeView>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_NotesTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void notesTabSearchAndOrphans();
    void notesTabFollowsChanges();
    void copySelectedAsMarkdown();
    void severalSelectedByClicks();

private:
    static std::unique_ptr<MainWindow> open(const QString &path)
    {
        return test::openNotesWindow(path);
    }
    static NoteLayer *layer(MainWindow &w) { return w.noteLayer(); }
    static QList<QUuid> addNotes(NoteLayer *l, const Document &doc, const QStringList &words)
    {
        return test::addNotesOn(l, doc, words);
    }

    QTemporaryDir m_dir;
    QString m_path;
};

void tst_NotesTab::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

void tst_NotesTab::init()
{
    const QString data =
        m_dir.filePath(u"data-"_s + QString::fromLatin1(QTest::currentTestFunction()));
    m_path = test::prepareNotesTest(m_dir, data);
    QVERIFY(!m_path.isEmpty());
}

void tst_NotesTab::cleanup()
{
    AnnotationStore::setDefaultDataDir(QString());
}

void tst_NotesTab::notesTabSearchAndOrphans()
{
    // notes made on an older text of the article; one passage is gone from the new text
    const QString removed = u"The councillors argued about the colour of the railings for an "
                            u"hour before the vote.\n\n"_s;
    QString older = test::sampleText();
    const qsizetype at = older.indexOf(u"The plan raises"_s);
    older.insert(at, removed);
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(older.toUtf8());
    }
    {
        const Loader::Result loaded = Loader::loadFile(m_path);
        QVERIFY(loaded.ok());
        AnnotationStore store;
        QVERIFY(store.open(*loaded.document));
        const Document &d = *loaded.document;
        store.add(
            test::noteOn(d, u"colour of the railings"_s, u"Really? An hour?"_s, {u"trivia"_s}));
        store.add(test::noteOn(d, u"Alys Pritchard"_s, u"Council leader"_s, {u"people"_s}));
        store.add(test::noteOn(d, u"Rhodri Evans"_s, u"Fisherman, quoted last"_s, {u"people"_s}));
        QVERIFY(store.save());
    }
    test::writeFile(m_dir, u"sample.txt"_s, test::sampleText());

    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    NotesPanel *panel = l->panel();
    QCOMPARE(w->notesStore()->annotations().size(), 3); // never dropped
    QCOMPARE(panel->visibleIds().size(), 3);
    QCOMPARE(panel->orphanIds().size(), 1);
    const Annotation *orphan = w->notesStore()->annotation(panel->orphanIds().first());
    QCOMPARE(orphan->text, u"Really? An hour?"_s);
    QCOMPARE(l->laneIds().size(), 2); // orphans are not in the margin
    bool listed = false;
    const QAbstractItemModel *rows = panel->tree()->model();
    for (int i = 0; i < rows->rowCount(); ++i) {
        const QModelIndex s = rows->index(i, 0);
        for (int k = 0; k < rows->rowCount(s); ++k)
            listed |= rows->index(k, 0, s).data().toString().contains(u"colour of the railings"_s);
    }
    QVERIFY(listed); // with its last known words

    panel->setFilterText(u"#people"_s);
    QCOMPARE(panel->visibleIds().size(), 2);
    QVERIFY(panel->orphanIds().isEmpty());
    panel->setFilterText(u"fisherman"_s);
    QCOMPARE(panel->visibleIds().size(), 1);

    // clicking a note jumps to it
    panel->setFilterText(QString());
    const QUuid evans = panel->visibleIds().at(1);
    QCOMPARE(w->notesStore()->annotation(evans)->text, u"Fisherman, quoted last"_s);
    w->articleView()->verticalScrollBar()->setValue(0);
    Q_EMIT panel->noteActivated(evans);
    QCOMPARE(l->currentNote(), evans);
    QVERIFY(w->articleView()->verticalScrollBar()->value() > 0);
    Q_EMIT panel->noteActivated(orphan->id);
    QVERIFY(w->statusBar()->currentMessage().contains(u"colour of the railings"_s));
}


void tst_NotesTab::notesTabFollowsChanges()
{
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    NotesPanel *panel = l->panel();
    const QUuid id = l->addNote(test::spanOf(w->notesStore()->document(), u"sea wall"_s), u"a"_s);
    l->refreshNow();
    QCOMPARE(panel->visibleIds(), QList<QUuid>{id});
    // an edit updates the row in place
    l->setNoteText(id, u"higher than the old one"_s);
    l->refreshNow();
    panel->setFilterText(u"higher"_s);
    QCOMPARE(panel->visibleIds(), QList<QUuid>{id});
    panel->setFilterText(QString());
    // changes while the tab is closed appear when it is shown again
    l->dock()->hide();
    QTRY_VERIFY(!panel->isVisible());
    const QUuid other = l->addArticleNote(u"later"_s);
    l->refreshNow();
    l->dock()->show();
    l->dock()->raise();
    QTRY_COMPARE(panel->visibleIds(), (QList<QUuid>{other, id}));
}


void tst_NotesTab::copySelectedAsMarkdown()
{
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    const QList<QUuid> ids = addNotes(l, w->notesStore()->document(),
                                      {u"sea wall"_s, u"substation"_s, u"lobster boats"_s});
    l->refreshNow();
    NoteExportActions *exports = w->noteExportActions();
    QVERIFY(l->panel()->selectNote(ids.at(1)));
    QString md = exports->copyAsMarkdown();
    QVERIFY2(md.contains(u"on substation"_s), qPrintable(md));
    QVERIFY(!md.contains(u"on sea wall"_s));
    QVERIFY(!md.contains(u"on lobster boats"_s));
    QCOMPARE(QApplication::clipboard()->text(), md);
    l->panel()->tree()->clearSelection();
    md = exports->copyAsMarkdown();
    for (const QString &t : {u"on sea wall"_s, u"on substation"_s, u"on lobster boats"_s})
        QVERIFY2(md.contains(t), qPrintable(t));
}


void tst_NotesTab::severalSelectedByClicks()
{
    // a click in the Notes tab goes to its note without selecting it alone again: Ctrl+click
    // adds a note to the selection (for Copy Notes as Markdown, Delete)
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    const QList<QUuid> ids = addNotes(l, w->notesStore()->document(),
                                      {u"sea wall"_s, u"substation"_s, u"lobster boats"_s});
    l->refreshNow();
    l->dock()->show();
    l->dock()->raise();
    NotesPanel *panel = l->panel();
    QTRY_VERIFY(panel->tree()->isVisible());
    const auto click = [&](const QUuid &id, Qt::KeyboardModifiers modifiers) {
        const QModelIndex row =
            qobject_cast<NotesFilter *>(panel->tree()->model())
                ->mapFromSource(l->notesModel()->indexOf(id));
        panel->tree()->scrollTo(row);
        QTest::mouseClick(panel->tree()->viewport(), Qt::LeftButton, modifiers,
                          panel->tree()->visualRect(row).center());
    };
    click(ids.at(0), Qt::NoModifier);
    QCOMPARE(panel->selectedIds(), QList<QUuid>{ids.at(0)});
    QCOMPARE(l->currentNote(), ids.at(0));
    click(ids.at(2), Qt::ControlModifier);
    QCOMPARE(panel->selectedIds(), (QList<QUuid>{ids.at(0), ids.at(2)}));
    QCOMPARE(l->currentNote(), ids.at(2)); // (and it went to it)
    QString md = w->noteExportActions()->copyAsMarkdown();
    QVERIFY2(md.contains(u"on sea wall"_s) && md.contains(u"on lobster boats"_s), qPrintable(md));
    QVERIFY(!md.contains(u"on substation"_s));
    click(ids.at(1), Qt::NoModifier); // a plain click: that note alone
    QCOMPARE(panel->selectedIds(), QList<QUuid>{ids.at(1)});
    // going to a note from elsewhere (Next Note) selects it alone
    click(ids.at(0), Qt::ControlModifier);
    QCOMPARE(panel->selectedIds().size(), 2);
    l->nextNote();
    QCOMPARE(panel->selectedIds(), QList<QUuid>{l->currentNote()});
}


QTEST_MAIN(tst_NotesTab)
#include "tst_notestab.moc"
