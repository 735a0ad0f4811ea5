// NoteLayer: the sticky notes in the reading window (cards, highlights, Notes tab and menu,
// undo, persistence, problems), on a real MainWindow, offscreen.
#include "ArticleView.h"
#include "ClaimsPanel.h"
#include "MainWindow.h"
#include "NoteWindow.h"
#include "NotesFixture.h"
#include "annotations/AnnotationStore.h"
#include "articleview/ArticleWindow_p.h"
#include "export/Citation.h"
#include "export/NoteExport.h"
#include "export/NoteExportActions.h"
#include "io/Loader.h"
#include "notes/NoteCard.h"
#include "notes/NoteLayer.h"
#include "notes/NotesPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <QSet>

#include <memory>

using namespace gloss;
using namespace Qt::StringLiterals;

class tst_NoteLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void installed();
    void addEditUndoRedo();
    void colourTagsDeleteUndo();
    void persistsAcrossReopen();
    void thirtyNotesInOneParagraph_data();
    void thirtyNotesInOneParagraph();
    void articleNoteAtTheTop();
    void cardsFollowScrolling();
    void cardsMadeAgainShowTheirNote();
    void contextMenus();
    void copyWithCitation_data();
    void copyWithCitation();
    void newerNoteMarkedOverOlder();
    void importIsUndoable();
    void nextAndPrevious();
    void notesInAWindowedArticle();
    void damagedNotesFileIsReported();

private:
    std::unique_ptr<MainWindow> open(const QString &path);
    static NoteLayer *layer(MainWindow &w) { return w.noteLayer(); }
    QList<QUuid> addNotes(NoteLayer *l, const Document &doc, const QStringList &words);

    QTemporaryDir m_dir;
    QString m_data;
    QString m_path;
};

void tst_NoteLayer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

void tst_NoteLayer::init()
{
    m_data = m_dir.filePath(u"data-"_s + QString::fromLatin1(QTest::currentTestFunction()));
    m_path = test::prepareNotesTest(m_dir, m_data);
    QVERIFY(!m_path.isEmpty());
}

void tst_NoteLayer::cleanup()
{
    AnnotationStore::setDefaultDataDir(QString());
}

std::unique_ptr<MainWindow> tst_NoteLayer::open(const QString &path)
{
    return test::openNotesWindow(path);
}

QList<QUuid> tst_NoteLayer::addNotes(NoteLayer *l, const Document &doc, const QStringList &words)
{
    return test::addNotesOn(l, doc, words);
}

void tst_NoteLayer::installed()
{
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    QVERIFY(l);
    QVERIFY(w->menuBar()->actions().contains(l->menu()->menuAction()));
    QCOMPARE(l->addNoteAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    QVERIFY(w->actions().contains(l->addNoteAction())); // works in focus mode too
    for (QAction *a : {l->addArticleNoteAction(), l->nextNoteAction(), l->previousNoteAction(),
                       l->deleteNoteAction()})
        QVERIFY2(l->menu()->actions().contains(a), qPrintable(a->text()));
    QCOMPARE(l->dock()->objectName(), u"notesDock"_s);
    QVERIFY(w->articleView()->marginLaneWidth() > 0);
    // the text column and the lane fit side by side
    const QRect lane = w->articleView()->marginLaneRect();
    QVERIFY(lane.left() >= w->articleView()->viewport()->geometry().right());
    QVERIFY(lane.right() < w->articleView()->width());
}

void tst_NoteLayer::addEditUndoRedo()
{
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    AnnotationStore *store = w->notesStore();
    ArticleView *view = w->articleView();

    // select words (with the space after them) and Add Note
    const Span words = test::spanOf(store->document(), u"promenade"_s);
    QTextCursor c = view->textCursor();
    c.setPosition(int(words.start));
    c.setPosition(int(words.end + 1), QTextCursor::KeepAnchor);
    view->setTextCursor(c);
    l->addNoteAction()->trigger();
    QCOMPARE(store->annotations().size(), 1);
    const Annotation note = store->annotations().first();
    QCOMPARE(note.quote.exact, u"promenade"_s);
    QCOMPARE(note.span, words);
    NoteCard *card = l->card(note.id);
    QVERIFY(card && card->isVisible());
    QCOMPARE(l->currentNote(), note.id);
    // the passage is marked in the note's colour
    const auto marks = view->selectionLayer(u"notes"_s);
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectionStart(), int(words.start));
    QCOMPARE(marks.first().cursor.selectionEnd(), int(words.end));

    // type in the card
    QTest::keyClicks(card->editor(), u"Which stretch?"_s);
    QTRY_COMPARE(store->annotation(note.id)->text, u"Which stretch?"_s);
    QTest::keyClicks(card->editor(), u" All of it?"_s);
    QTRY_COMPARE(store->annotation(note.id)->text, u"Which stretch? All of it?"_s);
    QUndoStack *undo = w->undoStack();
    QCOMPARE(undo->count(), 2); // add, and the typing as one step

    undo->undo();
    QCOMPARE(store->annotation(note.id)->text, QString());
    QCOMPARE(l->card(note.id)->editor()->toPlainText(), QString());
    undo->undo();
    QVERIFY(store->annotations().isEmpty());
    l->refreshNow();
    QVERIFY(!l->card(note.id));
    QVERIFY(view->selectionLayer(u"notes"_s).isEmpty());
    undo->redo();
    undo->redo();
    QCOMPARE(store->annotation(note.id)->text, u"Which stretch? All of it?"_s);
    l->refreshNow();
    QVERIFY(l->card(note.id));
    QCOMPARE(l->card(note.id)->editor()->toPlainText(), u"Which stretch? All of it?"_s);
    QVERIFY(w->action(u"actionUndo"_s)->text().contains(u"Edit Note"_s));

    // nothing selected, cursor in a quote: the note is on the quote
    const Span quote = w->article().quotes.first().span;
    c.setPosition(int(quote.start + 3));
    view->setTextCursor(c);
    QVERIFY(l->addNoteAtSelection());
    QCOMPARE(store->annotations().last().span, quote);
}

