#include "NoteLayer.h"

#include "ArticleView.h"
#include "CardPool.h"
#include "ClaimsPanel.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "NoteActions.h"
#include "NoteCard.h"
#include "NoteEditing.h"
#include "NotesModel.h"
#include "NotesPanel.h"
#include "NotesTab.h"
#include "annotations/AnnotationStore.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDockWidget>
#include <QScrollBar>
#include <QStatusBar>
#include <QUndoStack>

namespace gloss {

namespace {

constexpr int kRefreshDelay =
    0; // coalesces the store's signals (an import adds many)

QString shortened(QString s, int max) {
  s = s.simplified();
  return s.size() > max ? s.left(max - 1).trimmed() + u'…' : s;
}

} // namespace

NoteLayer::NoteLayer(MainWindow *window)
    : QObject(window), m_window(window), m_view(window->articleView()),
      m_store(window->notesStore()),
      m_editing(new NoteEditing(m_store, window->undoStack(), this)),
      m_model(new NotesModel(m_store, this)),
      m_lane(new NoteLane(m_view, m_store, m_model, this)),
      m_tab(new NotesTab(window, m_model, this)),
      m_actions(new NoteActions(window, m_store, this)),
      m_problems(window->messageBar(), m_store) {
  setObjectName(QStringLiteral("noteLayer"));
  m_refresh.setSingleShot(true);
  m_refresh.setInterval(kRefreshDelay);
  connect(&m_refresh, &QTimer::timeout, this, &NoteLayer::refreshNow);
  connectStore();
  connectActions();

  connect(m_lane->pool(), &CardPool::cardMade, this, &NoteLayer::connectCard);
  connect(m_lane, &NoteLane::relayoutNeeded, this, &NoteLayer::scheduleRefresh);
  connect(m_lane, &NoteLane::badgeClicked, this,
          [this] { m_tab->showTab(false); });
  connect(m_view, &ArticleView::columnGeometryChanged, this, [this] {
    m_lane->clearPlaces();
    m_lane->updateWidth();
    scheduleRefresh();
  });
  connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, m_lane,
          &NoteLane::reposition);
  // the passages' places all changed: placed again at once (a jump reveals a card next)
  connect(m_view, &ArticleView::layoutWindowMoved, this, [this] {
    m_lane->clearPlaces();
    refreshNow();
  });
  connect(window, &MainWindow::themeChanged, this, &NoteLayer::applyTheme);
  connect(window, &MainWindow::articleShown, this, [this] {
    // the text layout changes with zoom and size: follow it
    m_lane->clearPlaces();
    connect(m_view->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &NoteLayer::onTextLayoutChanged, Qt::UniqueConnection);
  });
  connect(m_tab->panel(), &NotesPanel::noteActivated, this,
          [this](const QUuid &id) { showNote(id, false, false); });
  connect(m_tab->panel(), &NotesPanel::deleteRequested, this,
          &NoteLayer::deleteNotes);

  applyTheme(window->readingTheme());
  m_lane->updateWidth();
}

NoteLayer::~NoteLayer() = default;

void NoteLayer::connectStore() {
  connect(m_store, &AnnotationStore::annotationsReset, this,
          &NoteLayer::onStoreReset);
  // (the Notes tab's rows follow the store by themselves: NotesModel)
  connect(m_store, &AnnotationStore::annotationAdded, this,
          &NoteLayer::scheduleRefresh);
  connect(m_store, &AnnotationStore::annotationChanged, this,
          [this](const QUuid &id) {
            // the card shows the new version at once (Undo while it has the
            // focus); layout later
            m_lane->showNewVersion(id);
            scheduleRefresh();
          });
  connect(m_store, &AnnotationStore::annotationRemoved, this,
          [this](const QUuid &id) {
            m_lane->forget(id);
            if (m_current == id)
              m_current = QUuid();
            scheduleRefresh();
          });
  connect(m_store, &AnnotationStore::problemFound, this,
          [this](const QString &message) { m_problems.show({message}); });
}

