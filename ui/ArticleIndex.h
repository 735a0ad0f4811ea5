#pragma once

#include "model/Article.h"
#include "model/SpeakerIndex.h"

#include <QHash>
#include <QList>

class QTextDocument;

namespace gloss {

/**
 * @brief The Article's spans sorted into the text blocks of a QTextDocument.
 *
 * The reading view's document holds exactly Document::text(), so a span maps 1:1 onto document
 * positions. The highlighter asks for the items of one block at a time (O(items in block)), the
 * view asks what stands under the mouse.
 *
 * The owner of the speakers' colour slots (their order is SpeakerIndex's): the
 * ReadingTheme::kSpeakerColors most quoted speakers (ties: the earlier first) get the distinct
 * slots 0, 1, … in order of their first quote; every other speaker gets sharedSlot(), whose
 * colour (ReadingTheme::speakerColor()) they share, so that no colour is silently reused.
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

    /** Who speaks, in order of their first direct quote. */
    const SpeakerIndex &speakerIndex() const { return m_speakerIndex; }
    /**
     * Colour slot of an entity that speaks (0 … ReadingTheme::kSpeakerColors - 1, or
     * sharedSlot()), or -1.
     */
    int speakerSlot(int entity) const { return m_slots.value(entity, -1); }
    /** The slot of the speakers without a colour of their own (ReadingTheme::kSpeakerColors). */
    static int sharedSlot();
    /** True for a speaker whose colour is the shared one. */
    bool hasSharedColor(int entity) const { return speakerSlot(entity) == sharedSlot(); }
    /** Number of speakers sharing the shared colour. */
    int sharedColorCount() const { return m_sharedColors; }
    /** The dateline at the start of a paragraph, when the article has one (else empty). */
    Span datelineSpan() const { return m_dateline; }

private:
    void addRuns(const Span &span, Kind kind, int item, int mention = -1);
    void assignColorSlots();
    int itemAt(qsizetype pos, Kind kind) const;

    QList<qsizetype> m_blockStarts;
    QList<QList<Run>> m_runs;
    SpeakerIndex m_speakerIndex;
    QHash<int, int> m_slots;
    int m_sharedColors = 0;
    Span m_dateline;
};

} // namespace gloss
