#pragma once

// Internal to the HTML extractor: building gumbo's tree of a page (in an Arena, with long text
// runs stood in for while gumbo reads it) and making it safe for the recursive walkers.

#include "HtmlArena_p.h"

#include <QByteArray>

#include <gumbo.h>

namespace gloss::html {

/** How deep the walkers of the extractor go (a news page nests 20 to 40 elements deep). */
constexpr int kMaxDepth = 200;

/**
 * The tree of @p utf8 (the arena owns it, and frees it when it goes out of scope); @p parsed
 * keeps the bytes gumbo read, which the tree's original_* fields point into. With
 * @p shrinkRuns, long text runs are stood in for while gumbo parses (TextRuns): the same tree.
 */
GumboOutput *parse(const QByteArray &utf8, Arena &arena, bool shrinkRuns, QByteArray &parsed);

/**
 * Makes the elements nested deeper than kMaxDepth hold only their text: the walkers
 * recurse, and a hostile page (10,000 nested <q>) overflowed the stack. No text is lost;
 * the structure below that depth is. True when something was flattened.
 */
bool flattenDeep(GumboNode *root, Arena &arena);

} // namespace gloss::html