void tst_NoteLayer::colourTagsDeleteUndo()
{
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    AnnotationStore *store = w->notesStore();
    const QUuid id = l->addNote(test::spanOf(store->document(), u"substation"_s), u"why?"_s);
    NoteCard *card = l->card(id);
    QVERIFY(card);
    const QColor yellow =
        w->articleView()->selectionLayer(u"notes"_s).first().format.background().color();
    card->menu()->findChild<QAction *>(u"noteColor:green"_s)->trigger();
    QCOMPARE(store->annotation(id)->color, u"green"_s);
    l->refreshNow();
    QVERIFY(w->articleView()->selectionLayer(u"notes"_s).first().format.background().color() !=
            yellow);
    card->tagsEdit()->setText(u"#power, #flood"_s);
    Q_EMIT card->tagsEdit()->editingFinished();
    QCOMPARE(store->annotation(id)->tags, (QStringList{u"power"_s, u"flood"_s}));
    card->menu()->findChild<QAction *>(u"noteDelete"_s)->trigger();
    QVERIFY(!store->annotation(id));
    QVERIFY(w->statusBar()->currentMessage().contains(u"deleted"_s));

    QUndoStack *undo = w->undoStack();
    undo->undo(); // the delete
    QVERIFY(store->annotation(id));
    QCOMPARE(store->annotation(id)->color, u"green"_s);
    QCOMPARE(store->annotation(id)->tags, (QStringList{u"power"_s, u"flood"_s}));
    undo->undo(); // the tags
    QVERIFY(store->annotation(id)->tags.isEmpty());
    undo->undo(); // the colour
    QCOMPARE(store->annotation(id)->color, u"yellow"_s);
    undo->redo();
    QCOMPARE(store->annotation(id)->color, u"green"_s);

    // Delete Note works on the current note
    l->setCurrentNote(id);
    l->deleteNoteAction()->trigger();
    QVERIFY(!store->annotation(id));
}

void tst_NoteLayer::persistsAcrossReopen()
{
    QUuid onWords, onArticle;
    {
        auto w = open(m_path);
        QVERIFY(w);
        NoteLayer *l = layer(*w);
        onWords = l->addNote(test::spanOf(w->notesStore()->document(), u"Quay Street"_s),
                             u"Where exactly?"_s);
        onArticle = l->addArticleNote(u"Follow up in spring"_s);
        l->setNoteTags(onWords, {u"places"_s});
        l->setNoteColor(onWords, u"blue"_s);
        w->close();
    } // the window is gone; its store saved on closing
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    AnnotationStore *store = w->notesStore();
    QCOMPARE(store->annotations().size(), 2);
    QCOMPARE(store->annotation(onWords)->text, u"Where exactly?"_s);
    QCOMPARE(store->annotation(onWords)->tags, QStringList{u"places"_s});
    QCOMPARE(store->annotation(onWords)->color, u"blue"_s);
    QCOMPARE(store->annotation(onArticle)->text, u"Follow up in spring"_s);
    QCOMPARE(l->laneIds().size(), 2);
    QVERIFY(l->revealCard(onWords));
    QCOMPARE(l->card(onWords)->editor()->toPlainText(), u"Where exactly?"_s);
    QCOMPARE(w->articleView()->selectionLayer(u"notes"_s).size(), 1);
    QCOMPARE(l->panel()->visibleIds().size(), 2);
    QVERIFY(w->undoStack()->count() == 0); // a fresh article starts a fresh history
}

