#include "NoteLayer.h"

#include "ArticleView.h"
#include "ClaimsPanel.h"
#include "CopyCitation.h"
#include "Icons.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "NoteCard.h"
#include "NoteCommand.h"
#include "NoteStyle.h"
#include "NotesPanel.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteExportActions.h"
#include "export/NoteImport.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace gloss {

namespace {

constexpr int kLaneInset = 8;        // between the text column's edge and the cards
const QString kProblemTopic = QStringLiteral("notes"); // in the window's message bar
constexpr qreal kMinColumnChars = 36; // the narrowest text column that keeps a lane beside it
constexpr int kConnectorY = 17;      // where the line meets the card, from its top
constexpr int kRefreshDelay = 0;     // coalesces the store's signals (an import adds many)
constexpr qreal kMarginStep = 120.0; // growth of the text's bottom margin for the cards

QString shortened(QString s, int max)
{
    s = s.simplified();
    return s.size() > max ? s.left(max - 1).trimmed() + u'…' : s;
}

} // namespace

/**
 * Lines from each visible card to the first line of its passage, over the gutter between the
 * text column and the lane. Transparent for the mouse.
 */
class NoteConnectors : public QWidget
{
public:
    struct Line
    {
        QPointF from; ///< at the passage (this widget's coordinates)
        QPointF to;   ///< at the card
        QColor color;
        bool active = false;
    };

    explicit NoteConnectors(QWidget *parent)
        : QWidget(parent)
    {
        setObjectName(QStringLiteral("noteConnectors"));
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
    }

    void setLines(QList<Line> lines)
    {
        m_lines = std::move(lines);
        update();
    }
    const QList<Line> &lines() const { return m_lines; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        // the current note's line last, on top
        for (int pass = 0; pass < 2; ++pass) {
            for (const Line &l : std::as_const(m_lines)) {
                if (l.active != (pass == 1))
                    continue;
                QColor c = l.color;
                c.setAlphaF(l.active ? 1.0f : 0.55f);
                p.setPen(QPen(c, l.active ? 1.6 : 1.0, Qt::SolidLine, Qt::RoundCap));
                p.setBrush(Qt::NoBrush);
                QPainterPath path(l.from);
                const qreal dx = std::max<qreal>(12.0, (l.to.x() - l.from.x()) * 0.5);
                path.cubicTo(l.from + QPointF(dx, 0), l.to - QPointF(dx, 0), l.to);
                p.drawPath(path);
                p.setPen(Qt::NoPen);
                p.setBrush(c);
                p.drawEllipse(l.from, l.active ? 2.6 : 2.0, l.active ? 2.6 : 2.0);
            }
        }
    }

private:
    QList<Line> m_lines;
};

NoteLayer::NoteLayer(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_view(window->articleView())
    , m_store(window->notesStore())
    , m_panel(new NotesPanel(window))
{
    setObjectName(QStringLiteral("noteLayer"));
    m_connectors = new NoteConnectors(m_view);
    m_connectors->hide();

    m_dock = window->addSidePanel(m_panel, tr("Notes"), QStringLiteral("notesDock"));
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_panelStale)
            updatePanel();
    });

    createActions(window);

    // problems with the notes file: in the window's message bar, above the text
    m_bar = window->messageBar();

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(kRefreshDelay);
    connect(&m_refresh, &QTimer::timeout, this, &NoteLayer::refreshNow);

    connect(m_store, &AnnotationStore::annotationsReset, this, &NoteLayer::onStoreReset);
    connect(m_store, &AnnotationStore::annotationAdded, this, [this](const QUuid &id) {
        m_changed.insert(id); // listed in its place at the next refresh
        scheduleRefresh();
    });
    connect(m_store, &AnnotationStore::annotationChanged, this, [this](const QUuid &id) {
        m_changed.insert(id);
        // the card shows the new version at once (Undo while it has the focus); layout later
        const Annotation *a = m_store->annotation(id);
        if (NoteCard *c = m_cards.value(id); c && a && (a->isPlaced() || a->isArticleNote()))
            c->setNote(*a, passageOf(*a));
        scheduleRefresh();
    });
    connect(m_store, &AnnotationStore::annotationRemoved, this, [this](const QUuid &id) {
        m_changed.insert(id);
        if (NoteCard *c = m_cards.take(id)) {
            if (c->isAncestorOf(QApplication::focusWidget()))
                m_view->setFocus(Qt::OtherFocusReason);
            c->deleteLater();
            c->hide();
        }
        m_collapsed.remove(id);
        m_heights.remove(id);
        if (m_current == id)
            m_current = QUuid();
        scheduleRefresh();
    });
    connect(m_store, &AnnotationStore::problemFound, this,
            [this](const QString &message) { showProblems({message}); });

    connect(m_view, &ArticleView::columnGeometryChanged, this, [this] {
        m_anchorCache.clear();
        updateLaneWidth();
        scheduleRefresh();
    });
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &NoteLayer::reposition);
    connect(window, &MainWindow::themeChanged, this, &NoteLayer::applyTheme);
    connect(window, &MainWindow::articleShown, this, [this] {
        // the text layout changes with zoom and size: follow it
        m_anchorCache.clear();
        connect(m_view->document()->documentLayout(),
                &QAbstractTextDocumentLayout::documentSizeChanged, this,
                &NoteLayer::onTextLayoutChanged, Qt::UniqueConnection);
    });

    connect(m_view, &ArticleView::contextMenuAboutToShow, this, &NoteLayer::addTextMenuEntries);
    connect(window->claimsPanel(), &ClaimsPanel::claimMenuAboutToShow, this,
            &NoteLayer::addClaimMenuEntries);

    connect(m_panel, &NotesPanel::noteActivated, this,
            [this](const QUuid &id) { goToNote(id, false); });
    connect(m_panel, &NotesPanel::deleteRequested, this, &NoteLayer::deleteNotes);

    applyTheme(window->readingTheme());
    updateLaneWidth();
}

