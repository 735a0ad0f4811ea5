#pragma once

#include "model/Article.h"

#include <QList>

#include <algorithm>

namespace gloss::quotes {

/**
 * The lower bound of @p pos in a sorted list of @p n keys (the first index whose key(i) is not
 * less than @p pos, or @p n), searched outward from @p hint (galloping): a look-up d places
 * from the hint reads about 2 log2(d) keys near it, where a search of the whole list reads
 * log2(n) keys all over it and misses the cache at nearly every one in a long list.
 */
template<typename Key>
qsizetype lowerBoundNear(qsizetype n, qsizetype hint, qsizetype pos, Key key)
{
    hint = std::clamp<qsizetype>(hint, 0, n);
    qsizetype lo = 0;
    qsizetype hi = n;
    if (hint < n && key(hint) < pos) { // after the hint
        lo = hint + 1;
        qsizetype probe = lo;
        for (qsizetype step = 1; probe < n && key(probe) < pos; step *= 2) {
            lo = probe + 1;
            probe = lo + step;
        }
        hi = std::min(probe, n);
    } else { // at or before the hint
        hi = hint;
        qsizetype probe = hi - 1;
        for (qsizetype step = 1; probe >= 0 && key(probe) >= pos; step *= 2) {
            hi = probe;
            probe = hi - step;
        }
        lo = std::max<qsizetype>(probe + 1, 0);
    }
    while (lo < hi) { // the first of [lo, hi) not less than pos, or hi
        const qsizetype mid = lo + (hi - lo) / 2;
        if (key(mid) < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/**
 * @brief Where a position falls in a list of spans sorted by start, for look-ups that go
 * forward through the text.
 *
 * Searches from its last answer outward (lowerBoundNear()): a look-up at or a little after
 * the last one reads a key or two, where a search of the whole list misses the cache at nearly
 * every step (at 80,000 quotes). The list must outlive the cursor and not change under it.
 */
class SpanCursor
{
public:
    explicit SpanCursor(const QList<Span> &spans)
        : m_spans(&spans)
    {
    }

    /** The spans, sorted by start. */
    const QList<Span> &spans() const { return *m_spans; }

    /** The index of the last span starting at or before @p pos, or -1 when there is none. */
    qsizetype lastStartingBy(qsizetype pos) const
    {
        const QList<Span> &spans = *m_spans;
        m_last = lowerBoundNear(spans.size(), m_last + 1, pos + 1,
                                [&spans](qsizetype i) { return spans[i].start; })
                 - 1;
        return m_last;
    }

    /** Whether the last span starting at or before @p pos holds it (start <= pos < end): the
     *  span holding it, when the spans do not overlap. */
    bool inside(qsizetype pos) const
    {
        const qsizetype i = lastStartingBy(pos);
        return i >= 0 && pos < (*m_spans)[i].end;
    }

private:
    const QList<Span> *m_spans;
    mutable qsizetype m_last = -1; ///< the last answer
};

} // namespace gloss::quotes