void NoteLayer::connectActions() {
  connect(
      m_actions, &NoteActions::addAtSelectionRequested, this,
      [this](bool explain) {
        if (!addNoteAtSelection() && explain)
          showMessage(tr(
              "Select some words (or put the cursor in a quote) to add a note; "
              "Notes > Add Note on the Article for a note on the whole "
              "article."));
      });
  connect(m_actions, &NoteActions::addOnSpanRequested, this,
          [this](const Span &span) { addNote(span); });
  connect(m_actions, &NoteActions::addArticleNoteRequested, this,
          [this] { addArticleNote(); });
  connect(m_actions, &NoteActions::stepRequested, this, &NoteLayer::stepNote);
  connect(m_actions, &NoteActions::deleteCurrentRequested, this,
          &NoteLayer::deleteCurrent);
  connect(m_actions, &NoteActions::editRequested, this,
          [this](const QUuid &id) { goToNote(id); });
  connect(m_actions, &NoteActions::deleteRequested, this,
          &NoteLayer::deleteNotes);
  connect(m_actions, &NoteActions::showTabRequested, this,
          [this] { m_tab->showTab(true); });
  // the note entries of the context menus of the text and of a claim
  connect(m_view, &ArticleView::contextMenuAboutToShow, m_actions,
          &NoteActions::addTextMenuEntries);
  connect(m_window->claimsPanel(), &ClaimsPanel::claimMenuAboutToShow,
          m_actions, &NoteActions::addClaimMenuEntries);
}

void NoteLayer::connectCard(NoteCard *c) {
  connect(c, &NoteCard::textEdited, this, &NoteLayer::setNoteText);
  connect(c, &NoteCard::colorChosen, this, &NoteLayer::setNoteColor);
  connect(c, &NoteCard::tagsEdited, this, &NoteLayer::setNoteTags);
  connect(c, &NoteCard::deleteRequested, this,
          [this](const QUuid &id) { deleteNotes({id}); });
  connect(c, &NoteCard::activated, this, [this](const QUuid &id) {
    setCurrentNote(id);
    m_tab->panel()->selectNote(id);
  });
  connect(c, &NoteCard::editingLeft, this,
          [this] { m_view->setFocus(Qt::OtherFocusReason); });
}

NotesPanel *NoteLayer::panel() const { return m_tab->panel(); }

QDockWidget *NoteLayer::dock() const { return m_tab->dock(); }

QMenu *NoteLayer::menu() const { return m_actions->menu(); }

QWidget *NoteLayer::problemBar() const { return m_problems.bar(); }

QAction *NoteLayer::addNoteAction() const { return m_actions->addNoteAction(); }

QAction *NoteLayer::addArticleNoteAction() const {
  return m_actions->addArticleNoteAction();
}

QAction *NoteLayer::nextNoteAction() const {
  return m_actions->nextNoteAction();
}

QAction *NoteLayer::previousNoteAction() const {
  return m_actions->previousNoteAction();
}

QAction *NoteLayer::deleteNoteAction() const {
  return m_actions->deleteNoteAction();
}

void NoteLayer::showMessage(const QString &text, int ms) {
  if (m_window)
    m_window->statusBar()->showMessage(text, ms);
}

void NoteLayer::onStoreReset() {
  m_window->undoStack()
      ->clear(); // commands belong to the text they were made on
  m_lane->reset();
  m_current = QUuid();
  m_tab->reset();
  m_problems.show(m_store->problems());
  refreshNow();
}

void NoteLayer::onTextLayoutChanged() {
  m_lane->textLayoutChanged(); // the passages may have moved: their places are
                               // read again
  scheduleRefresh();
}

void NoteLayer::scheduleRefresh() {
  if (!m_lane->isRelayingOut())
    m_refresh.start();
}

void NoteLayer::refreshNow() {
  m_refresh.stop();
  if (!m_window)
    return;
  m_lane->relayout();
  m_lane->updateSelections();
}

void NoteLayer::applyTheme(const ReadingTheme &theme) {
  m_tab->panel()->setReadingTheme(theme);
  m_lane->applyTheme(theme);
}

void NoteLayer::setNoteCollapsed(const QUuid &id, bool collapsed) {
  m_lane->setCollapsed(id, collapsed);
  scheduleRefresh();
}

void NoteLayer::setCurrentNote(const QUuid &id) {
  if (id == m_current)
    return;
  m_current = id;
  m_lane->setCurrent(id);
}

void NoteLayer::openNewNote(const QUuid &id) {
  refreshNow();
  setCurrentNote(id);
  m_tab->panel()->selectNote(id);
}

