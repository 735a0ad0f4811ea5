#include "Analyzer.h"

#include "text/Segmenter.h"

namespace gloss {

Article Analyzer::analyze(const Document &document)
{
    Article article;
    article.document = document;
    Segmenter::segment(article);
    return article;
}

} // namespace gloss
