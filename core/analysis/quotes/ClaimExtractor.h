#pragma once

#include "Attributor.h"
#include "model/Article.h"

namespace gloss {

/**
 * @brief Picks the statements of an article worth checking, for the side panel.
 *
 * In text order, from the body paragraphs only:
 * - `quote`: the sentences of a direct quote, from the words after its cue when the cue stands
 *   before the quote in the sentence (source: its speaker, cue: its cue);
 * - `reported`: each statement of reported speech, belief or intention in a sentence without
 *   a quote (`X said that …`, `according to X`, `X believes …`, `analysts say …`); its span is
 *   the statement's content (the clause after the cue, or the words before `…, X said`), its
 *   source the speaker entity (none for a generic or unresolved source; the source mention
 *   still names the words);
 * - `hedged`: any other hedged sentence (reportedly, is likely to, could, may, is expected to);
 * - `factual`: any other sentence with figures, money, percentages, dates or comparisons.
 * The text is the trimmed span (line breaks as spaces), so it reads on its own.
 */
class ClaimExtractor
{
public:
    static QList<Claim> extract(const Article &article, const QList<ReportedStatement> &reported);
};

} // namespace gloss
