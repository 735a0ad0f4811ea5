#pragma once

#include "Attributor.h"
#include "model/Article.h"

namespace gloss {

/**
 * @brief Picks the statements of an article worth checking, for the side panel.
 *
 * One claim per sentence (a quote spanning sentences makes one claim of all of them), in text
 * order, from the body paragraphs only:
 * - `quote`: a sentence with a direct quote (source: its speaker, cue: its cue);
 * - `hedged`: a hedged statement (reportedly, is likely to, could, may, is expected to, or a
 *   generic source such as "observers say");
 * - `reported`: reported speech with a known source (`X said that …`, `according to X`);
 * - `factual`: a sentence with figures, money, percentages, dates or comparisons.
 * The text is the trimmed sentence (line breaks as spaces), so it reads on its own.
 */
class ClaimExtractor
{
public:
    static QList<Claim> extract(const Article &article, const QList<ReportedStatement> &reported);
};

} // namespace gloss