NoteLayer::~NoteLayer() = default;

void NoteLayer::applyImport(const NoteImport::Result &r)
{
    QList<NoteCommand::Change> changes;
    for (const Annotation &a : r.added)
        changes.append({a.id, std::nullopt, a});
    for (const Annotation &a : r.updated) {
        const Annotation *before = m_store->annotation(a.id);
        changes.append({a.id, before ? std::optional<Annotation>(*before) : std::nullopt, a});
    }
    if (!changes.isEmpty()) {
        m_window->undoStack()->push(new NoteCommand(
            m_store, tr("Import %n Note(s)", nullptr, int(changes.size())), changes));
    }
}

void NoteLayer::createActions(MainWindow *window)
{
    const auto make = [this, window](const QString &name, const QString &text,
                                     const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setStatusTip(tip);
        window->addAction(a); // shortcuts work in focus mode too
        return a;
    };
    m_addNote = make(QStringLiteral("actionAddNote"), tr("&Add Note"),
                     QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M),
                     tr("Pin a note to the selected words (or the quote at the cursor)"));
    connect(m_addNote, &QAction::triggered, this, [this] {
        if (!addNoteAtSelection())
            showMessage(tr("Select some words (or put the cursor in a quote) to add a note; "
                           "Notes > Add Note on the Article for a note on the whole article."));
    });
    m_addArticleNote = make(QStringLiteral("actionAddArticleNote"), tr("Add Note on the A&rticle"),
                            QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_M),
                            tr("A note on the article as a whole, at the top of the margin"));
    connect(m_addArticleNote, &QAction::triggered, this, [this] { addArticleNote(); });
    m_next = make(QStringLiteral("actionNextNote"), tr("&Next Note"),
                  QKeySequence(Qt::ALT | Qt::Key_Down), tr("Go to the next note in the text"));
    connect(m_next, &QAction::triggered, this, &NoteLayer::nextNote);
    m_previous =
        make(QStringLiteral("actionPreviousNote"), tr("&Previous Note"),
             QKeySequence(Qt::ALT | Qt::Key_Up), tr("Go to the previous note in the text"));
    connect(m_previous, &QAction::triggered, this, &NoteLayer::previousNote);
    m_delete = make(QStringLiteral("actionDeleteNote"), tr("&Delete Note"),
                    QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X),
                    tr("Delete the current note (or the notes selected in the Notes tab)"));
    connect(m_delete, &QAction::triggered, this, [this] {
        QList<QUuid> ids;
        if (m_panel->isAncestorOf(QApplication::focusWidget()))
            ids = m_panel->selectedIds();
        if (ids.isEmpty() && !m_current.isNull())
            ids = {m_current};
        if (ids.isEmpty())
            showMessage(tr("No note to delete: click a note first."));
        deleteNotes(ids);
    });

    m_menu = window->addMenu(tr("&Notes"));
    m_menu->setObjectName(QStringLiteral("notesMenu"));
    m_menu->addAction(m_addNote);
    m_menu->addAction(m_addArticleNote);
    m_menu->addSeparator();
    m_menu->addAction(m_next);
    m_menu->addAction(m_previous);
    m_menu->addSeparator();
    m_menu->addAction(m_delete);
    m_menu->addSeparator();
    NoteExportActions *exports = window->noteExportActions();
    m_menu->addAction(exports->copyMarkdownAction());
    m_menu->addAction(exports->exportAction());
    m_menu->addAction(exports->importAction());
    m_menu->addSeparator();
    QAction *showTab = m_menu->addAction(tr("Show the Notes &Tab"));
    showTab->setObjectName(QStringLiteral("actionShowNotesTab"));
    connect(showTab, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_panel->filterEdit()->setFocus(Qt::ShortcutFocusReason);
    });
}

