#pragma once

// Internal to the HTML extractor: what an element's class and id say about it (article body,
// page furniture), as reader modes read them.

#include <gumbo.h>

#include <string>
#include <string_view>

namespace gloss::html {

enum Hint : unsigned { NoHint = 0, Positive = 1, WeakNegative = 2, StrongNegative = 4 };

/** Hints of one lower-case class or id token ("article-body" is two tokens, see below). */
unsigned tokenHints(std::string_view token);
/** Hints of a lower-case class and id string, split into alphanumeric tokens. */
unsigned computeClassHints(const std::string &s);
/** Hints of an element's class and id; pages repeat the same few, so results are cached. */
unsigned classHints(const GumboNode *n);

} // namespace gloss::html
