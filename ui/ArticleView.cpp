#include "ArticleView.h"

#include "QuoteCueMarker.h"
#include "articleview/ArticleTypography.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>
#include <QVariantAnimation>

#include <cmath>

namespace gloss {

namespace {

constexpr int kFlashHoldMs = 350;
constexpr int kFlashFadeMs = 1100;
constexpr int kLayoutPollMs = 50; // how often the scroll range follows the lazy layout

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

/** What an entity is, for its tool tip ("person", "place"). */
QString entityKind(EntityType type)
{
    switch (type) {
    case EntityType::Person: return ArticleView::tr("person");
    case EntityType::Org: return ArticleView::tr("organisation");
    case EntityType::Gpe: return ArticleView::tr("country, region or city");
    case EntityType::Loc: return ArticleView::tr("place");
    case EntityType::Event: return ArticleView::tr("event");
    case EntityType::Work: return ArticleView::tr("work");
    case EntityType::Other: break;
    }
    return ArticleView::tr("name", "an entity of no known type");
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QTextEdit(parent)
    , m_highlighter(new ArticleHighlighter(this))
    , m_flash(new QVariantAnimation(this))
{
    setObjectName(QStringLiteral("articleView"));
    setAccessibleName(tr("Article"));
    setAccessibleDescription(tr("The article text. Quotes are coloured by speaker; "
                                "hover a quote to see who said it."));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setCursorWidth(0); // no caret while reading; it appears once the keyboard moves it
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(false); // the window takes dropped files
    viewport()->setAcceptDrops(false);
    viewport()->setMouseTracking(true);
    setAutoFillBackground(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    document()->setDocumentMargin(m_docMargin);
    document()->setDefaultFont(bodyFont());
    m_highlighter->setDocument(document());
    m_quoteCues = new QuoteCueMarker(this);

    m_flash->setStartValue(1.0);
    m_flash->setKeyValueAt(double(kFlashHoldMs) / (kFlashHoldMs + kFlashFadeMs), 1.0);
    m_flash->setEndValue(0.0);
    m_flash->setDuration(kFlashHoldMs + kFlashFadeMs);
    m_flash->setEasingCurve(QEasingCurve::InOutQuad);
    connect(m_flash, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { showFlash(v.toDouble()); });
    // the scroll range is the view's own estimate, whoever set it last (QTextEdit included)
    m_layoutPoll.setInterval(kLayoutPollMs);
    connect(&m_layoutPoll, &QTimer::timeout, this, &ArticleView::syncScrollRange);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &ArticleView::syncScrollRange);
    // the scroll bar over the whole of a very long article (ArticleViewWindow.cpp)
    m_articleBar = new QScrollBar(Qt::Vertical, this);
    m_articleBar->hide();
    connect(m_articleBar, &QScrollBar::valueChanged, this, &ArticleView::articleBarMoved);
    updateColumn();
}

ArticleView::~ArticleView()
{
    // before the base classes go: its event filters must not see a half-destroyed view
    delete m_quoteCues;
    m_quoteCues = nullptr;
    m_highlighter->attach(nullptr);
}

QFont ArticleView::bodyFont() const
{
    return typography::bodyFont(m_zoom);
}

void ArticleView::setArticle(const Article &article)
{
    m_flash->stop();
    m_selectionLayers.clear();
    m_quoteCues->reset();
    m_flashSpan = {};
    m_highlighter->setArticle(nullptr, nullptr);
    m_article = article;
    m_visibleHint = 0;
    m_anchorPos = -1;

    // Built detached from the view (no layout, no repaint), and its first screen coloured
    // there; then shown. The layout is lazy (QTextDocumentLayout lays out what is shown, the
    // rest in idle time), and so is the colouring of a long article (ArticleHighlighter).
    auto *doc = new QTextDocument(this);
    doc->setUndoRedoEnabled(false);
    doc->setDocumentMargin(m_docMargin);
    doc->setDefaultFont(bodyFont());
    doc->setPlainText(m_article.document.text());
    m_index.build(m_article, doc);
    typography::apply(doc, m_article, m_index.datelineSpan(), bodyFont(), true);

    setUpWindow(doc); // a very long article: the blocks after its first window are hidden
    m_highlighter->setArticle(&m_article, &m_index);
    m_highlighter->attach(doc);
    if (m_windowed)
        m_highlighter->setWindow(m_windowFirst, m_windowLast);
    if (!m_highlighter->isComplete()) {
        // about two screens of text: what the view shows first
        const qreal line = QFontMetricsF(bodyFont()).lineSpacing() * typography::kBodyLineHeight
                           / 100.0;
        const int lines = int(std::max<qreal>(height(), 600) / line) + 1;
        const QTextBlock last = doc->findBlock(std::min(2 * lines * kMeasure,
                                                        doc->characterCount() - 1));
        m_highlighter->highlightBlocks(0, last.blockNumber());
    }
    // A document without a layout keeps its changes pending, and the first change after
    // setDocument() would lay out the whole text at once: settle them with a layout that has
    // no page size yet (so it lays out nothing). Made earlier, every change above would cost.
    doc->documentLayout();
    doc->markContentsDirty(0, 0);
    setDocument(doc); // deletes the previous document (a child of this view)
    setCursorWidth(0); // the new document's layout starts with a caret again
    showArticleBar();
    setExtraSelections({});
    connect(doc->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ArticleView::syncScrollRange);
    // any change of the text's layout (a zoom, the lane, the colours) may change its height,
    // and QTextDocumentLayout does not always say so: look again at the next poll
    connect(doc->documentLayout(), &QAbstractTextDocumentLayout::update, this, [this] {
        if (!m_layoutPoll.isActive())
            m_layoutPoll.start();
        // after the layout step under way (never inside it)
        if (!m_anchorCheckQueued) {
            m_anchorCheckQueued = true;
            QTimer::singleShot(0, this, &ArticleView::keepAnchor);
        }
    });
    updateColumn();
    syncScrollRange();
    verticalScrollBar()->setValue(0);
    highlightVisible();
    Q_EMIT speakerFilterChanged(-1);
}

void ArticleView::setReadingTheme(const ReadingTheme &theme)
{
    m_theme = theme;
    updateViewPalette();
    m_highlighter->setReadingTheme(theme);
    m_quoteCues->refresh();
    highlightVisible();
    viewport()->update();
}

void ArticleView::updateViewPalette()
{
    if (!m_theme.isValid())
        return;
    QPalette p = palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(group, QPalette::Base, m_theme.background());
        p.setColor(group, QPalette::Window, m_theme.background());
        p.setColor(group, QPalette::Text, speakerFilter() >= 0 ? m_theme.dimmedText()
                                                               : m_theme.text());
        p.setColor(group, QPalette::Highlight, m_theme.selection());
        p.setColor(group, QPalette::HighlightedText, m_theme.selectedText());
    }
    setPalette(p);
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_theme.isValid()
        && palette().color(QPalette::Base) != m_theme.background())
        updateViewPalette();
}

void ArticleView::setLayerVisible(ArticleHighlighter::Layer layer, bool visible)
{
    ArticleHighlighter::Layers layers = m_highlighter->layers();
    layers.setFlag(layer, visible);
    m_highlighter->setLayers(layers);
    highlightVisible();
    viewport()->update();
}

bool ArticleView::isLayerVisible(ArticleHighlighter::Layer layer) const
{
    return m_highlighter->layers().testFlag(layer);
}

void ArticleView::setSpeakerFilter(int entity)
{
    if (entity >= m_article.entities.size())
        entity = -1;
    if (entity == m_highlighter->speakerFilter())
        return;
    m_highlighter->setSpeakerFilter(entity);
    highlightVisible();
    updateViewPalette();
    Q_EMIT speakerFilterChanged(entity);
}

int ArticleView::speakerFilter() const
{
    return m_highlighter->speakerFilter();
}

void ArticleView::setSpeakerHidden(int entity, bool hidden)
{
    QSet<int> set = m_highlighter->hiddenSpeakers();
    if (hidden)
        set.insert(entity);
    else
        set.remove(entity);
    m_highlighter->setHiddenSpeakers(set);
    highlightVisible();
}

bool ArticleView::isSpeakerHidden(int entity) const
{
    return m_highlighter->hiddenSpeakers().contains(entity);
}

void ArticleView::flashSpan(const Span &span)
{
    m_flash->stop();
    m_flashSpan = span;
    showFlash(1.0);
    m_flash->start();
}

void ArticleView::showFlash(double strength)
{
    QList<QTextEdit::ExtraSelection> list;
    if (!m_flashSpan.isEmpty() && strength > 0.01) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        const int last = document()->characterCount() - 1;
        sel.cursor.setPosition(int(std::clamp<qsizetype>(m_flashSpan.start, 0, last)));
        sel.cursor.setPosition(int(std::clamp<qsizetype>(m_flashSpan.end, 0, last)),
                               QTextCursor::KeepAnchor);
        QColor c = m_theme.searchHighlight();
        c.setAlphaF(float(strength));
        sel.format.setBackground(c);
        list.append(sel);
    }
    setSelectionLayer(QStringLiteral("flash"), list);
}

