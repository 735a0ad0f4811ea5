#include "LaneLayout.h"

#include <algorithm>
#include <cmath>

namespace gloss {

LaneLayout::LaneLayout(const QList<Card> &cards, int gap)
{
    m_tops.reserve(cards.size());
    m_heights.reserve(cards.size());
    m_reach.reserve(cards.size());
    int bottom = 0;
    for (const Card &card : cards) {
        const int top = m_tops.isEmpty() ? card.wantedTop : std::max(card.wantedTop, bottom + gap);
        const int height = std::max(0, card.height);
        m_tops.append(top);
        m_heights.append(height);
        bottom = top + height;
        // cards keep their order and never overlap: their bottoms only grow
        m_reach.append(m_reach.isEmpty() ? bottom - 1 : std::max(m_reach.last(), bottom - 1));
    }
    m_end = m_tops.isEmpty() ? 0 : bottom;
}

qsizetype LaneLayout::firstReaching(int y) const
{
    return std::lower_bound(m_reach.cbegin(), m_reach.cend(), y) - m_reach.cbegin();
}

std::optional<qreal> LaneLayout::bottomMargin(qreal textHeight, qreal margin, qreal base,
                                              int cardsEnd, int gap, qreal minStep)
{
    const qreal extra = margin - base;
    const qreal natural = textHeight - extra; // the text's height with its own margin
    const qreal need = cardsEnd + gap - natural;
    // A new margin relays out the whole text (a long article: a tenth of a second), so it
    // grows in steps of a twentieth of the text (at least minStep) and shrinks only when
    // three steps are unused: adding or editing a note seldom changes it.
    const qreal step = std::max(minStep, std::ceil(natural / 20.0));
    if (need <= 0 ? extra < 1.0 : extra >= need && extra - need < 3 * step)
        return std::nullopt;
    const qreal wanted = need > 0 ? base + std::ceil(need / step) * step : base;
    if (std::abs(margin - wanted) < 1.0)
        return std::nullopt;
    return wanted;
}

} // namespace gloss
