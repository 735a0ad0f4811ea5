#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>
#include <span>
#include <utility>

namespace gloss::attribution {

/**
 * @brief The speakers the attribution has found in each sentence so far: (position, entity).
 *
 * One list for the whole text, grouped by sentence in sentence order (not a list per sentence:
 * at 50 MB those were 8 MB of empty lists and an allocation for each sentence with a speaker).
 * The attribution goes through the text sentence by sentence, so an addition lands at or near
 * the end of the list. Within a sentence the entries keep the order in which they were added,
 * or the order of their positions for insertSorted().
 */
class SentenceSpeakers
{
public:
    using Entry = std::pair<qsizetype, int>; ///< (position, speaker entity)

    /** Adds @p entry after the entries of sentence @p sentence. */
    void add(qsizetype sentence, Entry entry) { insertAt(groupEnd(sentence), sentence, entry); }

    /** Adds @p entry to sentence @p sentence after the entries at or before its position. */
    void insertSorted(qsizetype sentence, Entry entry)
    {
        const auto [from, to] = group(sentence);
        const auto at = std::upper_bound(
            m_entries.cbegin() + from, m_entries.cbegin() + to, entry.first,
            [](qsizetype pos, const Entry &e) { return pos < e.first; });
        insertAt(at - m_entries.cbegin(), sentence, entry);
    }

    /** The entries of sentence @p sentence, in order (read them backwards for the latest). */
    std::span<const Entry> of(qsizetype sentence) const
    {
        const auto [from, to] = group(sentence);
        return {m_entries.constData() + from, size_t(to - from)};
    }

    qsizetype size() const { return m_entries.size(); }

private:
    std::pair<qsizetype, qsizetype> group(qsizetype sentence) const
    {
        const auto range = std::equal_range(m_sentences.cbegin(), m_sentences.cend(), sentence);
        return {range.first - m_sentences.cbegin(), range.second - m_sentences.cbegin()};
    }
    qsizetype groupEnd(qsizetype sentence) const
    {
        // most additions are to the last sentence with entries, or a later one
        if (m_sentences.isEmpty() || m_sentences.last() <= sentence)
            return m_sentences.size();
        return std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), sentence)
               - m_sentences.cbegin();
    }
    void insertAt(qsizetype at, qsizetype sentence, Entry entry)
    {
        m_entries.insert(at, entry);
        m_sentences.insert(at, sentence);
    }

    QList<Entry> m_entries;       ///< grouped by sentence, ascending
    QList<qsizetype> m_sentences; ///< beside each entry, its sentence
};

} // namespace gloss::attribution