void ArticleView::setZoom(int percent)
{
    percent = std::clamp(percent, kMinZoom, kMaxZoom);
    if (percent == m_zoom)
        return;
    const qsizetype anchor = topPosition();
    // keep the anchor's line where it was (its top may be above the view), scaled
    const qreal offset = lineRect(anchor).top() - verticalScrollBar()->value();
    const qreal scale = qreal(percent) / m_zoom;
    m_zoom = percent;
    {
        // one change of the whole text: a change of a part (a headline's size) during the lazy
        // layout would end it early (see ArticleHighlighter::commit())
        QTextCursor edit(document());
        edit.beginEditBlock();
        document()->setDefaultFont(bodyFont());
        typography::apply(document(), m_article, m_index.datelineSpan(), bodyFont(), false);
        edit.endEditBlock();
    }
    updateColumn();
    jumpTo(anchor, int(std::lround(offset * scale)));
    Q_EMIT zoomChanged(m_zoom);
}

void ArticleView::zoomBy(int steps)
{
    setZoom(m_zoom + steps * kZoomStep);
}

void ArticleView::setMarginLaneWidth(int width)
{
    width = std::max(0, width);
    if (width == m_laneWidth || m_article.document.text().isEmpty() || !isVisible()) {
        m_laneWidth = width;
        updateColumn();
        return;
    }
    // the column moves and the text wraps anew: the line at the top stays where it is
    const qsizetype anchor = topPosition();
    const qreal offset = lineRect(anchor).top() - verticalScrollBar()->value();
    m_laneWidth = width;
    updateColumn();
    jumpTo(anchor, int(std::lround(offset)));
}