QList<NoteCard *> NoteLayer::cards() const
{
    QList<NoteCard *> out;
    for (const QUuid &id : m_order) {
        if (NoteCard *c = m_cards.value(id))
            out.append(c);
    }
    return out;
}

NoteCard *NoteLayer::card(const QUuid &id) const
{
    return m_cards.value(id);
}

QWidget *NoteLayer::problemBar() const
{
    return m_bar;
}

QWidget *NoteLayer::hiddenNotesBadge() const
{
    return m_hiddenBadge;
}

QString NoteLayer::problemText() const
{
    return m_bar->message(kProblemTopic);
}

QString NoteLayer::passageOf(const Annotation &note) const
{
    if (note.isArticleNote())
        return QString();
    const QString &text = m_store->document().text();
    if (note.isPlaced() && note.span.end <= text.size())
        return text.mid(note.span.start, note.span.length());
    return note.quote.exact;
}

void NoteLayer::showMessage(const QString &text, int ms)
{
    if (m_window)
        m_window->statusBar()->showMessage(text, ms);
}

void NoteLayer::onStoreReset()
{
    m_window->undoStack()->clear(); // commands belong to the text they were made on
    for (NoteCard *c : std::as_const(m_cards))
        c->deleteLater();
    m_cards.clear();
    dropSpareCards();
    m_order.clear();
    m_slots.clear();
    m_bottoms.clear();
    m_anchors.clear();
    m_anchorCache.clear();
    m_collapsed.clear();
    m_heights.clear();
    m_current = QUuid();
    m_panel->setFilterText(QString());
    m_panelStale = true;
    showProblems(m_store->problems());
    refreshNow();
}

void NoteLayer::showProblems(const QStringList &problems)
{
    if (problems.isEmpty()) {
        m_bar->setMessage(kProblemTopic, {});
        return;
    }
    const QString before = m_bar->message(kProblemTopic);
    QString text = before.isEmpty() ? QString() : before + u'\n';
    text += problems.join(u'\n');
    const int readable = int(m_store->annotations().size());
    if (before.isEmpty() && m_store->isOpen())
        text += u'\n' + tr("%n note(s) could be read and are shown.", nullptr, readable);
    m_bar->setMessage(kProblemTopic, text);
}

void NoteLayer::onTextLayoutChanged()
{
    ++m_layoutGeneration; // the passages may have moved: anchorRect() reads their places
    scheduleRefresh();
}

void NoteLayer::scheduleRefresh()
{
    if (!m_inRelayout)
        m_refresh.start();
}

QList<QUuid> NoteLayer::laneOrder() const
{
    QList<const Annotation *> notes;
    for (const Annotation &a : m_store->annotations()) {
        if (a.isArticleNote() || a.isPlaced())
            notes.append(&a);
    }
    std::stable_sort(notes.begin(), notes.end(), [](const Annotation *a, const Annotation *b) {
        if (a->isArticleNote() != b->isArticleNote())
            return a->isArticleNote();
        if (!a->isArticleNote() && a->span.start != b->span.start)
            return a->span.start < b->span.start;
        return a->created < b->created;
    });
    QList<QUuid> out;
    out.reserve(notes.size());
    for (const Annotation *a : std::as_const(notes))
        out.append(a->id);
    return out;
}

