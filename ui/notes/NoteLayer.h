#pragma once

#include "ReadingTheme.h"
#include "annotations/Annotation.h"
#include "notes/NoteLane.h"
#include "notes/NoteProblems.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;
class QDockWidget;
class QMenu;
class QWidget;
class tst_NoteLayer;

namespace gloss {

class AnnotationStore;
class ArticleView;
class MainWindow;
class NoteActions;
class NoteCard;
class NoteEditing;
class NotesModel;
class NotesPanel;
class NotesTab;

/**
 * @brief The sticky notes in the reading window: it puts together the parts and
 * carries out what the reader asks for.
 *
 * The parts: NoteEditing (every change is an undoable NoteCommand on the
 * window's undo stack), NoteLane (the cards beside their passages, their lines,
 * the highlights; with LaneLayout, NotePlaces and CardPool), NotesTab (the
 * Notes tab), NoteActions (the Notes menu and the note entries of the context
 * menus) and NoteProblems (problems with the notes file, in the window's
 * message bar). The lane and the tab read one list of the notes, NotesModel,
 * which follows the store; the store's signals come here too and the lane is
 * laid out again once per turn of the event loop (refreshNow()).
 *
 * Made and owned by a MainWindow (MainWindow::noteLayer()); it uses only the
 * window's extension points: notesStore(), undoStack(), addSidePanel(),
 * addMenu(), messageBar(), the article view's margin lane, its "notes"
 * selection layer and its contextMenuAboutToShow() signal, and the Claims tab's
 * claimMenuAboutToShow(). The window's NoteExportActions hooks call
 * panel()->selectedIds() (Copy as Markdown copies the notes selected in the
 * Notes tab) and editing()->applyImport() (Import Notes is undoable).
 */
class NoteLayer : public QObject {
  Q_OBJECT

public:
  static constexpr int kLaneWidth = NoteLane::kLaneWidth;
  static constexpr int kNarrowLaneWidth = NoteLane::kNarrowLaneWidth;
  /** Space between stacked cards. */
  static constexpr int kGap = NoteLane::kGap;

  explicit NoteLayer(MainWindow *window);
  ~NoteLayer() override;

  /** Every change of the notes goes through it (undoable). */
  NoteEditing *editing() const { return m_editing; }
  NotesPanel *panel() const;
  /** The notes in reading order, by section: what the Notes tab and the lane show. */
  NotesModel *notesModel() const { return m_model; }
  QDockWidget *dock() const;
  QMenu *menu() const;
  /**
   * The cards made, in lane order (top to bottom): those of the notes in and
   * near the visible part of the text (cards are made as the text scrolls).
   */
  QList<NoteCard *> cards() const { return m_lane->cards(); }
  /** The card of @p id, if it is made (see cards()). */
  NoteCard *card(const QUuid &id) const { return m_lane->card(id); }
  /** The notes in the lane, in lane order. */
  QList<QUuid> laneIds() const { return m_lane->ids(); }
  /** The window's message bar, which shows problems with the notes file
   * (problemText()). */
  QWidget *problemBar() const;
  QString problemText() const { return m_problems.text(); }
  /** The badge that says the notes are in the Notes tab when the lane has no
   * room, or null. */
  QWidget *hiddenNotesBadge() const { return m_lane->hiddenNotesBadge(); }

  QAction *addNoteAction() const;
  QAction *addArticleNoteAction() const;
  QAction *nextNoteAction() const;
  QAction *previousNoteAction() const;
  QAction *deleteNoteAction() const;

  /**
   * Adds a note on @p span of the open text (undoable) and opens its card for
   * typing. Returns its id (null when no article is open or the span is empty).
   */
  QUuid addNote(const Span &span, const QString &text = QString());
  QUuid addArticleNote(const QString &text = QString());
  /** Add Note: on the selected words, else on the quote at the cursor; false if
   * neither. */
  bool addNoteAtSelection();
  void setNoteText(const QUuid &id, const QString &text);
  void setNoteColor(const QUuid &id, const QString &color);
  void setNoteTags(const QUuid &id, const QStringList &tags);
  /** Deletes @p ids (undoable) and says how to bring them back. */
  void deleteNotes(const QList<QUuid> &ids);

  /** Collapses or expands @p id's card (kept while the article is open). */
  void setNoteCollapsed(const QUuid &id, bool collapsed);
  /** Scrolls @p id's card into view (it is made then); nullptr when it is not
   * in the lane. */
  NoteCard *revealCard(const QUuid &id) { return m_lane->reveal(id); }

  QUuid currentNote() const { return m_current; }
  void setCurrentNote(const QUuid &id);
  /** Scrolls to @p id's passage, makes it the current note, focuses its card if
   * asked. */
  void goToNote(const QUuid &id, bool focusCard = true);
  void nextNote() { stepNote(+1); }
  void previousNote() { stepNote(-1); }
  /** The note after (+1) or before (-1) the current one, in lane order. */
  void stepNote(int direction);

  /** Lays out cards and highlights now (normally deferred). */
  void refreshNow();

private:
  friend class ::tst_NoteLayer;
  /** The lane's parts, for tests. */
  NoteLane *lane() const { return m_lane; }

  void connectStore();
  void connectActions();
  void connectCard(NoteCard *card);
  void onStoreReset();
  void onTextLayoutChanged();
  void scheduleRefresh();
  void applyTheme(const ReadingTheme &theme);
  /** Adds the note @p id just made: current, selected in the tab, its card open
   * for typing. */
  void openNewNote(const QUuid &id);
  void deleteCurrent();
  /**
   * goToNote(); @p selectInTab false for a note clicked in the Notes tab, whose
   * selection is the reader's (Ctrl+click and Shift+click select several).
   */
  void showNote(const QUuid &id, bool focusCard, bool selectInTab);
  void showMessage(const QString &text, int ms = 4000);

  QPointer<MainWindow> m_window;
  ArticleView *m_view;
  AnnotationStore *m_store;
  NoteEditing *m_editing;
  NotesModel *m_model;
  NoteLane *m_lane;
  NotesTab *m_tab;
  NoteActions *m_actions;
  NoteProblems m_problems;
  QUuid m_current;
  QTimer m_refresh;
};

} // namespace gloss
