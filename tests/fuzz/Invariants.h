#pragma once

// What Article.h promises about spans and indexes, checked on any analysis result. Shared by
// the fuzz targets (which abort on a violation) and the hostile-input tests (which fail).

#include "model/Article.h"

#include <QString>

namespace gloss::invariants {

inline bool spanInside(const Span &span, qsizetype length)
{
    return span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** The first broken promise of @p article, or an empty string when there is none. */
inline QString checkArticle(const Article &article)
{
    const qsizetype n = article.document.text().size();
    const qsizetype entities = article.entities.size();
    const qsizetype quotes = article.quotes.size();
    const qsizetype paragraphs = article.paragraphs.size();
    const auto where = [](const char *what, qsizetype i) {
        return QStringLiteral("%1 %2").arg(QLatin1StringView(what)).arg(i);
    };
    qsizetype previousEnd = 0;
    for (qsizetype i = 0; i < paragraphs; ++i) {
        const Span &s = article.paragraphs[i].span;
        if (!spanInside(s, n))
            return where("paragraph span outside the text:", i);
        if (s.start < previousEnd)
            return where("paragraphs overlap or are out of order:", i);
        previousEnd = s.end;
    }
    for (qsizetype i = 0; i < article.sentences.size(); ++i) {
        const Sentence &s = article.sentences[i];
        if (!spanInside(s.span, n))
            return where("sentence span outside the text:", i);
        if (s.paragraph < -1 || s.paragraph >= paragraphs)
            return where("sentence paragraph index out of range:", i);
    }
    for (qsizetype i = 0; i < entities; ++i) {
        for (const Span &m : article.entities[i].mentions) {
            if (!spanInside(m, n))
                return where("entity mention outside the text:", i);
        }
    }
    for (qsizetype i = 0; i < quotes; ++i) {
        const Quote &q = article.quotes[i];
        if (!spanInside(q.span, n) || !(q.cueSpan.isEmpty() || spanInside(q.cueSpan, n)))
            return where("quote or cue span outside the text:", i);
        if (q.speaker < -1 || q.speaker >= entities || q.via < -1 || q.via >= entities)
            return where("quote speaker/via index out of range:", i);
        if (q.parent < -1 || q.parent >= quotes || q.parent == i)
            return where("quote parent index out of range:", i);
        if (q.paragraph < -1 || q.paragraph >= paragraphs)
            return where("quote paragraph index out of range:", i);
    }
    for (qsizetype i = 0; i < article.claims.size(); ++i) {
        const Claim &c = article.claims[i];
        if (!spanInside(c.span, n))
            return where("claim span outside the text:", i);
        if (c.source < -1 || c.source >= entities)
            return where("claim source index out of range:", i);
        for (const int q : c.quotes) {
            if (q < 0 || q >= quotes)
                return where("claim quote index out of range:", i);
        }
    }
    if (article.limited && article.warnings.isEmpty())
        return QStringLiteral("analysis limited without a warning saying so");
    return {};
}

} // namespace gloss::invariants
