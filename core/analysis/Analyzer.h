#pragma once

#include "model/Article.h"

namespace gloss {

/**
 * @brief Turns a Document into an Article: structure, quotes, entities, attribution, claims.
 *
 * Stages, in order: Segmenter (paragraphs, sentences, title, dateline, byline) → QuoteFinder →
 * EntityRecognizer → Attributor (speakers, cues, reported speech) → ClaimExtractor. Ids are
 * given at the end: E1… in order of first mention, Q1… and C1… in text order.
 *
 * A pure function of its input: safe to call from any thread (QtConcurrent). Every stage is
 * linear in the text size.
 */
class Analyzer
{
public:
    struct Limits
    {
        /**
         * Texts longer than this (UTF-16 units, 32 Mi ≈ 32–64 MB) are analysed up to the last
         * paragraph break before it: every stage reads the text up to there only, so nothing
         * past it is reported. Article::limited is set, Article::analysedLength says where the
         * analysis stopped, and a warning gives the characters and paragraphs analysed.
         */
        static constexpr qsizetype maxAnalysedLength = qsizetype(32) * 1024 * 1024;
    };

    static Article analyze(const Document &document);
};

} // namespace gloss
