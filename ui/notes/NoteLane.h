#pragma once

#include "ReadingTheme.h"
#include "annotations/Annotation.h"
#include "notes/LaneLayout.h"
#include "notes/NotePlaces.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QRect>
#include <QSet>
#include <QUuid>

class QToolButton;
class QWidget;
class tst_NoteLayer;

namespace gloss {

class AnnotationStore;
class ArticleView;
class CardPool;
class NoteCard;
class NoteConnectors;
class NotesModel;

/**
 * @brief What the notes draw on and beside the text: the cards in the margin lane, the lines
 * from the cards to their passages, the passages highlighted in the notes' colours, and the
 * badge that says where the notes are when the lane has no room.
 *
 * Lane layout (LaneLayout): notes on the whole article first, at the top of the text, then the
 * notes on passages in reading order (NotesModel's first two sections, the list the Notes tab
 * shows too; the orphans are only there); each card stands level with the
 * first line of its passage (NotePlaces), or just below the card before it; when they reach
 * past the end of the text, the text's bottom margin grows so they can be scrolled to. The
 * layout is computed in document coordinates (relayout(): on a change of the notes, the text
 * layout, zoom or size) and only moved when scrolling (reposition()). Cards are made only for
 * the notes near the visible part (CardPool). The lane is reserved when the view is wide
 * enough for the text column and the cards (updateWidth()).
 */
class NoteLane : public QObject
{
    Q_OBJECT

public:
    static constexpr int kLaneWidth = 290;
    static constexpr int kNarrowLaneWidth = 220;
    /** Space between stacked cards. */
    static constexpr int kGap = 8;

    /** The lane of @p view shows the notes of @p notes (a model of @p store). */
    NoteLane(ArticleView *view, AnnotationStore *store, const NotesModel *notes,
             QObject *parent = nullptr);
    ~NoteLane() override;

    CardPool *pool() const { return m_pool; }
    /** The cards made, in lane order (top to bottom). */
    QList<NoteCard *> cards() const;
    NoteCard *card(const QUuid &id) const;
    /** The notes in the lane, in lane order (none when the lane has no room). */
    QList<QUuid> ids() const { return m_order; }
    /** The top of @p id's card in document coordinates, or 0 when it is not in the lane. */
    int slotTop(const QUuid &id) const { return m_slots.value(id).top(); }
    QWidget *hiddenNotesBadge() const;
    bool isRelayingOut() const { return m_inRelayout; }

    /** Places every card again (the notes, the text's layout, zoom or size changed). */
    void relayout();
    /** Moves the cards and their lines to the view's scroll, making the cards come into view. */
    void reposition();
    /** Marks the noted passages in and near the visible part of the text. */
    void updateSelections();
    /** Reserves the lane beside the text column when there is room (a narrower one, or none). */
    void updateWidth();
    void applyTheme(const ReadingTheme &theme);
    /** The current note: its card and line stand out, its passage is drawn over the others. */
    void setCurrent(const QUuid &id);
    void setCollapsed(const QUuid &id, bool collapsed);
    /** Scrolls @p id's card into view (it is made then); nullptr when it is not in the lane. */
    NoteCard *reveal(const QUuid &id);
    /** @p id's card (if made) shows the store's new version of its note at once. */
    void showNewVersion(const QUuid &id);
    /** @p id is gone: its card, height and collapsed state are dropped. */
    void forget(const QUuid &id);
    /** Another text, or the notes read again: everything dropped. */
    void reset();
    /** The text was laid out again (it lays out lazily as it is scrolled). */
    void textLayoutChanged() { m_places.layoutChanged(); }
    /** The passages' places are measured again (another column, zoom, theme or article). */
    void clearPlaces() { m_places.clear(); }

Q_SIGNALS:
    /** A card needs another height: relayout() soon. */
    void relayoutNeeded();
    /** The badge was clicked: the Notes tab should be shown. */
    void badgeClicked();

private:
    friend class ::tst_NoteLayer;
    /** Each card's place in document coordinates, in lane order (for tests). */
    QList<QRect> slotRects() const;

    void connectCard(NoteCard *card);
    /** Shows, over the text's top right, that @p notes notes have no room beside it (0 hides). */
    void updateBadge(int notes);
    void fitDocumentToCards(int cardsEnd, int docHeight);
    /** The notes near the visible part, then the cards made for others (to release). */
    QList<QUuid> notesToLookAt(int scroll, int viewHeight) const;
    void showCard(NoteCard *card, const Annotation &note);

    ArticleView *m_view;
    AnnotationStore *m_store;
    const NotesModel *m_notes;
    CardPool *m_pool;
    NoteConnectors *m_connectors;
    QToolButton *m_badge = nullptr;
    ReadingTheme m_theme;
    NotePlaces m_places;
    QSet<QUuid> m_collapsed;
    QUuid m_current;
    /** Lane order and each card's place in document coordinates. */
    QList<QUuid> m_order;
    QHash<QUuid, QRect> m_slots;
    LaneLayout m_layout;
    QHash<QUuid, QRect> m_anchors;
    /** The part of the text whose notes are marked (document positions). */
    int m_marksFrom = 0;
    int m_marksTo = -1;
    bool m_inRelayout = false;
};

} // namespace gloss
