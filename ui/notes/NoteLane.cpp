#include "NoteLane.h"

#include "ArticleView.h"
#include "CardPool.h"
#include "NoteCard.h"
#include "NoteConnectors.h"
#include "NoteStyle.h"
#include "NotesModel.h"
#include "annotations/AnnotationStore.h"

#include <QApplication>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QToolButton>

#include <algorithm>
#include <functional>
#include <cmath>

namespace gloss {

namespace {

constexpr int kLaneInset = 8;         // between the text column's edge and the cards
constexpr qreal kMinColumnChars = 36; // the narrowest text column that keeps a lane beside it
constexpr int kConnectorY = 17;       // where the line meets the card, from its top
constexpr qreal kMarginStep = 120.0;  // growth of the text's bottom margin for the cards

} // namespace

NoteLane::NoteLane(ArticleView *view, AnnotationStore *store, const NotesModel *notes,
                   QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_store(store)
    , m_notes(notes)
    , m_pool(new CardPool(view, this))
    , m_connectors(new NoteConnectors(view))
    , m_places(view)
{
    setObjectName(QStringLiteral("noteLane"));
    m_connectors->hide();
    connect(m_pool, &CardPool::cardMade, this, &NoteLane::connectCard);
}

NoteLane::~NoteLane() = default;

void NoteLane::connectCard(NoteCard *card)
{
    connect(card, &NoteCard::collapseToggled, this, [this](const QUuid &id, bool collapsed) {
        if (collapsed)
            m_collapsed.insert(id);
        else
            m_collapsed.remove(id);
    });
    connect(card, &NoteCard::heightChanged, this, [this, card] {
        const auto slot = m_slots.constFind(card->id());
        if (!m_inRelayout &&
            (slot == m_slots.cend() || card->heightForWidth(slot->width()) != slot->height()))
            Q_EMIT relayoutNeeded();
    });
}

QList<NoteCard *> NoteLane::cards() const
{
    QList<NoteCard *> out;
    for (const QUuid &id : m_order) {
        if (NoteCard *c = m_pool->card(id))
            out.append(c);
    }
    return out;
}

NoteCard *NoteLane::card(const QUuid &id) const
{
    return m_pool->card(id);
}

QWidget *NoteLane::hiddenNotesBadge() const
{
    return m_badge;
}

QList<QRect> NoteLane::slotRects() const
{
    QList<QRect> out;
    for (const QUuid &id : m_order)
        out.append(m_slots.value(id));
    return out;
}

void NoteLane::showCard(NoteCard *card, const Annotation &note)
{
    card->setCollapsed(m_collapsed.contains(note.id));
    card->setNote(note, NotesModel::passageOf(note, m_store->document()));
    card->setActive(note.id == m_current);
}

void NoteLane::showNewVersion(const QUuid &id)
{
    const Annotation *a = m_store->annotation(id);
    if (NoteCard *c = m_pool->card(id); c && a && m_notes->isInLane(id))
        c->setNote(*a, NotesModel::passageOf(*a, m_store->document()));
}

void NoteLane::forget(const QUuid &id)
{
    if (NoteCard *c = m_pool->card(id); c && c->isAncestorOf(QApplication::focusWidget()))
        m_view->setFocus(Qt::OtherFocusReason);
    m_pool->drop(id);
    m_pool->forgetHeight(id);
    m_collapsed.remove(id);
    if (m_current == id)
        m_current = QUuid();
}

void NoteLane::reset()
{
    m_pool->clear();
    m_order.clear();
    m_slots.clear();
    m_layout = LaneLayout();
    m_anchors.clear();
    m_places.clear();
    m_collapsed.clear();
    m_current = QUuid();
}

void NoteLane::updateWidth()
{
    // the text column's natural width, as ArticleView measures it
    static const QString sample =
        QStringLiteral("The council voted on Tuesday to spend the money rebuilding the seafront, ");
    const QFontMetricsF fm(m_view->document()->defaultFont());
    const qreal charWidth = fm.horizontalAdvance(sample) / sample.size();
    const int margins = 2 * m_view->textColumnRect().left();
    const int column = int(std::ceil(charWidth * ArticleView::kMeasure)) + margins;
    const int avail = m_view->width() - m_view->verticalScrollBar()->sizeHint().width();
    // the lane beside a full column, else a narrower lane beside a column of at least 2/3 of
    // its measure or kMinColumnChars (zoomed in, the measure outgrows the window), else no
    // lane: a badge over the text says where the notes are (the Notes tab lists every one)
    const int shortest =
        std::min(column * 2 / 3, int(std::ceil(charWidth * kMinColumnChars)) + margins);
    const int lane = avail - column >= kLaneWidth           ? kLaneWidth
                     : avail - kNarrowLaneWidth >= shortest ? kNarrowLaneWidth
                                                            : 0;
    if (lane != m_view->marginLaneWidth())
        m_view->setMarginLaneWidth(lane);
}

void NoteLane::updateBadge(int notes)
{
    if (notes == 0) {
        if (m_badge)
            m_badge->hide();
        return;
    }
    if (!m_badge) {
        m_badge = new QToolButton(m_view);
        m_badge->setObjectName(QStringLiteral("hiddenNotesBadge"));
        m_badge->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_badge->setFocusPolicy(Qt::TabFocus);
        m_badge->setToolTip(QCoreApplication::translate(
            "gloss::NoteLayer", "No room for the note cards beside the text at this window "
                                "size and zoom: the notes are listed in the Notes tab."));
        connect(m_badge, &QToolButton::clicked, this, &NoteLane::badgeClicked);
    }
    m_badge->setText(QCoreApplication::translate("gloss::NoteLayer", "%n note(s) in the Notes tab",
                                                 nullptr, notes));
    m_badge->setAccessibleName(m_badge->text());
    m_badge->setAccessibleDescription(m_badge->toolTip());
    m_badge->adjustSize();
    const QRect vp = m_view->viewport()->geometry();
    m_badge->move(vp.right() - m_badge->width() - kLaneInset, vp.top() + kLaneInset);
    m_badge->show();
    m_badge->raise();
}

void NoteLane::relayout()
{
    if (m_inRelayout)
        return;
    m_inRelayout = true;
    const QRect lane = m_view->marginLaneRect();
    const bool show = m_store->isOpen() && lane.width() > 0;
    // on the article, then on passages in reading order (the orphans are in the Notes tab)
    const QList<QUuid> ids = show ? m_notes->laneIds() : QList<QUuid>();
    QList<const Annotation *> notes;
    notes.reserve(ids.size());
    m_order.clear();
    m_order.reserve(ids.size());
    for (const QUuid &id : ids) {
        if (const Annotation *a = m_store->annotation(id)) {
            notes.append(a);
            m_order.append(id);
        }
    }
    const QList<QUuid> made = m_pool->cards().keys();
    for (const QUuid &id : made) {
        if (!show || !m_notes->isInLane(id)) // gone, orphaned now, or no lane
            m_pool->drop(id);
    }
    updateBadge(m_store->isOpen() && !show ? int(m_notes->noteCount()) : 0);
    m_anchors.clear();
    m_anchors.reserve(m_order.size());
    const int scroll = m_view->verticalScrollBar()->value();
    const int width = lane.width() - 2 * kLaneInset + 4;
    const int textTop = m_view->spanRect(Span{0, 0}).top() + scroll;
    QList<LaneLayout::Card> wanted;
    wanted.reserve(notes.size());
    for (const Annotation *a : std::as_const(notes)) {
        int h = 0;
        if (NoteCard *c = m_pool->card(a->id)) {
            showCard(c, *a);
            h = c->heightForWidth(width);
            c->resize(width, h);
        } else {
            h = m_pool->measuredHeight(*a, m_collapsed.contains(a->id), width);
        }
        int top = textTop;
        if (a->isPlaced()) {
            const QRect r = m_places.place(a->id, a->span, scroll);
            m_anchors.insert(a->id, r);
            top = r.top() - 4;
        }
        wanted.append({top, h});
    }
    m_layout = LaneLayout(wanted, kGap);
    m_slots.clear();
    m_slots.reserve(m_order.size());
    for (qsizetype i = 0; i < m_order.size(); ++i)
        m_slots.insert(m_order.at(i), QRect(0, m_layout.top(i), width, m_layout.height(i)));
    m_inRelayout = false;
    // The text's height is known once the lazy layout is complete (asking for it sooner lays
    // out the whole text at once: seconds for a long article); its end comes with a relayout.
    if (m_view->isLayoutComplete())
        fitDocumentToCards(m_layout.end(), int(m_view->document()->size().height()));
    reposition();
}

void NoteLane::fitDocumentToCards(int cardsEnd, int docHeight)
{
    // Cards pushed below the end of the text must still be reachable by scrolling: the text's
    // bottom margin grows to hold them (in steps, so that typing does not relayout the text).
    QTextDocument *doc = m_view->document();
    QTextFrame *root = doc->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    const std::optional<qreal> margin = LaneLayout::bottomMargin(
        docHeight, format.bottomMargin(), doc->documentMargin(), cardsEnd, kGap, kMarginStep);
    if (!margin)
        return;
    format.setBottomMargin(*margin);
    root->setFrameFormat(format);
}

QList<QUuid> NoteLane::notesToLookAt(int scroll, int vh) const
{
    // the notes near the visible part, found by their place (thousands of notes: only these
    // are looked at), then the cards made before (scrolled away, or keeping the focus)
    if (m_layout.size() != m_order.size())
        return m_order;
    QList<QUuid> look;
    for (qsizetype i = m_layout.firstReaching(scroll - vh / 2);
         i < m_order.size() && m_layout.top(i) <= scroll + vh * 3 / 2; ++i)
        look.append(m_order.at(i));
    const auto &made = m_pool->cards();
    for (auto it = made.cbegin(); it != made.cend(); ++it) {
        const QRect slot = m_slots.value(it.key());
        if (!(slot.bottom() >= scroll - vh / 2 && slot.top() <= scroll + vh * 3 / 2))
            look.append(it.key());
    }
    return look;
}

void NoteLane::reposition()
{
    {
        const Span shown = m_view->blockSpanBetween(0, m_view->viewport()->height());
        if (shown.start < m_marksFrom || shown.end > m_marksTo)
            updateSelections(); // scrolled past the marked passages
    }
    const QRect lane = m_view->marginLaneRect();
    const QRect vp = m_view->viewport()->geometry();
    const int scroll = m_view->verticalScrollBar()->value();
    const int x = lane.left() + kLaneInset - 2;
    QWidget *focus = QApplication::focusWidget();
    QList<NoteConnectors::Line> lines;
    const int gutterX = vp.left() + m_view->textColumnRect().right() + 3;
    // cards exist for the notes within half a view of the visible part (thousands of notes
    // must not make thousands of widgets); a card with the focus stays
    const int vh = vp.height();
    const QList<QUuid> look = notesToLookAt(scroll, vh);
    for (const QUuid &id : look) {
        const QRect slot = m_slots.value(id);
        const bool near = slot.bottom() >= scroll - vh / 2 && slot.top() <= scroll + vh * 3 / 2;
        NoteCard *c = m_pool->card(id);
        if (!near && c && !c->isAncestorOf(focus)) {
            m_pool->release(id);
            c = nullptr;
        } else if (near && !c) {
            const Annotation *a = m_store->annotation(id);
            if (!a)
                continue;
            c = m_pool->obtain(*a);
            showCard(c, *a);
            c->resize(slot.size());
        }
        if (!c)
            continue;
        const int y = vp.top() + slot.top() - scroll;
        c->move(x, y);
        const bool visible = y + slot.height() > vp.top() && y < vp.bottom();
        c->setVisible(visible || c->isAncestorOf(focus));
        if (!visible || !m_anchors.contains(id))
            continue;
        const QRect anchor = m_anchors.value(id).translated(0, vp.top() - scroll);
        const Annotation *a = m_store->annotation(id);
        if (!a || anchor.bottom() < vp.top() || anchor.top() > vp.bottom())
            continue;
        const qreal ay = anchor.center().y();
        lines.append({QPointF(gutterX, ay), QPointF(x + 1, y + kConnectorY),
                      noteStyle::accent(a->color, m_theme), id == m_current});
    }
    const QRect area(vp.left(), vp.top(), lane.right() - vp.left() + 1, vp.height());
    m_connectors->setGeometry(area);
    for (NoteConnectors::Line &l : lines) {
        l.from -= area.topLeft();
        l.to -= area.topLeft();
    }
    m_connectors->setLines(lines);
    m_connectors->setVisible(!lines.isEmpty());
}

void NoteLane::updateSelections()
{
    QList<QTextEdit::ExtraSelection> list;
    // only the passages in and near the visible part: the text edit measures every selection
    // it is given, and thousands of notes must not slow down each change
    const int vh = m_view->viewport()->height();
    // whole paragraphs around the view, found without going through every block
    const Span band = m_view->blockSpanBetween(-vh, 2 * vh);
    m_marksFrom = int(band.start);
    m_marksTo = int(band.end);
    if (m_store->isOpen() && m_theme.isValid()) {
        QTextDocument *doc = m_view->document();
        const int last = doc->characterCount() - 1;
        QList<const Annotation *> placed;
        // the notes on passages by where they start: none after the band marks it
        for (const QUuid &id : m_notes->ids(NotesModel::PlacedSection)) {
            const Annotation *a = m_store->annotation(id);
            if (!a)
                continue;
            if (a->span.start > m_marksTo)
                break;
            if (a->span.end >= m_marksFrom)
                placed.append(a);
        }
        // drawn in the order they were added (a newer note over an older one on the same
        // words; the store's list, which annotation() points into), the current note last, so
        // that it is drawn over its neighbours
        std::sort(placed.begin(), placed.end(), std::less<const Annotation *>());
        std::stable_partition(placed.begin(), placed.end(),
                              [this](const Annotation *a) { return a->id != m_current; });
        for (const Annotation *a : std::as_const(placed)) {
            QTextEdit::ExtraSelection sel;
            sel.cursor = QTextCursor(doc);
            sel.cursor.setPosition(int(std::clamp<qsizetype>(a->span.start, 0, last)));
            sel.cursor.setPosition(int(std::clamp<qsizetype>(a->span.end, 0, last)),
                                   QTextCursor::KeepAnchor);
            sel.format.setBackground(noteStyle::highlight(a->color, m_theme, a->id == m_current));
            list.append(sel);
        }
    }
    m_view->setSelectionLayer(QStringLiteral("notes"), list);
}

void NoteLane::applyTheme(const ReadingTheme &theme)
{
    m_theme = theme;
    m_pool->setReadingTheme(theme);
    m_places.clear(); // (a theme may change the text's font)
    updateSelections();
    reposition();
}

void NoteLane::setCurrent(const QUuid &id)
{
    if (id == m_current)
        return;
    m_current = id;
    const auto &made = m_pool->cards();
    for (auto it = made.cbegin(); it != made.cend(); ++it)
        it.value()->setActive(it.key() == id);
    updateSelections();
    reposition();
}

void NoteLane::setCollapsed(const QUuid &id, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(id);
    else
        m_collapsed.remove(id);
    if (NoteCard *c = m_pool->card(id))
        c->setCollapsed(collapsed);
}

NoteCard *NoteLane::reveal(const QUuid &id)
{
    const auto slot = m_slots.constFind(id);
    if (slot == m_slots.cend())
        return nullptr;
    QScrollBar *bar = m_view->verticalScrollBar();
    const int vh = m_view->viewport()->height();
    if (slot->top() < bar->value() ||
        slot->top() + std::min(slot->height(), vh / 2) > bar->value() + vh)
        bar->setValue(slot->top() - vh / 4);
    reposition();
    NoteCard *c = m_pool->card(id);
    if (c)
        c->show();
    return c;
}

} // namespace gloss
