#pragma once

#include "ReadingTheme.h"
#include "annotations/Annotation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QPoint;
class QToolButton;
class QWidget;

namespace gloss {

class AnnotationStore;
class ArticleView;
class MainWindow;
class MessageBar;
class NoteCard;
class NoteConnectors;
class NotesPanel;
namespace NoteImport {
struct Result;
}

/**
 * @brief The sticky notes in the reading window: cards in the margin lane beside their
 * passages, the passages highlighted in the notes' colours, the Notes tab, the Notes menu and
 * the problems bar.
 *
 * Made and owned by a MainWindow (MainWindow::noteLayer()); it uses only the window's extension
 * points: notesStore(), undoStack() (every change is a NoteCommand), addSidePanel(), addMenu(),
 * messageBar(), the article view's margin lane, its "notes" selection layer and its
 * contextMenuAboutToShow() signal, and the Claims tab's claimMenuAboutToShow(). The window's
 * NoteExportActions hooks call panel()->selectedIds() (Copy as Markdown copies the notes
 * selected in the Notes tab) and applyImport() (Import Notes is undoable).
 *
 * Lane layout: notes on the whole article first, at the top of the text, then the notes on
 * passages in reading order; each card stands level with the first line of its passage, or
 * just below the card before it (cards never overlap and keep their order); when they reach
 * past the end of the text, the text's bottom margin grows so they can be scrolled to. The
 * layout is computed in document coordinates (on a change of the
 * notes, the text layout, zoom or size) and only moved when scrolling. The lane is reserved
 * when the view is wide enough for the text column and the cards (else the cards are hidden
 * and the Notes tab still lists every note).
 */
class NoteLayer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLaneWidth = 290;
    static constexpr int kNarrowLaneWidth = 220;
    /** Space between stacked cards. */
    static constexpr int kGap = 8;

    explicit NoteLayer(MainWindow *window);
    ~NoteLayer() override;

    NotesPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QMenu *menu() const { return m_menu; }
    /**
     * The cards made, in lane order (top to bottom): those of the notes in and near the
     * visible part of the text (cards are made as the text scrolls).
     */
    QList<NoteCard *> cards() const;
    /** The card of @p id, if it is made (see cards()). */
    NoteCard *card(const QUuid &id) const;
    /** The notes in the lane, in lane order. */
    QList<QUuid> laneIds() const { return m_order; }
    /** The window's message bar, which shows problems with the notes file (problemText()). */
    QWidget *problemBar() const;
    QString problemText() const;
    /** The badge that says the notes are in the Notes tab when the lane has no room, or null. */
    QWidget *hiddenNotesBadge() const;

    QAction *addNoteAction() const { return m_addNote; }
    QAction *addArticleNoteAction() const { return m_addArticleNote; }
    QAction *nextNoteAction() const { return m_next; }
    QAction *previousNoteAction() const { return m_previous; }
    QAction *deleteNoteAction() const { return m_delete; }

    /**
     * Adds a note on @p span of the open text (undoable) and opens its card for typing.
     * Returns its id (null when no article is open or the span is empty).
     */
    QUuid addNote(const Span &span, const QString &text = QString());
    QUuid addArticleNote(const QString &text = QString());
    /** Add Note: on the selected words, else on the quote at the cursor; false if neither. */
    bool addNoteAtSelection();
    void setNoteText(const QUuid &id, const QString &text);
    void setNoteColor(const QUuid &id, const QString &color);
    void setNoteTags(const QUuid &id, const QStringList &tags);
    void deleteNotes(const QList<QUuid> &ids);

    /** Collapses or expands @p id's card (kept while the article is open). */
    void setNoteCollapsed(const QUuid &id, bool collapsed);
    /** Scrolls @p id's card into view (it is made then); nullptr when it is not in the lane. */
    NoteCard *revealCard(const QUuid &id);

    QUuid currentNote() const { return m_current; }
    void setCurrentNote(const QUuid &id);
    /** Scrolls to @p id's passage, makes it the current note, focuses its card if asked. */
    void goToNote(const QUuid &id, bool focusCard = true);
    void nextNote();
    void previousNote();
    /** The note after (+1) or before (-1) the current one, in lane order. */
    void stepNote(int direction);

    /** Applies an import of notes as one undoable command (File > Import Notes…). */
    void applyImport(const NoteImport::Result &result);

