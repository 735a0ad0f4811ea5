#include "Analyzer.h"

#include "entities/EntityRecognizer.h"
#include "quotes/Attributor.h"
#include "quotes/ClaimExtractor.h"
#include "quotes/QuoteFinder.h"
#include "text/Segmenter.h"

#include <QHash>

#include <algorithm>

namespace gloss {

namespace {

/** E1… in order of first mention; remaps every index into the entity list. */
void renumberEntities(Article &a)
{
    QList<int> order(a.entities.size());
    for (int i = 0; i < order.size(); ++i) {
        std::sort(a.entities[i].mentions.begin(), a.entities[i].mentions.end(),
                  [](const Span &x, const Span &y) { return x.start < y.start; });
        order[i] = i;
    }
    const auto first = [&a](int e) {
        return a.entities[e].mentions.isEmpty() ? a.document.text().size()
                                                : a.entities[e].mentions.first().start;
    };
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) { return first(x) < first(y); });
    QList<int> newIndex(order.size());
    QList<Entity> sorted;
    sorted.reserve(order.size());
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = i;
        sorted.append(a.entities[order[i]]);
        sorted.last().id = QStringLiteral("E%1").arg(i + 1);
    }
    a.entities = sorted;
    const auto remap = [&newIndex](int &e) {
        if (e >= 0 && e < newIndex.size())
            e = newIndex[e];
    };
    for (Quote &q : a.quotes) {
        remap(q.speaker);
        remap(q.via);
    }
    for (Claim &c : a.claims)
        remap(c.source);
}

} // namespace

Article Analyzer::analyze(const Document &document)
{
    Article article;
    article.document = document;
    Segmenter::segment(article);

    // huge inputs: the later stages see the paragraphs before the limit only
    const QList<Paragraph> allParagraphs = article.paragraphs;
    if (document.text().size() > Limits::maxAnalysedLength) {
        article.limited = true;
        while (!article.paragraphs.isEmpty()
               && article.paragraphs.last().span.end > Limits::maxAnalysedLength)
            article.paragraphs.removeLast();
        article.warnings.append(
            QStringLiteral("text too long: quotes, entities and claims cover the first %1 "
                           "characters only")
                .arg(Limits::maxAnalysedLength));
    }

    article.quotes = QuoteFinder::find(article);
    article.entities = EntityRecognizer::recognize(article);
    const QList<ReportedStatement> reported =
        Attributor::attribute(article, &EntityRecognizer::ensureEntity);
    article.claims = ClaimExtractor::extract(article, reported);
    article.paragraphs = allParagraphs;

    for (qsizetype i = 0; i < article.quotes.size(); ++i)
        article.quotes[i].id = QStringLiteral("Q%1").arg(i + 1);
    renumberEntities(article);
    return article;
}

} // namespace gloss