void tst_NoteLayer::thirtyNotesInOneParagraph_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("collapseSome");
    QTest::newRow("normal") << 100 << QSize(1400, 900) << false;
    QTest::newRow("zoomed in") << 150 << QSize(1400, 900) << false;
    QTest::newRow("zoomed to 220%: a narrow lane") << 220 << QSize(1400, 900) << false;
    QTest::newRow("narrow window") << 100 << QSize(1100, 700) << false;
    QTest::newRow("some collapsed") << 100 << QSize(1400, 900) << true;
    QTest::newRow("too narrow for cards") << 100 << QSize(760, 600) << false;
}

void tst_NoteLayer::thirtyNotesInOneParagraph()
{
    QFETCH(int, zoom);
    QFETCH(QSize, size);
    QFETCH(bool, collapseSome);
    auto w = open(m_path);
    QVERIFY(w);
    w->resize(size);
    w->articleView()->setZoom(zoom);
    NoteLayer *l = layer(*w);
    const Document &doc = w->notesStore()->document();
    // the words of one paragraph, one note on each of 30 of them
    const qsizetype start = doc.text().indexOf(u"Not everyone is convinced."_s);
    const qsizetype end = doc.text().indexOf(u'\n', start);
    QList<Span> spans;
    for (qsizetype i = start; i < end && spans.size() < 30;) {
        while (i < end && !doc.text().at(i).isLetter())
            ++i;
        qsizetype j = i;
        while (j < end && doc.text().at(j).isLetter())
            ++j;
        if (j > i)
            spans.append({i, j});
        i = j;
    }
    QCOMPARE(spans.size(), 30);
    // added in an order that is not the reading order
    for (int k = 0; k < 30; ++k) {
        const Span &s = spans.at((k * 7) % 30);
        l->addNote(s, QStringLiteral("note %1 on %2")
                          .arg((k * 7) % 30)
                          .arg(doc.text().mid(s.start, s.length())));
    }
    if (collapseSome) {
        const QList<QUuid> order = l->laneIds();
        for (int k = 0; k < order.size(); k += 3)
            l->setNoteCollapsed(order.at(k), true);
    }
    l->refreshNow();
    QCOMPARE(l->panel()->visibleIds().size(), 30);
    if (size.width() < 800) { // no room for the lane: no cards, every note in the Notes tab
        QCOMPARE(w->articleView()->marginLaneWidth(), 0);
        QVERIFY(l->cards().isEmpty());
        // and a badge over the text says where they are
        QWidget *badge = l->hiddenNotesBadge();
        QVERIFY(badge && badge->isVisible());
        QVERIFY2(badge->accessibleName().contains(u"30"), qPrintable(badge->accessibleName()));
        QVERIFY(w->articleView()->rect().contains(badge->geometry()));
        w->articleView()->setZoom(100);
        w->resize(1400, 900);
        QTRY_VERIFY(w->articleView()->marginLaneWidth() > 0);
        l->refreshNow();
        QVERIFY(!badge->isVisible());
        return;
    }
    QVERIFY(!l->hiddenNotesBadge() || !l->hiddenNotesBadge()->isVisible());
    const QList<QRect> lanes = l->lane()->slotRects(); // (a friend)
    const QList<QUuid> ids = l->laneIds();
    QCOMPARE(lanes.size(), 30);
    QCOMPARE(ids.size(), 30);
    QScrollBar *bar = w->articleView()->verticalScrollBar();
    for (int k = 0; k < 30; ++k) {
        // reading order
        QCOMPARE(w->notesStore()->annotation(ids.at(k))->span, spans.at(k));
        const QRect anchor = w->articleView()->spanRect(spans.at(k)).translated(0, bar->value());
        // never above its passage; the first one level with it
        QVERIFY2(lanes.at(k).top() >= anchor.top() - 4,
                 qPrintable(QStringLiteral("%1: card at %2, passage at %3, scrolled %4")
                                .arg(k)
                                .arg(lanes.at(k).top())
                                .arg(anchor.top())
                                .arg(bar->value())));
        if (k == 0)
            QVERIFY(lanes.at(k).top() <= anchor.top());
        if (k > 0) {
            QVERIFY2(lanes.at(k).top() >= lanes.at(k - 1).bottom() + NoteLayer::kGap,
                     qPrintable(QStringLiteral("card %1 overlaps card %2").arg(k).arg(k - 1)));
        }
        if (NoteCard *c = l->card(ids.at(k)))
            QCOMPARE(lanes.at(k).height(), c->height());
    }
    // the last card can be scrolled to, however far below the text it was pushed
    QTRY_VERIFY(bar->maximum() + w->articleView()->viewport()->height() >= lanes.last().bottom());
    // and on screen, scrolling through: every card appears at its place in the lane, and the
    // cards shown never overlap
    const QRect lane = w->articleView()->marginLaneRect();
    const int vpTop = w->articleView()->viewport()->geometry().top();
    QSet<QUuid> seen;
    for (int at = 0; at <= bar->maximum() + lane.height() / 3; at += lane.height() / 3) {
        bar->setValue(at);
        const QList<NoteCard *> made = l->cards();
        for (int k = 0; k < made.size(); ++k) {
            NoteCard *c = made.at(k);
            const qsizetype i = ids.indexOf(c->id());
            QCOMPARE(c->y(), vpTop + lanes.at(i).top() - bar->value());
            QCOMPARE(c->height(), lanes.at(i).height());
            QVERIFY(c->geometry().left() >= lane.left());
            QVERIFY(c->geometry().right() <= lane.right());
            if (c->isVisible() && c->geometry().intersects(lane))
                seen.insert(c->id());
            for (int m = k + 1; m < made.size(); ++m)
                QVERIFY(!c->geometry().intersects(made.at(m)->geometry()));
        }
    }
    QCOMPARE(seen.size(), 30);
}

