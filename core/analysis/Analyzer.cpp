#include "Analyzer.h"
#include "Analyzer_p.h"

#include "entities/EntityRecognizer.h"
#include "quotes/Attributor.h"
#include "quotes/ClaimExtractor.h"
#include "quotes/QuoteFinder.h"
#include "text/Segmenter.h"

#include <QCoreApplication>
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
        sorted.last().id = analysisId(u'E', i + 1);
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

/** The ranges of code (Markdown code blocks) in @p document, ascending. */
QList<Span> codeRanges(const Document &document)
{
    QList<Span> out;
    for (const Document::Block &b : document.blocks) {
        if (b.kind == Document::Block::Code && b.end > b.start)
            out.append(Span{b.start, b.end});
    }
    return out;
}

/**
 * What the stages read of @p document: its first @p length characters (all of it when not
 * limited), with the characters of @p code blanked (spaces; line breaks kept), so that the
 * stages find nothing past the limit or in code while every offset stays the same.
 */
Document stageDocument(const Document &document, qsizetype length, const QList<Span> &code)
{
    // without code to blank, the first characters of the text itself, not a copy of them (the
    // document outlives the stages)
    QString text = code.isEmpty() && length < document.text().size()
                       ? QString::fromRawData(document.text().constData(), length)
                       : document.text().left(length);
    for (const Span &s : code) {
        const qsizetype end = std::min(s.end, text.size());
        for (qsizetype i = std::max<qsizetype>(0, s.start); i < end; ++i) {
            if (text.at(i) != u'\n')
                text[i] = u' ';
        }
    }
    Document out(std::move(text), document.source());
    out.format = document.format;
    out.copyMetadata(document);
    out.warnings = document.warnings;
    for (Document::Block b : document.blocks) {
        if (b.start >= length)
            break;
        b.end = std::min(b.end, length);
        out.blocks.append(b);
    }
    return out;
}

} // namespace

Article detail::analyze(const Document &document, const AnalyzerOptions &options)
{
    const auto stageDone = [&options](const char *stage) {
        if (options.stageDone)
            options.stageDone(stage);
    };
    Article article;
    article.document = document;
    Segmenter::segment(article);
    stageDone("segment");

    // Huge inputs: every stage sees the paragraphs before the limit only, and the text up to
    // the end of the last of them (so that no stage reads, or reports, anything past it).
    const QList<Paragraph> allParagraphs = article.paragraphs;
    const QList<Sentence> allSentences = article.sentences;
    const qsizetype length = document.text().size();
    qsizetype analysed = length;
    if (length > options.maxAnalysedLength) {
        article.limited = true;
        // copies of the lists' first parts only (removing from the end of a shared list would
        // copy it whole first)
        const auto endsBefore = [](const auto &list, qsizetype limit) {
            return std::partition_point(list.cbegin(), list.cend(), [limit](const auto &x) {
                       return x.span.end <= limit;
                   })
                   - list.cbegin();
        };
        article.paragraphs = allParagraphs.first(endsBefore(allParagraphs,
                                                            options.maxAnalysedLength));
        analysed = article.paragraphs.isEmpty() ? 0 : article.paragraphs.last().span.end;
        article.sentences = allSentences.first(endsBefore(allSentences, analysed));
        article.warnings.append(
            QCoreApplication::translate("gloss::Analyzer",
                                        "text too long: quotes, entities and claims cover its "
                                        "first %1 of %2 characters only (%3 of %4 paragraphs)")
                .arg(document.toCodePoint(analysed))
                .arg(document.codePointLength())
                .arg(article.paragraphs.size())
                .arg(allParagraphs.size()));
    }

    // Code keeps its text, but it is not prose: the stages read the text with the code blanked
    // out and no sentence inside it, so no quote, entity or claim comes from code.
    const QList<Span> code = codeRanges(document);
    if (!code.isEmpty() || analysed < length) {
        article.document = stageDocument(document, analysed, code);
        article.sentences.removeIf([&code](const Sentence &s) {
            return std::any_of(code.cbegin(), code.cend(), [&s](const Span &c) {
                return s.span.start >= c.start && s.span.end <= c.end;
            });
        });
    }

    article.quotes = QuoteFinder::find(article);
    stageDone("quotes");
    article.entities = EntityRecognizer::recognize(article);
    stageDone("entities");
    EntityRecognizer::Ensurer ensurer(article);
    const QList<ReportedStatement> reported = Attributor::attribute(article, &ensurer);
    stageDone("attribution");
    article.claims = ClaimExtractor::extract(article, reported);
    stageDone("claims");
    article.paragraphs = allParagraphs;
    article.sentences = allSentences;
    article.document = document;
    article.analysedLength = analysed;

    for (qsizetype i = 0; i < article.quotes.size(); ++i)
        article.quotes[i].id = analysisId(u'Q', i + 1);
    renumberEntities(article);
    stageDone("finish");
    return article;
}

Article Analyzer::analyze(const Document &document)
{
    return detail::analyze(document, {});
}

} // namespace gloss
