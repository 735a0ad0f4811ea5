// ArticleView: the window of a very long article. Qt's text layout can neither place nor, in
// good time, lay out a text of tens of millions of characters, so such an article is laid out
// a window of whole paragraphs at a time: the blocks outside it are hidden (QTextBlock
// visibility), which keeps document positions equal to article positions for every other part
// of the window (highlighter, notes, find). The window follows the reader: it moves when the
// view nears an edge that is not the text's, and before a jump to a place outside it. The
// scroll bar the reader sees is then the view's own, over the whole article.

#include "ArticleView.h"
#include "articleview/ArticleWindow_p.h"

#include <QAbstractTextDocumentLayout>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gloss {

namespace {

/** Shows or hides the blocks @p first..@p last; a hidden block forgets its lines. */
void setBlocksVisible(QTextDocument *doc, int first, int last, bool visible)
{
    if (first > last)
        return;
    QTextBlock b = doc->findBlockByNumber(first);
    for (int n = first; n <= last && b.isValid(); ++n, b = b.next()) {
        b.setVisible(visible);
        if (!visible && b.layout())
            b.layout()->clearLayout();
    }
}

/** From the first character of block @p first to the end of block @p last. */
Span blockSpan(const QTextDocument *doc, int first, int last)
{
    const QTextBlock a = doc->findBlockByNumber(first);
    const QTextBlock b = doc->findBlockByNumber(last);
    return {a.position(), b.position() + b.length()};
}

} // namespace

Span ArticleView::layoutWindow() const
{
    const QTextDocument *doc = document();
    if (!doc || doc->isEmpty())
        return {};
    return blockSpan(doc, m_windowFirst, windowLastBlock());
}

int ArticleView::windowLastBlock() const
{
    const int last = document()->blockCount() - 1;
    return m_windowLast >= 0 ? std::min(m_windowLast, last) : last;
}

QScrollBar *ArticleView::articleScrollBar() const
{
    return m_windowed ? m_articleBar : verticalScrollBar();
}

void ArticleView::setUpWindow(QTextDocument *doc)
{
    m_windowed = doc->characterCount() > articlewindow::threshold;
    m_windowFirst = 0;
    m_windowLast = doc->blockCount() - 1;
    if (m_windowed) {
        const qsizetype end = std::min<qsizetype>(articlewindow::size, doc->characterCount() - 1);
        m_windowLast = doc->findBlock(int(end)).blockNumber();
        setBlocksVisible(doc, m_windowLast + 1, doc->blockCount() - 1, false);
    }
}

void ArticleView::showArticleBar()
{
    // (a change of policy resizes the viewport at once: only with the new document set)
    setVerticalScrollBarPolicy(m_windowed ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAlwaysOn);
    m_articleBar->setAccessibleName(verticalScrollBar()->accessibleName());
    m_articleBar->setVisible(m_windowed);
    placeArticleBar();
}

void ArticleView::ensureInWindow(qsizetype pos)
{
    if (!m_windowed || !document())
        return;
    const Span window = layoutWindow();
    const qsizetype margin = articlewindow::size / 4;
    const bool moreAbove = window.start > 0;
    const bool moreBelow = window.end < document()->characterCount();
    if ((moreAbove && pos < window.start + margin) || (moreBelow && pos >= window.end - margin))
        moveWindow(pos);
}