QUuid NoteLayer::addNote(const Span &span, const QString &text) {
  const QUuid id = m_editing->addNote(span, text);
  if (id.isNull())
    return id;
  openNewNote(id);
  if (NoteCard *c = m_lane->reveal(id))
    c->startEditing();
  else
    showMessage(
        tr("Note added (widen the window to see the notes beside the text)."));
  return id;
}

QUuid NoteLayer::addArticleNote(const QString &text) {
  const QUuid id = m_editing->addArticleNote(text);
  if (id.isNull())
    return id;
  openNewNote(id);
  m_view->scrollToStart(); // article notes sit at the top
  if (NoteCard *c = m_lane->reveal(id))
    c->startEditing();
  return id;
}

bool NoteLayer::addNoteAtSelection() {
  const QTextCursor cursor = m_view->textCursor();
  if (cursor.hasSelection()) {
    Span span{cursor.selectionStart(), cursor.selectionEnd()};
    // not on the spaces around the words
    const QString &text = m_store->document().text();
    while (span.start < span.end && text.at(span.start).isSpace())
      ++span.start;
    while (span.end > span.start && text.at(span.end - 1).isSpace())
      --span.end;
    return !addNote(span).isNull();
  }
  const int q = m_view->articleIndex().quoteAt(cursor.position());
  if (q < 0 || q >= m_view->article().quotes.size())
    return false;
  return !addNote(m_view->article().quotes.at(q).span).isNull();
}

void NoteLayer::setNoteText(const QUuid &id, const QString &text) {
  m_editing->setText(id, text);
}

void NoteLayer::setNoteColor(const QUuid &id, const QString &color) {
  m_editing->setColor(id, color);
}

void NoteLayer::setNoteTags(const QUuid &id, const QStringList &tags) {
  m_editing->setTags(id, tags);
}

void NoteLayer::deleteNotes(const QList<QUuid> &ids) {
  const int deleted = m_editing->remove(ids);
  if (deleted == 0)
    return;
  // (the window's Undo has the platform's keys)
  const QString undo =
      QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
  showMessage(tr("%n note(s) deleted. %1 brings them back.", nullptr, deleted)
                  .arg(undo));
  refreshNow();
}

void NoteLayer::deleteCurrent() {
  QList<QUuid> ids;
  if (m_tab->panel()->isAncestorOf(QApplication::focusWidget()))
    ids = m_tab->panel()->selectedIds();
  if (ids.isEmpty() && !m_current.isNull())
    ids = {m_current};
  if (ids.isEmpty())
    showMessage(tr("No note to delete: click a note first."));
  deleteNotes(ids);
}

void NoteLayer::goToNote(const QUuid &id, bool focusCard) {
  showNote(id, focusCard, true);
}

void NoteLayer::showNote(const QUuid &id, bool focusCard, bool selectInTab) {
  const Annotation *a = m_store->annotation(id);
  if (!a)
    return;
  if (m_refresh.isActive())
    refreshNow();
  setCurrentNote(id);
  if (selectInTab)
    m_tab->panel()->selectNote(id);
  if (a->isOrphan()) {
    showMessage(
        tr("This note’s passage is no longer in the text. It was on “%1”.")
            .arg(shortened(a->quote.exact, 80)),
        8000);
    return;
  }
  if (a->isArticleNote()) {
    m_view->scrollToStart();
  } else {
    m_view->scrollToSpan(a->span);
    m_view->flashSpan(a->span);
  }
  // a card pushed far below its passage: bring the card into view too
  NoteCard *c = m_lane->reveal(id);
  if (focusCard && c)
    c->startEditing();
}

void NoteLayer::stepNote(int direction) {
  if (m_refresh.isActive())
    refreshNow();
  const QList<QUuid> order = m_model->laneIds();
  if (order.isEmpty()) {
    showMessage(tr("No notes on this article yet."));
    return;
  }
  qsizetype i = order.indexOf(m_current);
  if (i >= 0) {
    i += direction;
  } else {
    // no current note: the first one at or below the top of the view (or the
    // last above it)
    const int top = m_view->verticalScrollBar()->value();
    i = 0;
    while (i < order.size() && m_lane->slotTop(order.at(i)) < top)
      ++i;
    if (direction < 0)
      --i;
  }
  if (i >= order.size()) {
    showMessage(tr("That was the last note."));
    return;
  }
  if (i < 0) {
    showMessage(tr("That was the first note."));
    return;
  }
  goToNote(order.at(i));
}

} // namespace gloss