NoteCard *NoteLayer::ensureCard(const Annotation &note)
{
    NoteCard *c = m_cards.value(note.id);
    if (c)
        return c;
    if (!m_spare.isEmpty()) { // a card scrolled away, connected already
        c = m_spare.takeLast();
        m_cards.insert(note.id, c);
        return c;
    }
    c = new NoteCard(m_view);
    c->setReadingTheme(m_theme);
    m_cards.insert(note.id, c);
    connect(c, &NoteCard::textEdited, this, &NoteLayer::setNoteText);
    connect(c, &NoteCard::colorChosen, this, &NoteLayer::setNoteColor);
    connect(c, &NoteCard::tagsEdited, this, &NoteLayer::setNoteTags);
    connect(c, &NoteCard::deleteRequested, this, [this](const QUuid &id) { deleteNotes({id}); });
    connect(c, &NoteCard::collapseToggled, this, [this](const QUuid &id, bool collapsed) {
        if (collapsed)
            m_collapsed.insert(id);
        else
            m_collapsed.remove(id);
    });
    connect(c, &NoteCard::activated, this, [this](const QUuid &id) {
        setCurrentNote(id);
        m_panel->selectNote(id);
    });
    connect(c, &NoteCard::editingLeft, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    connect(c, &NoteCard::heightChanged, this, [this, c] {
        const auto slot = m_slots.constFind(c->id());
        if (slot == m_slots.cend() || c->heightForWidth(slot->width()) != slot->height())
            scheduleRefresh();
    });
    return c;
}

void NoteLayer::refreshNow()
{
    m_refresh.stop();
    if (!m_window)
        return;
    updatePanel();
    relayout();
    updateSelections();
}

void NoteLayer::updatePanel()
{
    // The Notes tab is rebuilt when notes come or go, and only while it can be seen (else when
    // it is shown); an edit of a note (text, colour, tags) updates its row alone.
    // many changes at once (an import): one rebuild
    if (m_changed.size() > 32)
        m_panelStale = true;
    if (!m_panelStale && !m_changed.isEmpty()) {
        for (const QUuid &id : std::as_const(m_changed)) {
            const Annotation *a = m_store->annotation(id);
            bool done = true;
            if (!a) {
                m_panel->removeNote(id); // (or never listed: added and removed meanwhile)
            } else if (!m_panel->updateNote(*a, m_store->document())) {
                m_panel->removeNote(id); // it moves, or is new
                done = m_panel->addNote(*a, m_store->document());
            }
            if (!done) {
                m_panelStale = true;
                break;
            }
        }
    }
    m_changed.clear();
    if (m_panelStale && m_panel->isVisible()) {
        m_panel->setNotes(m_store->isOpen() ? m_store->annotations() : QList<Annotation>(),
                          m_store->document());
        m_panelStale = false;
    }
}

void NoteLayer::updateLaneWidth()
{
    // the text column's natural width, as ArticleView measures it
    static const QString sample =
        QStringLiteral("The council voted on Tuesday to spend the money rebuilding the seafront, ");
    const QFontMetricsF fm(m_view->document()->defaultFont());
    const int column =
        int(std::ceil(fm.horizontalAdvance(sample) / sample.size() * ArticleView::kMeasure)) +
        2 * m_view->textColumnRect().left();
    const int avail = m_view->width() - m_view->verticalScrollBar()->sizeHint().width();
    // the lane beside a full column, else a narrower lane beside a column of at least 2/3 of
    // its measure or kMinColumnChars (zoomed in, the measure outgrows the window), else no
    // lane: a badge over the text says where the notes are (the Notes tab lists every one)
    const int shortest =
        std::min(column * 2 / 3, int(std::ceil(fm.horizontalAdvance(sample) / sample.size()
                                               * kMinColumnChars))
                                     + 2 * m_view->textColumnRect().left());
    const int lane = avail - column >= kLaneWidth               ? kLaneWidth
                     : avail - kNarrowLaneWidth >= shortest ? kNarrowLaneWidth
                                                            : 0;
    if (lane != m_view->marginLaneWidth())
        m_view->setMarginLaneWidth(lane);
}

void NoteLayer::updateHiddenNotesBadge(int notes)
{
    if (notes == 0) {
        if (m_hiddenBadge)
            m_hiddenBadge->hide();
        return;
    }
    if (!m_hiddenBadge) {
        m_hiddenBadge = new QToolButton(m_view);
        m_hiddenBadge->setObjectName(QStringLiteral("hiddenNotesBadge"));
        m_hiddenBadge->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_hiddenBadge->setFocusPolicy(Qt::TabFocus);
        m_hiddenBadge->setToolTip(tr("No room for the note cards beside the text at this window "
                                     "size and zoom: the notes are listed in the Notes tab."));
        connect(m_hiddenBadge, &QToolButton::clicked, this, [this] {
            m_dock->show();
            m_dock->raise();
            m_panel->setFocus(Qt::OtherFocusReason);
        });
    }
    m_hiddenBadge->setText(tr("%n note(s) in the Notes tab", nullptr, notes));
    m_hiddenBadge->setAccessibleName(m_hiddenBadge->text());
    m_hiddenBadge->setAccessibleDescription(m_hiddenBadge->toolTip());
    m_hiddenBadge->adjustSize();
    const QRect vp = m_view->viewport()->geometry();
    m_hiddenBadge->move(vp.right() - m_hiddenBadge->width() - kLaneInset, vp.top() + kLaneInset);
    m_hiddenBadge->show();
    m_hiddenBadge->raise();
}

void NoteLayer::relayout()
{
    if (m_inRelayout)
        return;
    m_inRelayout = true;
    const QRect lane = m_view->marginLaneRect();
    const bool show = m_store->isOpen() && lane.width() > 0;
    m_order = show ? laneOrder() : QList<QUuid>();
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        const Annotation *a = show ? m_store->annotation(it.key()) : nullptr;
        if (!a || !(a->isArticleNote() || a->isPlaced())) { // orphaned now, or no lane
            it.value()->hide();
            it.value()->deleteLater();
            it = m_cards.erase(it);
        } else {
            ++it;
        }
    }
    updateHiddenNotesBadge(m_store->isOpen() && !show ? int(m_store->annotations().size()) : 0);
    m_slots.clear();
    m_slots.reserve(m_order.size());
    m_anchors.clear();
    m_anchors.reserve(m_order.size());
    const int scroll = m_view->verticalScrollBar()->value();
    const int width = lane.width() - 2 * kLaneInset + 4;
    const QRect first = m_view->spanRect(Span{0, 0});
    QList<int> tops, heights;
    int bottom = 0;
    for (const QUuid &id : std::as_const(m_order)) {
        const Annotation *a = m_store->annotation(id);
        int h = 0;
        if (NoteCard *c = m_cards.value(id)) {
            c->setCollapsed(m_collapsed.contains(id));
            c->setNote(*a, passageOf(*a));
            c->setActive(id == m_current);
            h = c->heightForWidth(width);
            c->resize(width, h);
        } else {
            h = measuredHeight(*a, width);
        }
        int desired = first.top() + scroll;
        if (a->isPlaced()) {
            const QRect r = anchorRect(id, a->span, scroll);
            m_anchors.insert(id, r);
            desired = r.top() - 4;
        }
        const int top = tops.isEmpty() ? desired : std::max(desired, bottom + kGap);
        tops.append(top);
        heights.append(h);
        bottom = top + h;
    }
    m_bottoms.clear();
    m_bottoms.reserve(m_order.size());
    for (qsizetype i = 0; i < m_order.size(); ++i) {
        m_slots.insert(m_order.at(i), QRect(0, tops[i], width, heights[i]));
        // cards keep their order and never overlap: their bottoms only grow
        m_bottoms.append(m_bottoms.isEmpty()
                             ? tops[i] + heights[i] - 1
                             : std::max(m_bottoms.last(), tops[i] + heights[i] - 1));
    }
    m_inRelayout = false;
    // The text's height is known once the lazy layout is complete (asking for it sooner lays
    // out the whole text at once: seconds for a long article); its end comes with a relayout.
    if (m_view->isLayoutComplete())
        fitDocumentToCards(tops.isEmpty() ? 0 : bottom, int(m_view->document()->size().height()));
    reposition();
}

