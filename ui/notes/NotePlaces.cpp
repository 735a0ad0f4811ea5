#include "NotePlaces.h"

#include "ArticleView.h"

#include <QTextBlock>
#include <QTextLayout>

namespace gloss {

NotePlaces::NotePlaces(const ArticleView *view)
    : m_view(view)
{
}

QRect NotePlaces::place(const QUuid &id, const Span &span, int scroll)
{
    const auto known = m_places.find(id);
    if (known != m_places.end() && known->span == span && known->generation == m_generation)
        return known->rect;
    const QTextBlock block = m_view->document()->findBlock(int(span.start));
    const QTextLayout *layout = block.layout();
    if (layout && layout->lineCount() > 0 && known != m_places.end() && known->span == span &&
        known->blockSize == layout->boundingRect().size()) {
        known->rect = known->inBlock.translated(layout->position().toPoint());
        known->generation = m_generation;
        return known->rect;
    }
    // a paragraph the lazy layout has not reached: estimated (laying it out would lay out
    // all the text before it), and looked at again when the layout gets there
    const QRect r = m_view->estimatedSpanRect(span).translated(0, scroll);
    if (layout && layout->lineCount() > 0)
        m_places.insert(id, {span, layout->boundingRect().size(),
                             r.translated(-layout->position().toPoint()), r, m_generation});
    return r;
}

} // namespace gloss
