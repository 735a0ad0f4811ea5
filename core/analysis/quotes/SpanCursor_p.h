#pragma once

#include "model/Article.h"

#include <QList>

#include <algorithm>

namespace gloss::quotes {

/**
 * @brief Where a position falls in a list of spans sorted by start, for look-ups that go
 * forward through the text.
 *
 * Remembers its last answer: a look-up at or a little after the last one is answered from it
 * or the span after it, any other by a search of the whole list (which at 80,000 quotes misses
 * the cache at nearly every step). The list must outlive the cursor and not change under it.
 */
class SpanCursor
{
public:
    explicit SpanCursor(const QList<Span> &spans)
        : m_spans(&spans)
    {
    }

    /** The index of the last span starting at or before @p pos, or -1 when there is none. */
    qsizetype lastStartingBy(qsizetype pos) const
    {
        const QList<Span> &spans = *m_spans;
        const qsizetype n = spans.size();
        const auto startsBy = [&](qsizetype i) {
            return i < 0 || (i < n && spans[i].start <= pos);
        };
        for (const qsizetype i : {m_last, m_last + 1}) {
            if (i < n && startsBy(i) && !startsBy(i + 1))
                return m_last = i;
        }
        const auto it = std::upper_bound(spans.cbegin(), spans.cend(), pos,
                                         [](qsizetype p, const Span &s) { return p < s.start; });
        return m_last = (it - spans.cbegin()) - 1;
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