QRect NoteLayer::anchorRect(const QUuid &id, const Span &span, int scroll)
{
    const auto known = m_anchorCache.find(id);
    if (known != m_anchorCache.end() && known->span == span &&
        known->generation == m_layoutGeneration)
        return known->rect;
    const QTextBlock block = m_view->document()->findBlock(int(span.start));
    const QTextLayout *layout = block.layout();
    if (layout && layout->lineCount() > 0 && known != m_anchorCache.end() && known->span == span &&
        known->blockSize == layout->boundingRect().size()) {
        known->rect = known->inBlock.translated(layout->position().toPoint());
        known->generation = m_layoutGeneration;
        return known->rect;
    }
    // a paragraph the lazy layout has not reached: estimated (laying it out would lay out
    // all the text before it), and looked at again when the layout gets there
    const QRect r = m_view->estimatedSpanRect(span).translated(0, scroll);
    if (layout && layout->lineCount() > 0)
        m_anchorCache.insert(id,
                             {span, layout->boundingRect().size(),
                              r.translated(-layout->position().toPoint()), r, m_layoutGeneration});
    return r;
}

void NoteLayer::setNoteCollapsed(const QUuid &id, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(id);
    else
        m_collapsed.remove(id);
    if (NoteCard *c = card(id))
        c->setCollapsed(collapsed);
    scheduleRefresh();
}

