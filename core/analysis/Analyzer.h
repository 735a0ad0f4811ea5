#pragma once

#include "model/Article.h"

namespace gloss {

/**
 * @brief Turns a Document into an Article: structure, quotes, entities, attribution, claims.
 *
 * A pure function of its input: safe to call from any thread (QtConcurrent).
 */
class Analyzer
{
public:
    static Article analyze(const Document &document);
};

} // namespace gloss
