#pragma once

#include <QString>

namespace gloss::html {

/**
 * The tree gumbo builds of @p html, one node per line (for tests, the fuzzer and debugging; not
 * part of HtmlExtractor's interface): with @p shrinkRuns, parsed as extraction parses it (long
 * text runs stood in for while gumbo reads the page), which must give the same tree.
 */
QString treeOf(const QString &html, bool shrinkRuns);

} // namespace gloss::html
