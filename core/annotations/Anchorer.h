#pragma once

#include "Annotation.h"

#include <memory>
#include <optional>
#include <vector>

namespace gloss {

/**
 * @brief Finds where notes belong in a text: the same text, or a changed one.
 *
 * In an unchanged text the TextPositionSelector is trusted. In a changed text the note is first
 * looked for at its stored position (same words, and the context agrees), then by a fuzzy
 * search: candidate places come from exact matches of 8-character pieces of the prefix, quote
 * and suffix (an index of the text built once), each candidate is aligned with the quote
 * (edit distance, so corrected words are found) and its context is compared with the stored
 * prefix and suffix. The best candidate is taken only when the evidence (matching characters of
 * quote and context) is strong enough and no other place is about as good; otherwise the note
 * is an orphan. A note is never placed on words that merely look alike: a short quote needs its
 * context, a changed quote needs context on at least one side.
 *
 * Not thread-safe (the index is built lazily); one Anchorer per text, cheap when unused.
 */
class Anchorer
{
public:
    explicit Anchorer(const Document &document);
    ~Anchorer();
    Anchorer(const Anchorer &) = delete;
    Anchorer &operator=(const Anchorer &) = delete;

    struct Match
    {
        AnchorState state = AnchorState::Orphaned;
        Span span; ///< UTF-16 offsets in the text; empty when orphaned
    };

    /**
     * Where the passage described by @p quote and @p position is now. @p sameText says the
     * selectors were made on this very text (equal content hash): the position is then trusted.
     */
    Match find(const TextQuoteSelector &quote, const TextPositionSelector &position,
               bool sameText) const;

    /**
     * Places @p annotation: sets state and span and, when it was found on changed text, points
     * its selectors at the words it is on now (an orphan keeps its last known selectors).
     * Article-level notes are left as they are.
     */
    void anchor(Annotation &annotation, bool sameText) const;
    void anchorAll(QList<Annotation> &annotations, bool sameText) const;

    const Document &document() const { return m_document; }

private:
    struct Index;
    struct Candidate;
    const Index &index() const;
    void evaluate(Candidate &c, const TextQuoteSelector &quote, qsizetype hint) const;
    /** Where pieces of prefix + quote + suffix found in the text put the quote's start. */
    std::vector<qsizetype> impliedStarts(const TextQuoteSelector &quote) const;
    /** The quote near @p places, word for word and (when none has its context) aligned. */
    std::vector<Candidate> candidatesNear(const TextQuoteSelector &quote,
                                          std::vector<qsizetype> places, qsizetype hint) const;
    /** Changed words: the quote aligned in a window around @p lo..@p hi. */
    std::optional<Candidate> alignedNear(const TextQuoteSelector &quote, qsizetype lo,
                                         qsizetype hi, qsizetype hint) const;

    Document m_document;
    mutable std::unique_ptr<Index> m_index;
};

} // namespace gloss
