#pragma once

#include "model/Article.h"

#include <QHash>
#include <QList>

namespace gloss {

/**
 * @brief Who speaks in an article: the speakers in order of their first direct quote, the
 * quotes of each, the direct quotes nobody is credited with, and which quote holds a passage.
 *
 * The one owner of the speakers' order: the Speakers tab and its colours (ArticleIndex),
 * `gloss analyze --format text` and the exports' "Quotes by speaker" all read it. Only a direct
 * quote has a speaker (a scare quote credited to somebody becomes direct); scare quotes and
 * titles are others(). Indexes are into Article::quotes and Article::entities.
 */
class SpeakerIndex
{
public:
    SpeakerIndex() = default;
    explicit SpeakerIndex(const Article &article);

    /** The entities credited with a direct quote, in order of their first one. */
    const QList<int> &speakers() const { return m_speakers; }
    /** The direct quotes of @p entity in text order (empty for an entity that does not speak). */
    QList<int> quotesOf(int entity) const { return m_quotesBySpeaker.value(entity); }
    int quoteCount(int entity) const { return int(m_quotesBySpeaker.value(entity).size()); }
    /** Direct quotes without a speaker, in text order. */
    const QList<int> &unattributed() const { return m_unattributed; }
    /** Scare quotes and titles, in text order. */
    const QList<int> &others() const { return m_others; }
    int directQuoteCount() const { return m_directQuotes; }

    /**
     * The innermost quote that holds the middle of @p passage and at least half of it, or -1:
     * the quote a note on @p passage is about.
     */
    int quoteHolding(const Span &passage) const;

private:
    QList<Span> m_spans; ///< every quote's span, by index
    QList<int> m_byStart; ///< quote indexes by start
    qsizetype m_longest = 0;
    QList<int> m_speakers;
    QHash<int, QList<int>> m_quotesBySpeaker;
    QList<int> m_unattributed;
    QList<int> m_others;
    int m_directQuotes = 0;
};

} // namespace gloss