void tst_NoteLayer::articleNoteAtTheTop()
{
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    const Document &doc = w->notesStore()->document();
    const QUuid placed = l->addNote(test::spanOf(doc, u"Harbour city"_s), u"headline"_s);
    const QUuid whole = l->addArticleNote(u"about all of it"_s);
    l->refreshNow();
    QCOMPARE(l->cards().size(), 2);
    QCOMPARE(l->cards().first()->id(), whole);
    QCOMPARE(l->cards().last()->id(), placed);
    const QList<QRect> lanes = l->lane()->slotRects(); // (a friend)
    QVERIFY(lanes.at(0).bottom() + NoteLayer::kGap <= lanes.at(1).top());
    QVERIFY(lanes.at(0).top() <= w->articleView()->spanRect({0, 0}).top() +
                                     w->articleView()->verticalScrollBar()->value());
    QCOMPARE(l->cards().first()->caption(), u"On the whole article"_s);
}

void tst_NoteLayer::cardsFollowScrolling()
{
    auto w = open(m_path);
    QVERIFY(w);
    w->resize(1400, 600);
    NoteLayer *l = layer(*w);
    const Document &doc = w->notesStore()->document();
    const QUuid id = l->addNote(test::spanOf(doc, u"wetland scheme"_s), u"cost?"_s);
    l->refreshNow();
    ArticleView *view = w->articleView();
    QScrollBar *bar = view->verticalScrollBar();
    bar->setValue(0);
    NoteCard *card = l->card(id);
    const int y0 = card->y();
    const QRect anchor0 = view->spanRect(test::spanOf(doc, u"wetland scheme"_s));
    bar->setValue(bar->value() + 120);
    QCOMPARE(card->y(), y0 - (bar->value() - 0));
    const QRect anchor1 = view->spanRect(test::spanOf(doc, u"wetland scheme"_s));
    QCOMPARE(anchor1.top() - anchor0.top(), card->y() - y0);
    // zoom and resize lay the cards out again, level with their passage
    view->setZoom(150);
    l->refreshNow();
    const QRect a = view->spanRect(test::spanOf(doc, u"wetland scheme"_s));
    const int vpTop = view->viewport()->geometry().top();
    QVERIFY2(std::abs(card->y() - (vpTop + a.top() - 4)) <= 1,
             qPrintable(QStringLiteral("%1 vs %2").arg(card->y()).arg(vpTop + a.top())));
    w->resize(1100, 700);
    l->refreshNow();
    QVERIFY(view->marginLaneRect().contains(card->geometry().topLeft() + QPoint(2, 0)) ||
            !card->isVisible());
}