QRect ArticleView::marginLaneRect() const
{
    const QRect vp = viewport()->geometry();
    return QRect(vp.right() + 1, vp.top(), m_laneWidth, vp.height());
}

QRect ArticleView::textColumnRect() const
{
    return viewport()->rect().adjusted(m_docMargin, 0, -m_docMargin, 0);
}

void ArticleView::setSelectionLayer(const QString &layer,
                                    const QList<QTextEdit::ExtraSelection> &selections)
{
    if (selections.isEmpty())
        m_selectionLayers.remove(layer);
    else
        m_selectionLayers.insert(layer, selections);
    updateSelections();
}

QList<QTextEdit::ExtraSelection> ArticleView::selectionLayer(const QString &layer) const
{
    return m_selectionLayers.value(layer);
}

void ArticleView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> all;
    for (const auto &list : std::as_const(m_selectionLayers))
        all.append(list);
    setExtraSelections(all);
}

void ArticleView::updateColumn()
{
    const QFont f = bodyFont();
    const QFontMetricsF fm(f);
    // a sample of running English text gives a realistic average character width
    static const QString sample = QStringLiteral(
        "The council voted on Tuesday to spend the money rebuilding the seafront, ");
    const qreal charWidth = fm.horizontalAdvance(sample) / sample.size();
    const int measure = int(std::ceil(charWidth * kMeasure));
    const int sb = verticalScrollBar()->sizeHint().width();
    const int avail = std::max(0, width() - sb - m_laneWidth);
    const int columnWidth = std::min(measure + 2 * m_docMargin, avail);
    const int left = std::max(0, (avail - columnWidth) / 2);
    const int right = std::max(0, width() - sb - left - columnWidth);
    if (viewportMargins() != QMargins(left, 0, right, 0))
        setViewportMargins(left, 0, right, 0);
    Q_EMIT columnGeometryChanged();
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    placeArticleBar();
    updateColumn();
    syncScrollRange();
    highlightVisible();
}

