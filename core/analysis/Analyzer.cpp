#include "Analyzer.h"

namespace gloss {

Article Analyzer::analyze(const Document &document)
{
    Article article;
    article.document = document;
    const QString &text = document.text();
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (!text.mid(start, end - start).trimmed().isEmpty())
            article.paragraphs.append({{start, end}, ParagraphRole::Body});
        start = end + 1;
    }
    if (!article.paragraphs.isEmpty()) {
        article.paragraphs.first().role = ParagraphRole::Headline;
        article.title = article.textOf(article.paragraphs.first().span);
    }
    return article;
}

} // namespace gloss