void tst_NoteLayer::cardsMadeAgainShowTheirNote()
{
    // cards of notes scrolled away are given to the notes scrolled to: each must show its own
    // note (text, colour, collapsed, current), never the one it showed before
    auto w = open(m_path);
    QVERIFY(w);
    w->resize(1400, 400);
    NoteLayer *l = layer(*w);
    const Document &doc = w->notesStore()->document();
    const QStringList words = {u"lifeboat slipway"_s, u"Alys Pritchard"_s, u"60 centimetres"_s,
                               u"sea wall"_s, u"wetland scheme"_s};
    const QList<QUuid> ids = addNotes(l, doc, words);
    QVERIFY(!ids.contains(QUuid()));
    l->setNoteColor(ids.at(1), u"pink"_s);
    l->setNoteCollapsed(ids.at(2), true);
    l->setCurrentNote(ids.at(3));
    l->refreshNow();
    QScrollBar *bar = w->articleView()->verticalScrollBar();
    QSet<QUuid> seen;
    for (int pass = 0; pass < 2; ++pass) {
        for (int step = 0; step <= 20; ++step) {
            bar->setValue(bar->maximum() * (pass == 0 ? step : 20 - step) / 20);
            for (NoteCard *c : l->cards()) {
                const Annotation *a = w->notesStore()->annotation(c->id());
                QVERIFY(a);
                QCOMPARE(l->card(c->id()), c);
                QCOMPARE(c->note().text, a->text);
                QCOMPARE(c->note().color, a->color);
                QCOMPARE(c->isCollapsed(), c->id() == ids.at(2));
                QCOMPARE(c->isActive(), c->id() == ids.at(3));
                QCOMPARE(c->editor()->toPlainText(), a->text);
                seen.insert(c->id());
            }
        }
    }
    QCOMPARE(seen.size(), ids.size()); // every card was made on the way
}

void tst_NoteLayer::contextMenus()
{
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    ArticleView *view = w->articleView();
    AnnotationStore *store = w->notesStore();
    const auto names = [](QMenu *menu) {
        QStringList out;
        for (QAction *a : menu->actions())
            out.append(a->objectName());
        return out;
    };
    // on a quote, nothing selected
    const Span quote = w->article().quotes.first().span;
    const QRect r = view->spanRect({quote.start + 2, quote.start + 3});
    view->setTextCursor(QTextCursor(view->document()));
    std::unique_ptr<QMenu> menu(view->contextMenuAt(r.center()));
    QVERIFY2(names(menu.get()).contains(u"contextAddNoteOnQuote"_s),
             qPrintable(names(menu.get()).join(u',')));
    QVERIFY(names(menu.get()).contains(u"contextAddArticleNote"_s));
    menu->findChild<QAction *>(u"contextAddNoteOnQuote"_s)->trigger();
    QCOMPARE(store->annotations().size(), 1);
    QCOMPARE(store->annotations().first().span, quote);
    // on a noted passage: edit and delete it from there
    l->refreshNow();
    menu.reset(view->contextMenuAt(r.center()));
    QVERIFY(names(menu.get()).contains(u"contextDeleteNote"_s));
    menu->findChild<QAction *>(u"contextDeleteNote"_s)->trigger();
    QVERIFY(store->annotations().isEmpty());
    // with a selection
    QTextCursor c(view->document());
    c.setPosition(10);
    c.setPosition(20, QTextCursor::KeepAnchor);
    view->setTextCursor(c);
    menu.reset(view->contextMenuAt(r.center()));
    QVERIFY(names(menu.get()).contains(u"contextAddNote"_s));
    QVERIFY(menu->actions().size() > 3); // the standard entries (Copy, Select All) stay
    // a claim in the Claims tab
    QVERIFY(!w->article().claims.isEmpty());
    menu.reset(w->claimsPanel()->claimMenu(0));
    QAction *onClaim = menu->findChild<QAction *>(u"contextAddNoteOnClaim"_s);
    QVERIFY(onClaim);
    onClaim->trigger();
    QCOMPARE(store->annotations().size(), 1);
    QCOMPARE(store->annotations().first().span, w->article().claims.first().span);
}

