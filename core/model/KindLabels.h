#pragma once

#include "model/Article.h"

#include <QString>

/**
 * The reader's names of the kinds of claims and quotes, translated: one wording for the claims
 * panel, the note exports and `gloss analyze --format text`. (The analysis JSON and the CSV
 * export keep the fixed names of claimKindName() and quoteKindName().)
 */
namespace gloss {

/** "Quoted", "Reported", "Hedged", "Stated as fact". */
QString claimKindLabel(ClaimKind kind);
/** "direct", "scare", "title": how a quoted stretch is used. */
QString quoteKindLabel(QuoteKind kind);

} // namespace gloss
