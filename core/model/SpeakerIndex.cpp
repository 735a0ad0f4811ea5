#include "SpeakerIndex.h"

#include <algorithm>

namespace gloss {

SpeakerIndex::SpeakerIndex(const Article &article)
{
    const qsizetype count = article.quotes.size();
    m_spans.reserve(count);
    m_byStart.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Quote &q = article.quotes.at(i);
        m_spans.append(q.span);
        m_byStart.append(i);
        m_longest = std::max(m_longest, q.span.length());
        if (q.kind != QuoteKind::Direct) {
            m_others.append(i);
            continue;
        }
        ++m_directQuotes;
        if (!article.speakerOf(q)) {
            m_unattributed.append(i);
            continue;
        }
        QList<int> &quotes = m_quotesBySpeaker[q.speaker];
        if (quotes.isEmpty())
            m_speakers.append(q.speaker);
        quotes.append(i);
    }
    std::stable_sort(m_byStart.begin(), m_byStart.end(),
                     [this](int a, int b) { return m_spans.at(a).start < m_spans.at(b).start; });
}

int SpeakerIndex::quoteHolding(const Span &passage) const
{
    const qsizetype middle = passage.start + passage.length() / 2;
    auto it = std::upper_bound(m_byStart.cbegin(), m_byStart.cend(), middle,
                               [this](qsizetype pos, int q) { return pos < m_spans.at(q).start; });
    int best = -1;
    while (it != m_byStart.cbegin()) {
        --it;
        const Span &q = m_spans.at(*it);
        if (q.start + m_longest < middle)
            break;
        if (!q.contains(middle) && !(passage.isEmpty() && q.start == middle))
            continue;
        const qsizetype overlap = std::min(q.end, passage.end) - std::max(q.start, passage.start);
        if (overlap * 2 < passage.length())
            continue;
        if (best < 0 || q.length() < m_spans.at(best).length())
            best = *it;
    }
    return best;
}

} // namespace gloss
