#pragma once

#include "model/Article.h"

#include <QHash>
#include <QList>

class QTextDocument;

namespace gloss {

/**
 * @brief The Article's spans sorted into the text blocks of a QTextDocument.
 *
 * The reading view's document holds exactly Document::text(), so a span maps 1:1 onto document
 * positions. The highlighter asks for the items of one block at a time (O(items in block)), the
 * view asks what stands under the mouse. Speakers get colour slots in order of their first quote.
 */
class ArticleIndex
{
public:
    enum class Kind { Quote, Mention, Claim };

    /** One item's part inside a block; offsets are relative to the block. */
    struct Run
    {
        int start = 0;
        int end = 0;
        Kind kind = Kind::Quote;
        int item = -1; ///< index into Article::quotes, Article::entities or Article::claims
        int mention = -1; ///< for a Mention: index into Entity::mentions
    };

    ArticleIndex() = default;
    /** Indexes @p article; block boundaries come from @p document (or the text, when null). */
    void build(const Article &article, const QTextDocument *document);

    int blockCount() const { return int(m_blockStarts.size()); }
    /** Runs of block @p block sorted by start (quotes, then mentions, then claims). */
    const QList<Run> &runs(int block) const;
    /** Block holding document position @p pos. */
    int blockAt(qsizetype pos) const;
    qsizetype blockStart(int block) const { return m_blockStarts.value(block); }

    /** Innermost quote at @p pos, or -1. */
    int quoteAt(qsizetype pos) const;
    /** Entity mentioned at @p pos, or -1. */
    int entityAt(qsizetype pos) const;
    /** Claim at @p pos, or -1. */
    int claimAt(qsizetype pos) const;

    /** Speakers (entity indexes) in order of their first direct quote. */
    const QList<int> &speakers() const { return m_speakers; }
    /** Colour slot of an entity that speaks, or -1. */
    int speakerSlot(int entity) const { return m_slots.value(entity, -1); }
    /** Number of direct quotes of an entity. */
    int quoteCount(int entity) const { return m_quoteCounts.value(entity, 0); }
    /** Direct quotes without a speaker. */
    int unattributedCount() const { return m_unattributed; }
    /** Number of direct quotes. */
    int directQuoteCount() const { return m_directQuotes; }
    /** The dateline at the start of a paragraph, when the article has one (else empty). */
    Span datelineSpan() const { return m_dateline; }

private:
    void addRuns(const Span &span, Kind kind, int item, int mention = -1);
    int itemAt(qsizetype pos, Kind kind) const;

    QList<qsizetype> m_blockStarts;
    QList<QList<Run>> m_runs;
    QList<int> m_speakers;
    QHash<int, int> m_slots;
    QHash<int, int> m_quoteCounts;
    int m_unattributed = 0;
    int m_directQuotes = 0;
    Span m_dateline;
};

} // namespace gloss
