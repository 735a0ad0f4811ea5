// ArticleView: the lazy layout and where things are in it. The text is laid out as it comes
// into view (and in idle time); the scroll range, the jumps, the position at the top and the
// rectangles of spans are all found without laying out the whole document, and the text in
// view stays put while the layout above it changes (scroll anchoring).

#include "ArticleView.h"

#include <QAbstractTextDocumentLayout>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>

#include <cmath>
#include <limits>

namespace gloss {

int ArticleView::lastLaidOutBlock() const
{
    return ArticleHighlighter::lastLaidOutBlock(document(), m_windowFirst, windowLastBlock());
}

void ArticleView::repairLayout()
{
    // QTextDocumentLayout may end its lazy layout early after a change of part of the text
    // (see ArticleHighlighter::commit()), leaving the blocks after the part laid out without
    // lines, of no height. Asked for the first of them, a lazy layout under way lays it out;
    // an ended one does not: then the rest is laid out again.
    QTextDocument *doc = document();
    const int last = lastLaidOutBlock();
    if (last < 0 || last == windowLastBlock())
        return;
    const QTextBlock next = doc->findBlockByNumber(last + 1);
    doc->documentLayout()->blockBoundingRect(next);
    if (next.layout()->lineCount() == 0)
        doc->markContentsDirty(next.position(), doc->characterCount() - next.position());
}

bool ArticleView::isLayoutComplete() const
{
    return document() && lastLaidOutBlock() == windowLastBlock();
}

qreal ArticleView::estimatedDocumentHeight() const
{
    QTextDocument *doc = document();
    const int last = doc ? lastLaidOutBlock() : -1;
    if (last < 0)
        return 0;
    if (last == windowLastBlock())
        return doc->documentLayout()->documentSize().height(); // complete: nothing to lay out
    // (the bottom margin may be grown to hold note cards below the text)
    return extrapolatedY(layoutWindow().end) + doc->rootFrame()->frameFormat().bottomMargin();
}

qreal ArticleView::extrapolatedY(qsizetype pos) const
{
    // as far down as the text laid out so far, in proportion to the characters (of the window)
    QTextDocument *doc = document();
    const int last = doc ? lastLaidOutBlock() : -1;
    if (last < 0)
        return 0;
    const QTextBlock b = doc->findBlockByNumber(last);
    const QTextLayout *tl = b.layout();
    const qreal bottom = tl->position().y() + tl->boundingRect().height();
    const qreal start = layoutWindow().start;
    const qreal done = b.position() + b.length() - start;
    return bottom * (pos - start) / done;
}

void ArticleView::syncScrollRange()
{
    if (m_syncingRange || !document())
        return;
    const QScopedValueRollback guard(m_syncingRange, true);
    repairLayout();
    // rounded as QTextEdit rounds the complete document's size, so that both agree then
    const qreal height = std::round(estimatedDocumentHeight()) - viewport()->height();
    const int max = int(std::clamp<qreal>(height, 0, std::numeric_limits<int>::max()));
    QScrollBar *bar = verticalScrollBar();
    if (bar->minimum() != 0 || bar->maximum() != max) {
        // a shorter range may move the view: not a scroll of the reader's, the anchor stays
        const QScopedValueRollback keep(m_keepingAnchor, true);
        bar->setRange(0, max);
    }
    if (isLayoutComplete())
        m_layoutPoll.stop();
    else if (!m_layoutPoll.isActive())
        m_layoutPoll.start();
    syncArticleBar();
}

QRectF ArticleView::lineRect(qsizetype pos) const
{
    QTextDocument *doc = document();
    const int p = int(std::clamp<qsizetype>(pos, 0, doc->characterCount() - 1));
    const QTextBlock b = doc->findBlock(p);
    const QRectF block = doc->documentLayout()->blockBoundingRect(b); // lays out up to b
    const QTextLayout *tl = b.layout();
    const QTextLine line = tl ? tl->lineForTextPosition(p - b.position()) : QTextLine();
    if (!line.isValid())
        return {block.topLeft(), QSizeF(block.width(), 0)};
    return {block.left() + line.x(), block.top() + line.y(), line.width(), line.height()};
}

void ArticleView::jumpTo(qsizetype pos, int fromTop)
{
    if (!document())
        return;
    ensureInWindow(pos);
    QScrollBar *bar = verticalScrollBar();
    // twice: colouring what comes into view may wrap its lines differently
    for (int pass = 0; pass < 2; ++pass) {
        const QRectF line = lineRect(pos); // lays the text out up to the target …
        syncScrollRange();                 // … so that the range reaches it
        bar->setValue(int(std::floor(line.top())) - fromTop);
        highlightVisible();
    }
    // the target is what stays put (also when the value did not change: a zoom moved the text)
    rememberAnchor(pos);
}

QTextBlock ArticleView::blockAtY(qreal y) const
{
    // Walk from the block last seen at the top: blockBoundingRect() lays out only up to the
    // block asked for, where cursorForPosition() would go through every block of the document.
    // (Within the window of a very long article: the blocks outside it are hidden.)
    QTextDocument *doc = document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const int first = m_windowFirst, last = windowLastBlock();
    int n = std::clamp(m_visibleHint, first, std::max(first, last));
    QTextBlock b = doc->findBlockByNumber(n);
    const qreal far = 20.0 * std::max(viewport()->height(), 100);
    if (std::abs(layout->blockBoundingRect(b).top() - y) > far) {
        // far from there (a jump, the scroll bar dragged): bisect the blocks laid out so far
        int lo = first, hi = std::max(first, lastLaidOutBlock());
        while (lo < hi) {
            const int mid = lo + (hi - lo + 1) / 2;
            if (layout->blockBoundingRect(doc->findBlockByNumber(mid)).top() <= y)
                lo = mid;
            else
                hi = mid - 1;
        }
        n = lo;
        b = doc->findBlockByNumber(lo);
    }
    for (; n > first && layout->blockBoundingRect(b).top() > y; --n)
        b = b.previous();
    for (; n < last && layout->blockBoundingRect(b).bottom() <= y; ++n)
        b = b.next();
    return b;
}

void ArticleView::highlightVisible()
{
    if (!document())
        return;
    const qreal top = verticalScrollBar()->value();
    const QTextBlock first = blockAtY(top);
    m_visibleHint = first.blockNumber();
    if (m_highlighter->isComplete() || m_highlighter->attachedDocument() != document())
        return;
    const int last = blockAtY(top + viewport()->height()).blockNumber();
    // a few blocks beyond: coloured text may wrap differently and bring more into view
    m_highlighter->highlightBlocks(m_visibleHint - 2, last + 6);
}

void ArticleView::scrollContentsBy(int dx, int dy)
{
    QTextEdit::scrollContentsBy(dx, dy);
    QScrollBar *bar = verticalScrollBar();
    if (dy != 0 && bar->maximum() > 0 && bar->value() == bar->maximum() && !m_syncingRange
        && !m_keepingAnchor && !isLayoutComplete()) {
        // the bottom of the scroll bar is the end of the text, not the end of an estimate
        lineRect(document()->characterCount() - 1);
        syncScrollRange();
        bar->setValue(bar->maximum()); // scrolls again, through here
        rememberAnchor(document()->characterCount() - 1); // the end stays in view
        return;
    }
    highlightVisible();
    // Moved up onto the maximum: QTextEdit shortened the range to a lazy layout's partial
    // height, no scroll of the reader's; the anchor stays and comes back into view
    const bool clamped = dy > 0 && bar->value() == bar->maximum();
    if (dy != 0 && !m_keepingAnchor && !clamped) {
        rememberAnchor();
        followWindowEdge();
    }
    syncArticleBar();
}

void ArticleView::rememberAnchor()
{
    const bool atStart = verticalScrollBar()->value() == 0 && layoutWindow().start == 0;
    rememberAnchor(atStart ? -1 : topPosition());
}

void ArticleView::rememberAnchor(qsizetype pos)
{
    m_anchorPos = pos;
    if (pos >= 0)
        m_anchorOffset = lineRect(pos).top() - verticalScrollBar()->value();
}

void ArticleView::keepAnchor()
{
    m_anchorCheckQueued = false;
    QScrollBar *bar = verticalScrollBar();
    if (m_anchorPos < 0 || !document() || bar->isSliderDown())
        return;
    const QTextBlock b = document()->findBlock(int(m_anchorPos));
    if (!b.isValid() || !b.layout() || b.layout()->lineCount() == 0)
        return; // not laid out (again) yet: a later layout step looks again
    const QRectF line = lineRect(m_anchorPos);
    int want = int(std::lround(line.top() - m_anchorOffset));
    if (m_anchorOffset >= 0 && m_anchorOffset < viewport()->height()) // a line in view stays whole
        want = std::max(want, int(std::ceil(line.bottom())) - viewport()->height());
    if (want == bar->value())
        return;
    const QScopedValueRollback guard(m_keepingAnchor, true);
    syncScrollRange(); // the range reaches the anchor's new place
    bar->setValue(want);
}

void ArticleView::scrollToSpan(const Span &span)
{
    jumpTo(span.start, viewport()->height() / 4);
}

qsizetype ArticleView::topPosition() const
{
    // the first character of the first line in view
    const qreal top = verticalScrollBar()->value() + 1;
    const QTextBlock b = blockAtY(top);
    const QTextLayout *tl = b.layout();
    for (int i = 0; tl && i < tl->lineCount(); ++i) {
        const QTextLine line = tl->lineAt(i);
        if (tl->position().y() + line.y() + line.height() > top)
            return b.position() + line.textStart();
    }
    return b.position();
}

void ArticleView::scrollToPosition(qsizetype pos)
{
    jumpTo(pos, 0);
}

void ArticleView::scrollToStart()
{
    if (!document())
        return;
    ensureInWindow(0);
    verticalScrollBar()->setValue(0);
    rememberAnchor();
}

QRect ArticleView::spanRect(const Span &span) const
{
    if (m_windowed && document()) {
        // outside the window of a very long article: far above or below the view
        const Span window = layoutWindow();
        if (span.start < window.start || span.start >= window.end) {
            const int far = 1 << 28;
            const QRect column = textColumnRect();
            return QRect(column.left(), span.start < window.start ? -far : far, column.width(),
                         int(QFontMetricsF(bodyFont()).lineSpacing()));
        }
    }
    QTextCursor c(document());
    const int last = document()->characterCount() - 1;
    c.setPosition(int(std::clamp<qsizetype>(span.start, 0, last)));
    const QRect start = cursorRect(c);
    c.setPosition(int(std::clamp<qsizetype>(span.end, 0, last)));
    const QRect end = cursorRect(c);
    if (end.top() == start.top())
        return QRect(start.topLeft(), end.bottomRight()).normalized();
    return QRect(start.left(), start.top(), textColumnRect().right() - start.left(),
                 start.height());
}

QRect ArticleView::estimatedSpanRect(const Span &span) const
{
    QTextDocument *doc = document();
    const int last = doc ? lastLaidOutBlock() : -1;
    const int pos = doc ? int(std::clamp<qsizetype>(span.start, 0, doc->characterCount() - 1)) : 0;
    if (!doc || doc->findBlock(pos).blockNumber() <= last)
        return spanRect(span);
    const qreal y = extrapolatedY(pos) - verticalScrollBar()->value();
    const int line = int(QFontMetricsF(bodyFont()).lineSpacing());
    const QRect column = textColumnRect();
    return QRect(column.left(), int(std::clamp<qreal>(y, -1e9, 1e9)),
                 column.width(), line);
}

Span ArticleView::blockSpanBetween(int top, int bottom) const
{
    if (!document())
        return {};
    const qreal scroll = verticalScrollBar()->value();
    const QTextBlock first = blockAtY(scroll + top);
    const QTextBlock last = blockAtY(scroll + std::max(top, bottom));
    return {first.position(), last.position() + last.length() - 1};
}

int ArticleView::positionAt(const QPoint &viewportPos) const
{
    const QPointF docPos(viewportPos.x() + horizontalScrollBar()->value(),
                         viewportPos.y() + verticalScrollBar()->value());
    // like hitTest(docPos, Qt::ExactHit), without going through every block before the point
    const QTextBlock b = blockAtY(docPos.y());
    const QTextLayout *tl = b.layout();
    if (!tl)
        return -1;
    const QPointF p = docPos - tl->position();
    for (int i = 0; i < tl->lineCount(); ++i) {
        const QTextLine line = tl->lineAt(i);
        if (p.y() < line.y() || p.y() >= line.y() + line.height())
            continue;
        if (p.x() < line.x() || p.x() >= line.x() + line.naturalTextWidth())
            return -1;
        return b.position() + line.xToCursor(p.x(), QTextLine::CursorOnCharacter);
    }
    return -1;
}

} // namespace gloss