void tst_NoteLayer::copyWithCitation_data()
{
    QTest::addColumn<QString>("where"); // "quote", "selection" or "claim"
    QTest::addColumn<bool>("markdown");
    QTest::newRow("a quote, plain text") << u"quote"_s << false;
    QTest::newRow("a quote, Markdown") << u"quote"_s << true;
    QTest::newRow("selected words in a quote") << u"selection"_s << false;
    QTest::newRow("a claim, plain text") << u"claim"_s << false;
    QTest::newRow("a claim, Markdown") << u"claim"_s << true;
}

void tst_NoteLayer::copyWithCitation()
{
    QFETCH(QString, where);
    QFETCH(bool, markdown);
    auto w = open(m_path);
    QVERIFY(w);
    ArticleView *view = w->articleView();
    const Article &article = w->article();
    // the first quote with a speaker
    int q = 0;
    while (q < article.quotes.size() && article.quotes.at(q).speaker < 0)
        ++q;
    QVERIFY(q < article.quotes.size());
    const Span quote = article.quotes.at(q).span;
    const QString speaker = article.entities.at(article.quotes.at(q).speaker).name;
    const QRect r = view->spanRect({quote.start + 2, quote.start + 3});
    std::unique_ptr<QMenu> menu;
    Citation::Source expected;
    if (where == u"claim") {
        menu.reset(w->claimsPanel()->claimMenu(0));
        expected = Citation::forClaim(article, 0);
    } else {
        QTextCursor c(view->document());
        if (where == u"selection") {
            c.setPosition(quote.start + 3);
            c.setPosition(quote.end - 2, QTextCursor::KeepAnchor);
        }
        view->setTextCursor(c);
        menu.reset(view->contextMenuAt(r.center()));
        expected = where == u"selection"
                       ? Citation::forSpan(article, {quote.start + 3, quote.end - 2})
                       : Citation::forQuote(article, q);
        // right after Copy
        const QList<QAction *> actions = menu->actions();
        qsizetype copy = -1;
        for (qsizetype i = 0; i < actions.size(); ++i) {
            if (actions.at(i)->objectName() == u"edit-copy")
                copy = i;
        }
        QVERIFY(copy >= 0);
        QCOMPARE(actions.value(copy + 1)->objectName(), u"contextCopyCitation"_s);
        QCOMPARE(actions.value(copy + 2)->objectName(), u"contextCopyMarkdown"_s);
    }
    QVERIFY(!expected.text.isEmpty());
    QAction *a = menu->findChild<QAction *>(markdown ? u"contextCopyMarkdown"_s
                                                     : u"contextCopyCitation"_s);
    QVERIFY(a);
    QApplication::clipboard()->clear();
    a->trigger();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY(data);
    if (markdown) {
        QCOMPARE(data->text(), Citation::markdown(expected));
        QCOMPARE(QString::fromUtf8(data->data(u"text/markdown"_s)), Citation::markdown(expected));
        QVERIFY(data->text().startsWith(u"> "_s));
    } else {
        QCOMPARE(data->text(), Citation::plainText(expected));
        QVERIFY(data->text().startsWith(u"“"_s));
    }
    if (where != u"claim") {
        QVERIFY2(data->text().contains(speaker), qPrintable(data->text()));
        QVERIFY(data->text().contains(article.textOf({quote.start + 3, quote.end - 2})));
    }
    QVERIFY(w->statusBar()->currentMessage().contains(u"citation"_s));
}

void tst_NoteLayer::newerNoteMarkedOverOlder()
{
    // passages marked in the order their notes were added: a note added on words inside an
    // older note's (here starting where it starts, so it reads first) is drawn over it
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    const Document &doc = w->notesStore()->document();
    const Span wall = test::spanOf(doc, u"sea wall by 1.4 metres"_s);
    const QUuid outer = l->addNote(wall, u"older, longer"_s);
    const QUuid inner = l->addNote({wall.start, wall.start + 8}, u"newer, shorter"_s);
    QVERIFY(!outer.isNull() && !inner.isNull());
    l->setCurrentNote(QUuid());
    l->refreshNow();
    QCOMPARE(l->laneIds(), (QList<QUuid>{inner, outer})); // (reading order: the shorter first)
    const auto marks = w->articleView()->selectionLayer(u"notes"_s);
    QCOMPARE(marks.size(), 2);
    QCOMPARE(marks.at(0).cursor.selectionEnd(), int(wall.end)); // the older, under
    QCOMPARE(marks.at(1).cursor.selectionEnd(), int(wall.start + 8));
}