int NoteLayer::measuredHeight(const Annotation &note, int width)
{
    const bool collapsed = m_collapsed.contains(note.id);
    auto it = m_heights.find(note.id);
    if (it != m_heights.end() && it->width == width && it->collapsed == collapsed &&
        it->text == note.text)
        return it->height;
    if (!m_measure) {
        m_measure = new NoteCard(m_view);
        m_measure->setObjectName(QStringLiteral("noteMeasure"));
        m_measure->hide();
    }
    m_measure->setCollapsed(collapsed);
    m_measure->setNote(note, QString());
    const int h = m_measure->heightForWidth(width);
    m_heights.insert(note.id, {note.text, collapsed, width, h});
    return h;
}

NoteCard *NoteLayer::revealCard(const QUuid &id)
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
    NoteCard *c = card(id);
    if (c)
        c->show();
    return c;
}

void NoteLayer::fitDocumentToCards(int cardsBottom, int docHeight)
{
    // Cards pushed below the end of the text must still be reachable by scrolling: the text's
    // bottom margin grows to hold them (in steps, so that typing does not relayout the text).
    QTextDocument *doc = m_view->document();
    QTextFrame *root = doc->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    const qreal base = doc->documentMargin();
    const qreal natural = docHeight - (format.bottomMargin() - base);
    const qreal need = cardsBottom + kGap - natural;
    // A new margin relays out the whole text (a long article: a tenth of a second), so it
    // grows in steps of a twentieth of the text (at least kMarginStep) and shrinks only when
    // three steps are unused: adding or editing a note seldom changes it.
    const qreal step = std::max(kMarginStep, std::ceil(natural / 20.0));
    const qreal extra = format.bottomMargin() - base;
    if (need <= 0 ? extra < 1.0 : extra >= need && extra - need < 3 * step)
        return;
    const qreal margin = need > 0 ? base + std::ceil(need / step) * step : base;
    if (std::abs(format.bottomMargin() - margin) < 1.0)
        return;
    format.setBottomMargin(margin);
    root->setFrameFormat(format);
}