    /** Rebuilds cards, layout, highlights and the Notes tab now (normally deferred). */
    void refreshNow();
    /** The top of each card in document coordinates, in lane order (for tests). */
    QList<QRect> laneLayout() const;

private:
    void createActions(MainWindow *window);
    /** The note entries of the text's context menu (at document position @p pos), first. */
    void addTextMenuEntries(QMenu *menu, int pos);
    /** Add Note on This Claim, first in the Claims tab's context menu of @p claim. */
    void addClaimMenuEntries(QMenu *menu, int claim);
    void onStoreReset();
    void scheduleRefresh();
    void onTextLayoutChanged();
    void dropSpareCards();
    void relayout();
    void updatePanel();
    void fitDocumentToCards(int cardsBottom, int docHeight);
    /** Height of @p note's card without making one (cached). */
    int measuredHeight(const Annotation &note, int width);
    void reposition();
    void updateSelections();
    void updateLaneWidth();
    /** Shows, over the text's top right, that @p notes notes have no room beside it (0 hides). */
    void updateHiddenNotesBadge(int notes);
    void applyTheme(const ReadingTheme &theme);
    void showProblems(const QStringList &problems);
    NoteCard *ensureCard(const Annotation &note);
    QString passageOf(const Annotation &note) const;
    QList<QUuid> laneOrder() const;
    void showMessage(const QString &text, int ms = 4000);
    void pushEdit(const Annotation &after, const QString &what, int kind);

    QPointer<MainWindow> m_window;
    ArticleView *m_view = nullptr;
    AnnotationStore *m_store = nullptr;
    NotesPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QMenu *m_menu = nullptr;
    NoteConnectors *m_connectors = nullptr;
    MessageBar *m_bar = nullptr; // the window's
    QToolButton *m_hiddenBadge = nullptr;
    QAction *m_addNote = nullptr;
    QAction *m_addArticleNote = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_delete = nullptr;
    ReadingTheme m_theme;
    QHash<QUuid, NoteCard *> m_cards;
    /**
     * Hidden cards of notes scrolled away, given to the next notes scrolled to: making a card
     * (an editor, a menu, buttons) costs about a millisecond, too much for a scroll step.
     */
    QList<NoteCard *> m_spare;
    static constexpr int kSpareCards = 24;
    /** Lane order and each card's place in document coordinates. */
    QList<QUuid> m_order;
    QHash<QUuid, QRect> m_slots;
    /** The lowest bottom of the cards up to each in m_order (sorted, for a binary search). */
    QList<int> m_bottoms;
    QHash<QUuid, QRect> m_anchors;
    /**
     * Each passage's first line, measured once, relative to its paragraph's layout (by the
     * span and the paragraph's laid-out size it was measured for): measuring thousands of
     * passages on each change is what made adding a note slow. After the text's layout changed
     * (it lays out lazily as it is scrolled, which moves the paragraphs below) the paragraph's
     * place is read again from its layout, which is cheap. Dropped when the column, zoom or
     * theme changes, or another article is shown.
     */
    struct AnchorPlace
    {
        Span span;
        QSizeF blockSize;
        QRect inBlock;
        QRect rect; // in document coordinates, as of layout generation
        int generation = -1;
    };
    QHash<QUuid, AnchorPlace> m_anchorCache;
    /** Counts the text's layout changes: a place measured in this generation is used as is. */
    int m_layoutGeneration = 0;
    /** @p span's first line in document coordinates (@p scroll: the view's scroll now). */
    QRect anchorRect(const QUuid &id, const Span &span, int scroll);
    QSet<QUuid> m_collapsed;
    /** The part of the text whose notes are marked (document positions). */
    int m_marksFrom = 0;
    int m_marksTo = -1;
    struct Measured
    {
        QString text;
        bool collapsed = false;
        int width = 0;
        int height = 0;
    };
    QHash<QUuid, Measured> m_heights;
    NoteCard *m_measure = nullptr;
    QUuid m_current;
    /** The Notes tab needs a rebuild (notes added or removed while it was hidden). */
    bool m_panelStale = true;
    /** Notes edited since the last refresh (their rows are updated alone). */
    QSet<QUuid> m_changed;
    QTimer m_refresh;
    bool m_inRelayout = false;
};

} // namespace gloss