void tst_NoteLayer::importIsUndoable()
{
    auto w = open(m_path);
    QVERIFY(w);
    AnnotationStore *store = w->notesStore();
    const Document &doc = store->document();
    const QList<Annotation> notes{test::noteOn(doc, u"sea wall"_s, u"imported one"_s),
                                  test::noteOn(doc, u"Cardiff University"_s, u"imported two"_s)};
    const QString file = m_dir.filePath(u"incoming.jsonld"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(NoteExport::toW3c(w->article(), notes));
    }
    QVERIFY(w->noteExportActions()->importFile(file, false, false));
    QCOMPARE(store->annotations().size(), 2);
    QVERIFY(w->action(u"actionUndo"_s)->text().contains(u"Import"_s));
    w->undoStack()->undo();
    QVERIFY(store->annotations().isEmpty());
    w->undoStack()->redo();
    QCOMPARE(store->annotations().size(), 2);
    layer(*w)->refreshNow();
    QCOMPARE(layer(*w)->laneIds().size(), 2);
}

void tst_NoteLayer::nextAndPrevious()
{
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    const QList<QUuid> ids = addNotes(l, w->notesStore()->document(),
                                      {u"lobster boats"_s, u"sea wall"_s, u"Quay Street"_s});
    l->setCurrentNote(QUuid());
    w->articleView()->verticalScrollBar()->setValue(0);
    l->nextNoteAction()->trigger();
    QCOMPARE(l->currentNote(), ids.at(1)); // sea wall comes first in the text
    l->nextNoteAction()->trigger();
    QCOMPARE(l->currentNote(), ids.at(2));
    l->nextNoteAction()->trigger();
    QCOMPARE(l->currentNote(), ids.at(0));
    l->nextNoteAction()->trigger(); // the last one: stays, and says so
    QCOMPARE(l->currentNote(), ids.at(0));
    QVERIFY(w->statusBar()->currentMessage().contains(u"last"_s));
    l->previousNoteAction()->trigger();
    QCOMPARE(l->currentNote(), ids.at(2));
    QCOMPARE(l->panel()->selectedIds(), QList<QUuid>{ids.at(2)});
    QVERIFY(l->card(ids.at(2))->isActive());
    QVERIFY(!l->card(ids.at(0))->isActive());
    l->previousNoteAction()->trigger();
    QCOMPARE(l->currentNote(), ids.at(1));
    l->previousNoteAction()->trigger(); // the first one: stays, and says so
    QCOMPARE(l->currentNote(), ids.at(1));
    QVERIFY(w->statusBar()->currentMessage().contains(u"first"_s));
    // no current note, at the top of the text: there is no note before
    l->setCurrentNote(QUuid());
    w->articleView()->verticalScrollBar()->setValue(0);
    l->previousNoteAction()->trigger();
    QVERIFY(l->currentNote().isNull());
    QVERIFY(w->statusBar()->currentMessage().contains(u"first"_s));
}