QString ArticleView::toolTipAt(int pos) const
{
    if (pos < 0)
        return {};
    const int qi = m_index.quoteAt(pos);
    if (qi >= 0) {
        const Quote &q = m_article.quotes.at(qi);
        const Entity *speaker = m_article.speakerOf(q);
        QString html;
        if (q.kind == QuoteKind::Scare)
            html = tr("<b>Scare quote</b>: the writer’s distance from the words, not a speaker’s.");
        else if (q.kind == QuoteKind::Title)
            html = tr("<b>Title</b> of a work.");
        else if (speaker)
            html = tr("<b>%1</b>").arg(escaped(speaker->name));
        else
            html = tr("<b>Unattributed quote</b>");
        if (!q.cueSpan.isEmpty())
            html += QStringLiteral("<br>")
                    + tr("Cue: “%1”").arg(escaped(m_article.textOf(q.cueSpan)));
        if (q.via >= 0 && q.via < m_article.entities.size())
            html += QStringLiteral("<br>") + tr("Via: %1").arg(escaped(m_article.entities.at(q.via).name));
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(html);
    }
    const int ei = m_index.entityAt(pos);
    if (ei >= 0) {
        const Entity &e = m_article.entities.at(ei);
        const int quotes = m_index.speakerIndex().quoteCount(ei);
        QString html = tr("<b>%1</b> (%2)", "entity name (kind)")
                           .arg(escaped(e.name), entityKind(e.type));
        if (quotes > 0) {
            html += QStringLiteral("<br>")
                    + tr("Quotes: %1. Click to show only theirs.").arg(QLocale().toString(quotes));
        }
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(html);
    }
    return {};
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(positionAt(help->pos()));
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), tip, viewport());
        }
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void ArticleView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QTextEdit::mousePressEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton
        || (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()
        || textCursor().hasSelection())
        return;
    const int entity = m_index.entityAt(positionAt(pos));
    if (entity >= 0 && m_index.speakerSlot(entity) >= 0)
        Q_EMIT speakerClicked(entity);
}

void ArticleView::mouseMoveEvent(QMouseEvent *event)
{
    QTextEdit::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton)
        return;
    const int entity = m_index.entityAt(positionAt(event->position().toPoint()));
    viewport()->setCursor(entity >= 0 && m_index.speakerSlot(entity) >= 0 ? Qt::PointingHandCursor
                                                                           : Qt::IBeamCursor);
}

