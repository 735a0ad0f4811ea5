#pragma once

#include "analysis/EntityEnsurer.h"
#include "model/Article.h"

namespace gloss {

/**
 * Adds (or clusters) an entity for a name found by attribution and returns its index in
 * Article::entities: the signature of EntityRecognizer::ensureEntity().
 */
using EnsureEntityFn = int (*)(Article &, Span, EntityType);

/**
 * A statement of reported speech, belief or intention (`X said that …`, `according to X, …`,
 * `X believes …`); a sentence may hold several.
 */
struct ReportedStatement
{
    Span sentence;       ///< the sentence holding the statement
    int source = -1;     ///< the speaker entity, or -1 for a generic source ("observers say")
    Span cueSpan;        ///< where the cue stands ("said that", "according to", …)
    Span sourceMention;  ///< the words naming the source ("he", "the agency"), or empty
    Span content;        ///< what was said: the clause after the cue, or the words before it
    bool generic = false; ///< the source is generic (observers, analysts, critics): a hedge
};

/**
 * @brief Finds who said each quote (speaker, cue, relaying source) and the reported speech.
 *
 * Works on the quotes of QuoteFinder and the entities of EntityRecognizer. For each quote it
 * looks, in bounded windows of the quote's own sentence, for the patterns of news writing:
 * `“…,” X said`, `“…,” said X`, `X said: “…”`, `X said … “fragment”`, `according to X`,
 * `X was quoted as saying` / `Y quoted X as saying` (Y is the relaying source, `via`),
 * `X wrote | tweeted | told reporters | added | argued | warned …`, pronouns (`he said`:
 * the most recent compatible subject), role nouns (`a spokesman for X`, `a Labour source`,
 * later `the spokesman`), organisations described by a noun (`the association said`),
 * descriptions of a person by office (`the senator`: the person named with that title, else
 * the person who spoke last), `X continued:` ending the paragraph before, `According to X,
 * "…"`, a quote that opens a sentence or paragraph continuing the previous speaker, and nested
 * quotes (only a person named inside the enclosing quote). Nothing supporting an answer
 * leaves the speaker empty. A fragment with a speaker becomes a Direct quote. Each quote keeps
 * the words naming its speaker (speakerMention) and where its cue stands (cueSpan).
 *
 * Statements: every cue of reported speech, belief or intention in a sentence (the built-in
 * reporting verbs and the cues learned from PolNeAR, lexicon::learnedCues()) with its source
 * and content.
 *
 * Cost: linear in the text (one sentence index, one sorted mention index, bounded windows).
 */
class Attributor
{
public:
    /**
     * Fills speaker, cue, cueSpan, via and the final kind of @p article's quotes; may add
     * entities through @p ensure for speaker names the recognizer missed (nullptr: never).
     * Returns the sentences of reported speech, for the claim stage.
     */
    static QList<ReportedStatement> attribute(Article &article, EnsureEntityFn ensure = nullptr);
    /** Same, with entities added through @p ensurer (EntityRecognizer::Ensurer: each name in
     *  about constant time, where ensureEntity() reads the whole article every time). */
    static QList<ReportedStatement> attribute(Article &article, EntityEnsurer *ensurer);
};

} // namespace gloss