void ArticleView::moveWindow(qsizetype centre)
{
    QTextDocument *doc = document();
    const qsizetype length = doc->characterCount();
    const qsizetype size = articlewindow::size;
    const qsizetype from = std::clamp<qsizetype>(centre - size / 2, 0,
                                                 std::max<qsizetype>(0, length - 1 - size));
    const int first = doc->findBlock(int(from)).blockNumber();
    const int last = doc->findBlock(int(std::min(from + size, length - 1))).blockNumber();
    const int oldFirst = m_windowFirst, oldLast = windowLastBlock();
    if (first == oldFirst && last == oldLast)
        return;
    const QScopedValueRollback moving(m_movingWindow, true);
    // The window laid out completely first: a relayout of a part while QTextDocumentLayout's
    // lazy layout is under way would end it early (see ArticleHighlighter::commit()). From
    // then on every change below is laid out at once, the window stays complete.
    doc->documentLayout()->blockBoundingRect(doc->findBlockByNumber(oldLast));

    // Hidden blocks are skipped by the layout; the others are only moved, not laid out again,
    // unless they are in a changed range: so only the paragraphs that appear are laid out.
    QList<Span> changed;
    if (first > oldLast || last < oldFirst) {
        setBlocksVisible(doc, oldFirst, oldLast, false);
        setBlocksVisible(doc, first, last, true);
        changed = {blockSpan(doc, std::min(first, oldFirst), std::max(last, oldLast))};
    } else {
        setBlocksVisible(doc, oldFirst, first - 1, false); // leave above
        setBlocksVisible(doc, first, oldFirst - 1, true);  // come above
        setBlocksVisible(doc, last + 1, oldLast, false);   // leave below
        setBlocksVisible(doc, oldLast + 1, last, true);    // come below
        if (first != oldFirst)
            changed.append(
                blockSpan(doc, std::min(first, oldFirst), std::max(first, oldFirst) - 1));
        if (last != oldLast)
            changed.append(blockSpan(doc, std::min(last, oldLast) + 1, std::max(last, oldLast)));
    }
    m_windowFirst = first;
    m_windowLast = last;
    m_visibleHint = std::clamp(m_visibleHint, first, last);
    m_highlighter->setWindow(first, last);
    for (const Span &s : std::as_const(changed))
        doc->markContentsDirty(int(s.start), int(std::min(s.end, length) - s.start));
    syncScrollRange();
    Q_EMIT layoutWindowMoved();
}

void ArticleView::followWindowEdge()
{
    if (!m_windowed || m_movingWindow || m_windowHeld || !document())
        return;
    const qsizetype top = topPosition();
    const Span before = layoutWindow();
    QScrollBar *bar = verticalScrollBar();
    const qreal offset = lineRect(top).top() - bar->value();
    ensureInWindow(top);
    if (layoutWindow().start == before.start && layoutWindow().end == before.end)
        return;
    // the line at the top stays where it was
    {
        const QScopedValueRollback keep(m_keepingAnchor, true);
        bar->setValue(int(std::lround(lineRect(top).top() - offset)));
    }
    rememberAnchor(top);
    highlightVisible();
}

qreal ArticleView::windowPixelsPerCharacter() const
{
    const Span window = layoutWindow();
    const qreal height = estimatedDocumentHeight();
    if (window.end <= window.start || height <= 0)
        return 1;
    return height / qreal(window.end - window.start);
}

void ArticleView::syncArticleBar()
{
    if (!m_windowed || m_syncingArticleBar || !document())
        return;
    const QScopedValueRollback guard(m_syncingArticleBar, true);
    const QScrollBar *inner = verticalScrollBar();
    const qreal perChar = windowPixelsPerCharacter();
    const qreal total = document()->characterCount() * perChar - viewport()->height();
    const int max = int(std::clamp<qreal>(std::round(total), 0, std::numeric_limits<int>::max()));
    m_articleBar->setRange(0, max);
    m_articleBar->setPageStep(inner->pageStep());
    m_articleBar->setSingleStep(inner->singleStep());
    if (m_articleBar->isSliderDown())
        return; // under the reader's hand: it goes where it is pulled
    int value = int(std::clamp<qreal>(std::round(layoutWindow().start * perChar) + inner->value(),
                                      0, max));
    if (inner->value() >= inner->maximum() && layoutWindow().end >= document()->characterCount())
        value = max; // the end of the text is the end of the bar
    m_articleBar->setValue(value);
}

void ArticleView::articleBarMoved(int value)
{
    if (m_syncingArticleBar || !document())
        return;
    QScrollBar *inner = verticalScrollBar();
    const qsizetype length = document()->characterCount();
    if (value >= m_articleBar->maximum()) {
        // the bottom of the bar is the end of the text
        ensureInWindow(length - 1);
        lineRect(length - 1); // laid out to the end
        syncScrollRange();
        inner->setValue(inner->maximum());
        rememberAnchor(length - 1);
    } else if (value <= 0) {
        ensureInWindow(0);
        inner->setValue(0);
        rememberAnchor();
    } else {
        const qreal perChar = windowPixelsPerCharacter();
        const qreal inWindow = value - layoutWindow().start * perChar;
        if (inWindow >= 0 && inWindow <= inner->maximum())
            inner->setValue(int(std::lround(inWindow)));
        else
            jumpTo(std::clamp<qsizetype>(qsizetype(value / perChar), 0, length - 1), 0);
    }
    syncArticleBar();
}

void ArticleView::placeArticleBar()
{
    if (!m_articleBar)
        return;
    const QRect r = contentsRect();
    const int w = verticalScrollBar()->sizeHint().width();
    m_articleBar->setGeometry(r.right() + 1 - w, r.top(), w, r.height());
}

} // namespace gloss
