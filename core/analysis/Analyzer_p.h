#pragma once
// Not part of Gloss's API: the analyzer with what tests and benchmarks inject (a small analysis
// limit, a hook after each stage). Analyzer::analyze() is analyze(document, {}).

#include "Analyzer.h"

#include <functional>

namespace gloss::detail {

struct AnalyzerOptions
{
    /** Analyzer::Limits::maxAnalysedLength, or a smaller one for a test. */
    qsizetype maxAnalysedLength = Analyzer::Limits::maxAnalysedLength;
    /**
     * Called after each stage with its name ("segment", "quotes", "entities", "attribution",
     * "claims", "finish"); a benchmark times the stages with it.
     */
    std::function<void(const char *stage)> stageDone;
};

Article analyze(const Document &document, const AnalyzerOptions &options);

} // namespace gloss::detail