void tst_NoteLayer::notesInAWindowedArticle()
{
    // A very long article is laid out a window at a time (here a small one, as for 50 MB):
    // the next-note key brings each note into view with its card beside its passage, and the
    // cards of passages outside the window (the note on the whole article included) are not
    // shown at the window's edge
    const qsizetype threshold = articlewindow::threshold, size = articlewindow::size;
    articlewindow::threshold = 100'000;
    articlewindow::size = 60'000;
    const auto restore = qScopeGuard([&] {
        articlewindow::threshold = threshold;
        articlewindow::size = size;
    });
    const QString marker = u"Zanzibarquux"_s;
    const QString path = m_dir.filePath(u"windowed.txt"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QString text = u"Harbour town rebuilds its sea wall\n\n"_s;
        const QString paragraph = u"The council said the sea wall would be rebuilt by spring. "_s;
        for (int part = 1; text.size() < 300'000; ++part)
            text += u"Part %1\n\n"_s.arg(part) + paragraph.repeated(12) + u"\n\n"_s;
        f.write((text + marker + u" is a word near the end.\n"_s).toUtf8());
    }
    auto w = open(path);
    QVERIFY(w);
    ArticleView *view = w->articleView();
    QVERIFY(view->isWindowed());
    NoteLayer *l = layer(*w);
    const Document &doc = w->notesStore()->document();
    const QList<QUuid> ids = addNotes(l, doc, {u"Part 1\n"_s, u"Part 30\n"_s, marker});
    const QUuid whole = l->addArticleNote(u"about all of it"_s);
    view->scrollToStart();
    l->setCurrentNote(QUuid());
    const QRect lane = view->marginLaneRect();
    const int vpTop = view->viewport()->geometry().top();
    for (int k = 1; k < 3; ++k) {
        for (int step = 0; step < 4 && l->currentNote() != ids.at(k); ++step)
            l->nextNoteAction()->trigger(); // (the note on the article and Part 1's first)
        QCOMPARE(l->currentNote(), ids.at(k));
        l->refreshNow();
        const Span span = w->notesStore()->annotation(ids.at(k))->span;
        QVERIFY(view->layoutWindow().start <= span.start && span.end <= view->layoutWindow().end);
        const QRect passage = view->spanRect(span);
        QVERIFY2(view->viewport()->rect().contains(passage),
                 qPrintable(u"note %1: passage at %2 (%3 to %4 of %5), view %6, window %7-%8"_s
                                .arg(k)
                                .arg(passage.top())
                                .arg(span.start)
                                .arg(span.end)
                                .arg(doc.text().size())
                                .arg(view->viewport()->height())
                                .arg(view->layoutWindow().start)
                                .arg(view->layoutWindow().end)));
        NoteCard *card = l->card(ids.at(k));
        QVERIFY(card && card->isVisible());
        QVERIFY(card->geometry().intersects(lane));
        QVERIFY2(card->y() >= vpTop + passage.top() - 4,
                 qPrintable(u"card at %1, passage at %2"_s.arg(card->y()).arg(passage.top())));
        for (const QUuid &other : {ids.at(0), whole}) {
            const NoteCard *c = l->card(other);
            QVERIFY2(!c || !c->isVisible() || !c->geometry().intersects(lane),
                     qPrintable(u"note %1 shown with note %2"_s.arg(other.toString()).arg(k)));
        }
    }
    // back to the start: the note on the article is at the top again
    view->scrollToStart();
    l->refreshNow();
    QCOMPARE(view->layoutWindow().start, 0);
    const NoteCard *top = l->card(whole);
    QVERIFY(top && top->isVisible() && top->geometry().intersects(lane));
}

void tst_NoteLayer::damagedNotesFileIsReported()
{
    // a store with two notes, then its file cut in the middle of the second one
    QString file;
    {
        const Loader::Result loaded = Loader::loadFile(m_path);
        QVERIFY(loaded.ok());
        AnnotationStore store;
        QVERIFY(store.open(*loaded.document));
        store.add(test::noteOn(*loaded.document, u"sea wall"_s, u"survives the damage"_s));
        store.add(test::noteOn(*loaded.document, u"substation"_s, u"cut in half"_s));
        QVERIFY(store.save());
        file = store.filePath();
    }
    QByteArray bytes;
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
    }
    const qsizetype cut = bytes.indexOf("cut in half");
    QVERIFY(cut > 0);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes.left(cut));
    }
    auto w = open(m_path);
    QVERIFY(w);
    NoteLayer *l = layer(*w);
    QWidget *bar = l->problemBar();
    QVERIFY(bar->isVisible());
    QVERIFY2(l->problemText().contains(u"damaged"_s), qPrintable(l->problemText()));
    QVERIFY(l->problemText().contains(u"broken-"_s));
    QVERIFY(!w->statusBar()->currentMessage().isEmpty());
    // the note that could be read is shown
    QCOMPARE(w->notesStore()->annotations().size(), 1);
    QCOMPARE(l->cards().size(), 1);
    QCOMPARE(l->cards().first()->editor()->toPlainText(), u"survives the damage"_s);
    // the damaged file is kept aside
    const QStringList aside = QDir(QFileInfo(file).absolutePath())
                                  .entryList({QFileInfo(file).fileName() + u".broken-*"_s});
    QCOMPARE(aside.size(), 1);
    bar->findChild<QAbstractButton *>(u"messageBarClose"_s)->click();
    QVERIFY(!bar->isVisible());
}

QTEST_MAIN(tst_NoteLayer)
#include "tst_notelayer.moc"
