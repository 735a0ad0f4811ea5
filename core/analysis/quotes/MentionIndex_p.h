#pragma once

// Internal to the attribution (Attributor): the entity mentions it reads and adds, in text order.

#include "SpanCursor_p.h"

#include <QList>
#include <QVarLengthArray>

#include <algorithm>

namespace gloss::attribution {

struct Mention
{
    qsizetype start = 0;
    qsizetype end = 0;
    int entity = -1;
    bool inQuote = false;
};

using Mentions = QVarLengthArray<Mention, 16>;

/**
 * Every entity mention by start: the recognizer's, sorted once, and the ones attribution adds
 * (a name it finds, a description), kept apart in their own sorted list. Attribution goes
 * through the text in order, so an added mention lands at or near the end of that list, never
 * in the middle of the recognizer's (inserting there moved the whole tail every time, which made
 * attribution slower than linear). Read in one order: by start, as if it were one list; no two
 * entries of the two lists start at the same place.
 */
class MentionIndex
{
public:
    void build(QList<Mention> mentions)
    {
        m_base = std::move(mentions);
        std::sort(m_base.begin(), m_base.end(),
                  [](const Mention &x, const Mention &y) { return x.start < y.start; });
    }
    QList<Mention> &base() { return m_base; }

    /** Adds @p m unless a mention starts where it does; whether it was added. */
    bool add(const Mention &m)
    {
        const auto b = lowerBound(m_base, m.start, m_baseHint);
        if (b != m_base.cend() && b->start == m.start)
            return false;
        const auto a = lowerBound(m_added, m.start, m_addedHint);
        if (a != m_added.cend() && a->start == m.start)
            return false;
        m_added.insert(a - m_added.cbegin(), m);
        return true;
    }

    /** Calls @p f with the mentions starting at or after @p pos, in order, until it returns
     *  false. */
    template<typename F>
    void forwardFrom(qsizetype pos, F f) const
    {
        auto b = lowerBound(m_base, pos, m_baseHint);
        auto a = lowerBound(m_added, pos, m_addedHint);
        while (b != m_base.cend() || a != m_added.cend()) {
            const bool takeBase = a == m_added.cend()
                                  || (b != m_base.cend() && b->start < a->start);
            if (!f(*(takeBase ? b++ : a++)))
                return;
        }
    }

    /** Calls @p f with the mentions starting before @p pos, nearest first, until it returns
     *  false. */
    template<typename F>
    void backwardFrom(qsizetype pos, F f) const
    {
        auto b = lowerBound(m_base, pos, m_baseHint);
        auto a = lowerBound(m_added, pos, m_addedHint);
        while (b != m_base.cbegin() || a != m_added.cbegin()) {
            const bool takeBase =
                a == m_added.cbegin()
                || (b != m_base.cbegin() && std::prev(b)->start > std::prev(a)->start);
            if (!f(*(takeBase ? --b : --a)))
                return;
        }
    }

private:
    /** The first of @p l starting at or after @p pos, searched from the last answer @p hint
     *  outward (attribution reads the text in order: the answer is nearly always near). */
    static QList<Mention>::const_iterator lowerBound(const QList<Mention> &l, qsizetype pos,
                                                     qsizetype &hint)
    {
        hint = quotes::lowerBoundNear(l.size(), hint, pos,
                                      [&l](qsizetype i) { return l[i].start; });
        return l.cbegin() + hint;
    }

    QList<Mention> m_base;  ///< the recognizer's, sorted by start
    QList<Mention> m_added; ///< added during attribution, sorted by start
    mutable qsizetype m_baseHint = 0;  ///< the last look-up's answer in m_base
    mutable qsizetype m_addedHint = 0; ///< and in m_added
};


} // namespace gloss::attribution
