#pragma once

#include <QList>

#include <optional>

namespace gloss {

/**
 * @brief Where the note cards go in the margin lane: pure geometry, no widgets.
 *
 * The cards come in lane order, each with the top it wants (level with the first line of its
 * passage) and its height. Each card stands at its wanted top, or just below the card before
 * it (@p gap apart) when that one reaches further down: cards never overlap and keep their
 * order, and none stands above where it wants to be. All values are in document coordinates
 * (pixels from the top of the text).
 *
 * bottomMargin() says how far the text's bottom margin must grow for cards pushed below the
 * end of the text to be reachable by scrolling.
 */
class LaneLayout
{
public:
    struct Card
    {
        int wantedTop = 0;
        int height = 0;
    };

    LaneLayout() = default;
    /** Places @p cards (in lane order) with @p gap pixels between stacked ones. */
    LaneLayout(const QList<Card> &cards, int gap);

    qsizetype size() const { return m_tops.size(); }
    bool isEmpty() const { return m_tops.isEmpty(); }
    /** The top of card @p i. */
    int top(qsizetype i) const { return m_tops.at(i); }
    int height(qsizetype i) const { return m_heights.at(i); }
    /** Just below the last card (its top plus its height); 0 without cards. */
    int end() const { return m_end; }
    /**
     * The first card that reaches down to @p y or below (size() when none): the cards before
     * it end above @p y. A binary search (thousands of notes).
     */
    qsizetype firstReaching(int y) const;

    /**
     * The text's new bottom margin for cards ending at @p cardsEnd (0: none), or nothing when
     * the margin @p margin should stay. @p textHeight is the text's laid-out height with that
     * margin, @p base the text's own margin (the least the bottom margin is). The margin grows
     * in steps of a twentieth of the text (at least @p minStep) so that typing in a card
     * seldom lays the text out again, and shrinks only when three steps are unused.
     */
    static std::optional<qreal> bottomMargin(qreal textHeight, qreal margin, qreal base,
                                             int cardsEnd, int gap, qreal minStep);

private:
    QList<int> m_tops;
    QList<int> m_heights;
    /** The lowest bottom (last pixel) of the cards up to each (sorted: for firstReaching()). */
    QList<int> m_reach;
    int m_end = 0;
};

} // namespace gloss