QMenu *ArticleView::contextMenuAt(const QPoint &viewportPos)
{
    QMenu *menu = createStandardContextMenu();
    menu->setObjectName(QStringLiteral("articleContextMenu"));
    Q_EMIT contextMenuAboutToShow(menu, positionAt(viewportPos));
    return menu;
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = contextMenuAt(event->pos()); // (viewport coordinates, as the viewport sent it)
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void ArticleView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(steps);
        event->accept();
        return;
    }
    QTextEdit::wheelEvent(event);
}

void ArticleView::keyPressEvent(QKeyEvent *event)
{
    const QTextCursor before = textCursor();
    {
        // the window of a very long article follows the caret, after it moved
        const QScopedValueRollback held(m_windowHeld, true);
        QTextEdit::keyPressEvent(event);
    }
    if (textCursor() == before) {
        followWindowEdge(); // the view may have scrolled (Page Down)
        return;
    }
    if (cursorWidth() == 0)
        setCursorWidth(1);
    ensureInWindow(textCursor().position());
    // QTextEdit scrolled within the range it knew; the caret (Ctrl+End) may be past it
    syncScrollRange();
    ensureCursorVisible();
    rememberAnchor(textCursor().position()); // the caret's line stays in view
}

void ArticleView::setLoadingText(const QString &what)
{
    if (what == m_loadingText)
        return;
    m_loadingText = what;
    viewport()->update();
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    QPainter painter(viewport());
    if (m_article.document.text().isEmpty()) {
        paintPlaceholder(painter);
        return;
    }
    if (isLayerVisible(ArticleHighlighter::ClaimLayer))
        paintClaimBars(painter);
}

void ArticleView::paintClaimBars(QPainter &painter)
{
    if (m_article.claims.isEmpty())
        return;
    const int scroll = verticalScrollBar()->value();
    const QTextBlock first = blockAtY(scroll);
    const QTextBlock last = blockAtY(scroll + viewport()->height());
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const qreal x = m_docMargin - 14;
    for (QTextBlock b = first; b.isValid(); b = b.next()) {
        const QTextLayout *tl = b.layout();
        const QRectF br = layout->blockBoundingRect(b);
        for (const ArticleIndex::Run &run : m_index.runs(b.blockNumber())) {
            if (run.kind != ArticleIndex::Kind::Claim || !tl || tl->lineCount() == 0)
                continue;
            const QTextLine l1 = tl->lineForTextPosition(run.start);
            const QTextLine l2 = tl->lineForTextPosition(std::max(run.start, run.end - 1));
            if (!l1.isValid() || !l2.isValid())
                continue;
            const qreal pad = l1.height() * 0.18;
            const QRectF bar(x, br.top() + l1.y() + pad - scroll, 3.0,
                             l2.y() + l2.height() - l1.y() - 2 * pad);
            QColor c = m_theme.claimColor(m_article.claims.at(run.item).kind);
            if (speakerFilter() >= 0)
                c.setAlphaF(0.35f);
            painter.setBrush(c);
            painter.drawRoundedRect(bar, 1.5, 1.5);
        }
        if (b == last)
            break;
    }
}

void ArticleView::paintPlaceholder(QPainter &painter)
{
    const QRect r = viewport()->rect();
    QFont title = bodyFont();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    painter.setFont(title);
    painter.setPen(m_theme.isValid() ? m_theme.mutedText() : palette().color(QPalette::PlaceholderText));
    const int mid = r.height() / 3;
    if (!m_loadingText.isEmpty()) { // only the loading state, no invitation to open a file
        painter.drawText(QRect(r.left() + 20, mid - 60, r.width() - 40, 50),
                         Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, m_loadingText);
        return;
    }
    painter.drawText(QRect(r.left(), mid - 60, r.width(), 50), Qt::AlignHCenter | Qt::AlignBottom,
                     tr("Nothing to read yet"));
    QFont hint = QApplication::font();
    painter.setFont(hint);
    painter.drawText(QRect(r.left() + 20, mid, r.width() - 40, 60),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                     tr("Open an article with %1, or drop a file here.")
                         .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
}

} // namespace gloss