void NoteLayer::reposition()
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
    const auto isNear = [&](const QRect &slot) {
        return slot.bottom() >= scroll - vh / 2 && slot.top() <= scroll + vh * 3 / 2;
    };
    // the notes near the visible part, found by their place (thousands of notes: only these
    // are looked at), then the cards made before (scrolled away, or keeping the focus)
    QList<QUuid> look;
    if (m_bottoms.size() == m_order.size()) {
        qsizetype i = std::lower_bound(m_bottoms.cbegin(), m_bottoms.cend(), scroll - vh / 2) -
                      m_bottoms.cbegin();
        for (; i < m_order.size() && m_slots.value(m_order.at(i)).top() <= scroll + vh * 3 / 2; ++i)
            look.append(m_order.at(i));
        for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
            if (!isNear(m_slots.value(it.key())))
                look.append(it.key());
        }
    } else {
        look = m_order;
    }
    for (const QUuid &id : std::as_const(look)) {
        const QRect slot = m_slots.value(id);
        const bool near = isNear(slot);
        NoteCard *c = m_cards.value(id);
        if (!near && c && !c->isAncestorOf(focus)) {
            c->commitText();
            c->hide();
            m_cards.remove(id);
            if (m_spare.size() < kSpareCards)
                m_spare.append(c); // made again for the next note scrolled to
            else
                c->deleteLater();
            c = nullptr;
        } else if (near && !c) {
            const Annotation *a = m_store->annotation(id);
            if (!a)
                continue;
            c = ensureCard(*a);
            c->setCollapsed(m_collapsed.contains(id));
            c->setNote(*a, passageOf(*a));
            c->setActive(id == m_current);
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

QList<QRect> NoteLayer::laneLayout() const
{
    QList<QRect> out;
    for (const QUuid &id : m_order)
        out.append(m_slots.value(id));
    return out;
}

void NoteLayer::updateSelections()
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
        for (const Annotation &a : m_store->annotations()) {
            if (a.isPlaced() && a.span.end >= m_marksFrom && a.span.start <= m_marksTo)
                placed.append(&a);
        }
        // the current note last, so that it is drawn over its neighbours
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

void NoteLayer::dropSpareCards()
{
    for (NoteCard *c : std::as_const(m_spare))
        c->deleteLater();
    m_spare.clear();
}

void NoteLayer::applyTheme(const ReadingTheme &theme)
{
    m_theme = theme;
    dropSpareCards();      // (made again in the new colours when needed)
    m_anchorCache.clear(); // (a theme may change the text's font)
    for (NoteCard *c : std::as_const(m_cards))
        c->setReadingTheme(theme);
    m_panel->setReadingTheme(theme);
    updateSelections();
    reposition();
}

void NoteLayer::setCurrentNote(const QUuid &id)
{
    if (id == m_current)
        return;
    m_current = id;
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it)
        it.value()->setActive(it.key() == id);
    updateSelections();
    reposition();
}

QUuid NoteLayer::addNote(const Span &span, const QString &text)
{
    if (!m_store->isOpen() || span.isEmpty() || span.end > m_store->document().text().size())
        return QUuid();
    const Annotation note = Annotation::onSpan(m_store->document(), span, text);
    m_window->undoStack()->push(NoteCommand::add(m_store, note));
    refreshNow();
    setCurrentNote(note.id);
    m_panel->selectNote(note.id);
    if (NoteCard *c = revealCard(note.id))
        c->startEditing();
    else
        showMessage(tr("Note added (widen the window to see the notes beside the text)."));
    return note.id;
}

QUuid NoteLayer::addArticleNote(const QString &text)
{
    if (!m_store->isOpen())
        return QUuid();
    const Annotation note = Annotation::onArticle(text);
    m_window->undoStack()->push(NoteCommand::add(m_store, note));
    refreshNow();
    setCurrentNote(note.id);
    m_panel->selectNote(note.id);
    m_view->verticalScrollBar()->setValue(0); // article notes sit at the top
    if (NoteCard *c = revealCard(note.id))
        c->startEditing();
    return note.id;
}

bool NoteLayer::addNoteAtSelection()
{
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

void NoteLayer::pushEdit(const Annotation &after, const QString &what, int kind)
{
    if (NoteCommand *cmd = NoteCommand::edit(m_store, after, what, NoteCommand::Kind(kind)))
        m_window->undoStack()->push(cmd);
}

void NoteLayer::setNoteText(const QUuid &id, const QString &text)
{
    const Annotation *a = m_store->annotation(id);
    if (!a || a->text == text)
        return;
    Annotation after = *a;
    after.text = text;
    pushEdit(after, tr("Edit Note"), NoteCommand::EditText);
}

void NoteLayer::setNoteColor(const QUuid &id, const QString &color)
{
    const Annotation *a = m_store->annotation(id);
    const QString c = Annotation::normalizedColor(color);
    if (!a || c.isEmpty() || a->color == c)
        return;
    Annotation after = *a;
    after.color = c;
    pushEdit(after, tr("Note Colour: %1").arg(noteStyle::displayName(c)), NoteCommand::Other);
}

void NoteLayer::setNoteTags(const QUuid &id, const QStringList &tags)
{
    const Annotation *a = m_store->annotation(id);
    const QStringList t = Annotation::normalizedTags(tags);
    if (!a || a->tags == t)
        return;
    Annotation after = *a;
    after.tags = t;
    pushEdit(after, tr("Note Tags"), NoteCommand::Other);
}

void NoteLayer::deleteNotes(const QList<QUuid> &ids)
{
    QList<Annotation> notes;
    for (const QUuid &id : ids) {
        if (const Annotation *a = m_store->annotation(id))
            notes.append(*a);
    }
    if (notes.isEmpty())
        return;
    m_window->undoStack()->push(NoteCommand::remove(m_store, notes));
    // (the window's Undo has the platform's keys)
    const QString undo = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    showMessage(
        tr("%n note(s) deleted. %1 brings them back.", nullptr, int(notes.size())).arg(undo));
    refreshNow();
}

void NoteLayer::goToNote(const QUuid &id, bool focusCard)
{
    const Annotation *a = m_store->annotation(id);
    if (!a)
        return;
    if (m_refresh.isActive())
        refreshNow();
    setCurrentNote(id);
    m_panel->selectNote(id);
    if (a->isOrphan()) {
        showMessage(tr("This note’s passage is no longer in the text. It was on “%1”.")
                        .arg(shortened(a->quote.exact, 80)),
                    8000);
        return;
    }
    if (a->isArticleNote()) {
        m_view->verticalScrollBar()->setValue(0);
    } else {
        m_view->scrollToSpan(a->span);
        m_view->flashSpan(a->span);
    }
    // a card pushed far below its passage: bring the card into view too
    NoteCard *c = revealCard(id);
    if (focusCard && c)
        c->startEditing();
}

void NoteLayer::nextNote()
{
    stepNote(+1);
}

void NoteLayer::previousNote()
{
    stepNote(-1);
}

void NoteLayer::stepNote(int direction)
{
    if (m_refresh.isActive())
        refreshNow();
    const QList<QUuid> order = laneOrder();
    if (order.isEmpty()) {
        showMessage(tr("No notes on this article yet."));
        return;
    }
    qsizetype i = order.indexOf(m_current);
    if (i >= 0) {
        i += direction;
    } else {
        // no current note: the first one at or below the top of the view (or the last above it)
        const int top = m_view->verticalScrollBar()->value();
        i = 0;
        while (i < order.size() && m_slots.value(order.at(i)).top() < top)
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

void NoteLayer::addTextMenuEntries(QMenu *menu, int pos)
{
    QAction *before = menu->actions().value(0);
    QList<QAction *> entries;
    if (m_store->isOpen() && m_view->textCursor().hasSelection()) {
        QAction *a = new QAction(tr("Add Note"), menu);
        a->setObjectName(QStringLiteral("contextAddNote"));
        a->setShortcut(m_addNote->shortcut());
        connect(a, &QAction::triggered, this, [this] { addNoteAtSelection(); });
        entries.append(a);
    } else if (m_store->isOpen() && pos >= 0) {
        const int q = m_view->articleIndex().quoteAt(pos);
        if (q >= 0 && q < m_view->article().quotes.size()) {
            const Span span = m_view->article().quotes.at(q).span;
            QAction *a = new QAction(tr("Add Note on This Quote"), menu);
            a->setObjectName(QStringLiteral("contextAddNoteOnQuote"));
            connect(a, &QAction::triggered, this, [this, span] { addNote(span); });
            entries.append(a);
        }
    }
    if (pos >= 0) { // notes on the words under the mouse
        for (const Annotation &n : m_store->annotations()) {
            if (!n.isPlaced() || pos < n.span.start || pos >= n.span.end)
                continue;
            const QUuid id = n.id;
            const QString label = shortened(n.text.isEmpty() ? tr("(empty note)") : n.text, 32);
            QAction *edit = new QAction(tr("Edit Note “%1”").arg(label), menu);
            edit->setObjectName(QStringLiteral("contextEditNote"));
            connect(edit, &QAction::triggered, this, [this, id] { goToNote(id); });
            QAction *del = new QAction(tr("Delete Note “%1”").arg(label), menu);
            del->setObjectName(QStringLiteral("contextDeleteNote"));
            connect(del, &QAction::triggered, this, [this, id] { deleteNotes({id}); });
            entries << edit << del;
        }
    }
    if (m_store->isOpen()) {
        QAction *a = new QAction(tr("Add Note on the Article"), menu);
        a->setObjectName(QStringLiteral("contextAddArticleNote"));
        connect(a, &QAction::triggered, this, [this] { addArticleNote(); });
        entries.append(a);
    }
    menu->insertActions(before, entries);
    if (!entries.isEmpty())
        menu->insertSeparator(before);
}

void NoteLayer::addClaimMenuEntries(QMenu *menu, int claim)
{
    const Article &article = m_view->article();
    if (claim < 0 || claim >= article.claims.size() || !m_store->isOpen())
        return;
    const Span span = article.claims.at(claim).span;
    QAction *before = menu->actions().value(0);
    QAction *a = new QAction(tr("Add Note on This Claim"), menu);
    a->setObjectName(QStringLiteral("contextAddNoteOnClaim"));
    connect(a, &QAction::triggered, this, [this, span] { addNote(span); });
    menu->insertAction(before, a);
    menu->insertSeparator(before);
}

} // namespace gloss
