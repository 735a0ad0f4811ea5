#include "ClaimExtractor.h"

#include "Lexicon.h"
#include "TextScan.h"

#include <algorithm>
#include <optional>
#include <iterator>

namespace gloss {

using namespace quotes;

namespace {

bool isBody(const Article &a, int paragraph)
{
    if (paragraph < 0 || paragraph >= a.paragraphs.size())
        return true;
    const ParagraphRole r = a.paragraphs[paragraph].role;
    return r == ParagraphRole::Body || r == ParagraphRole::BlockQuote;
}

bool isHedged(QStringView text, const Words &ws)
{
    for (const Word &w : ws) {
        const QStringView t = text.mid(w.start, w.end - w.start);
        if (t.front().isLower() && lexicon::hedges().contains(t))
            return true;
    }
    return false;
}

bool isFactual(QStringView text, const Words &ws)
{
    for (const QChar c : text) {
        if (c.isDigit() || c == u'%' || c == u'$' || c == u'\u00A3' || c == u'\u20AC'
            || c == u'\u00A5')
            return true;
    }
    static const WordSet strong{
        u"million", u"millions", u"billion", u"billions", u"trillion", u"thousands",
        u"hundreds", u"dozens", u"percent", u"twice", u"doubled", u"tripled", u"halved",
        u"largest", u"biggest", u"smallest", u"highest", u"lowest", u"fastest", u"slowest",
        u"worst", u"oldest", u"record", u"majority"};
    static const WordSet comparative{u"more", u"less", u"fewer", u"higher", u"lower",
                                     u"larger", u"smaller", u"bigger", u"greater"};
    for (qsizetype k = 0; k < ws.size(); ++k) {
        const QStringView t = text.mid(ws[k].start, ws[k].end - ws[k].start);
        if (strong.contains(t))
            return true;
        if (k + 1 < ws.size() && comparative.contains(t)
            && text.mid(ws[k + 1].start, ws[k + 1].end - ws[k + 1].start) == u"than")
            return true;
    }
    return false;
}

/**
 * Where the words after a cue start, at @p from, skipping spaces and a "that" ("saying that
 * …"), but never past @p limit.
 */
qsizetype contentStart(const QString &text, qsizetype from, qsizetype limit)
{
    while (from < limit && text[from].isSpace())
        ++from;
    if (limit - from > 5 && QStringView(text).mid(from, 5) == u"that ")
        from += 5;
    return from;
}

QString claimText(const QString &text, Span s)
{
    const QStringView v = QStringView(text).mid(s.start, s.length());
    bool plain = !v.isEmpty() && !v.front().isSpace() && !v.back().isSpace();
    for (qsizetype i = 0; plain && i < v.size(); ++i) {
        const QChar c = v[i];
        plain = c == u' ' ? (i + 1 < v.size() && v[i + 1] != u' ') : !c.isSpace();
    }
    return plain ? v.toString() : v.toString().simplified();
}

/**
 * A headline of the form "Source: what they said" ("Mayor: The Wall Will Hold", "Poll: Most
 * Voters Back the Plan"): a reported claim, its content the words after the colon, its source
 * the one to five words before it (an entity when the article names one there). A determiner
 * before the colon ("The Latest: …") or a shouted phrase ("FIX IS IN: …") is a rubric, not a
 * source.
 */
std::optional<Claim> headlineClaim(const Article &a, const Paragraph &p)
{
    const QString &text = a.document.text();
    const QStringView para = QStringView(text).mid(p.span.start, p.span.length());
    const qsizetype colon = para.indexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const Words before = wordsIn(para, 0, colon);
    const Words after = wordsIn(para, colon + 1, para.size());
    if (before.isEmpty() || before.size() > 5 || after.size() < 3)
        return std::nullopt;
    const auto wordAt = [&](const Word &w) { return para.mid(w.start, w.end - w.start); };
    const QStringView first = wordAt(before.first());
    if (!isCapitalised(first) || first == u"The" || first == u"A" || first == u"An")
        return std::nullopt;
    qsizetype shouted = 0;
    for (const Word &w : before) {
        const QStringView t = wordAt(w);
        shouted += t.size() > 1 && t.toString().toUpper() == t;
    }
    if (shouted >= 2)
        return std::nullopt;
    Claim c;
    c.kind = ClaimKind::Reported;
    c.sourceMention = {p.span.start + before.first().start, p.span.start + before.last().end};
    c.cue = QStringLiteral(":");
    c.cueSpan = {p.span.start + colon, p.span.start + colon + 1};
    qsizetype from = p.span.start + after.first().start;
    while (from > c.cueSpan.end && isQuoteMark(text[from - 1]))
        --from;
    qsizetype to = p.span.end;
    while (to > from && (text[to - 1].isSpace() || text[to - 1] == u'.'))
        --to;
    c.span = {from, to};
    c.text = claimText(text, c.span);
    for (int e = 0; e < a.entities.size() && c.source < 0; ++e) {
        for (const Span &m : a.entities[e].mentions) {
            if (m.start >= c.sourceMention.start && m.end <= c.sourceMention.end) {
                c.source = e;
                break;
            }
        }
    }
    return c;
}

} // namespace

QList<Claim> ClaimExtractor::extract(const Article &a, const QList<ReportedStatement> &reported)
{
    const QString &text = a.document.text();
    QList<Span> sentences;
    QList<int> sentencePara;
    if (!a.sentences.isEmpty()) {
        for (const Sentence &s : a.sentences) {
            sentences.append(s.span);
            sentencePara.append(s.paragraph >= 0 ? s.paragraph : a.paragraphAt(s.span.start));
        }
    } else {
        for (qsizetype p = 0; p < a.paragraphs.size(); ++p) {
            for (const Span &s : SentenceIndex::split(text, a.paragraphs[p].span)) {
                sentences.append(s);
                sentencePara.append(static_cast<int>(p));
            }
        }
    }
    const auto sentenceAt = [&](qsizetype pos) {
        const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), pos,
                                         [](qsizetype p, const Span &s) { return p < s.start; });
        return (it - sentences.cbegin()) - 1;
    };

    // the article's headline: its first paragraph, when the segmenter took it as one or when
    // it is one short line with more text after it (a headline ending in a full stop)
    std::optional<Claim> headline;
    if (a.paragraphs.size() > 1) {
        const Paragraph &first = a.paragraphs.first();
        const bool oneSentence = sentences.size() > 1 && sentencePara[0] == 0
                                 && sentencePara[1] != 0;
        if (first.role == ParagraphRole::Headline
            || (first.role == ParagraphRole::Body && oneSentence && first.span.length() <= 200))
            headline = headlineClaim(a, first);
    }
    QList<Claim> claims;
    // quote claims: the sentences a direct quote opens and closes in (first paragraph only)
    qsizetype covered = -1; // last sentence index used by a quote claim
    for (int qi = 0; qi < a.quotes.size(); ++qi) {
        const Quote &q = a.quotes[qi];
        if (q.parent >= 0 || q.kind != QuoteKind::Direct)
            continue;
        const qsizetype s0 = sentenceAt(std::max<qsizetype>(0, q.span.start - 1));
        if (s0 < 0 || !isBody(a, sentencePara[s0]) || (headline && sentencePara[s0] == 0))
            continue; // a quote of a "Source: …" headline is the headline's claim
        qsizetype s1 = sentenceAt(q.span.end);
        while (s1 > s0 && sentencePara[s1] != sentencePara[s0])
            --s1;
        // a quote that goes on from the claim's speaker in the next sentence of the paragraph,
        // with no cue of its own ("…," X said. "…"), is the same attribution: one claim
        // (across paragraphs too it would be, as PolNeAR often marks it; a claim stays in one
        // paragraph so that it reads on its own: 0.001 of claim F1 on PolNeAR train)
        const bool continues = !claims.isEmpty() && s0 == covered + 1 && q.cueSpan.isEmpty()
                               && q.speaker >= 0 && q.speaker == claims.last().source
                               && sentencePara[s0] == sentencePara[covered];
        if ((s0 <= covered || continues) && !claims.isEmpty()) {
            Claim &c = claims.last();
            c.quotes.append(qi);
            if (c.source < 0 && q.speaker >= 0) {
                c.source = q.speaker;
                c.cue = q.cue;
                c.cueSpan = q.cueSpan;
                c.sourceMention = q.speakerMention;
            }
            if (s1 > covered) {
                c.span.end = sentences[s1].end;
                c.text = claimText(text, c.span);
                covered = s1;
            }
            continue;
        }
        Claim c;
        c.kind = ClaimKind::Quote;
        c.span = {sentences[s0].start, sentences[std::max(s0, s1)].end};
        // a cue before the quote in its sentence ("Later, the senator said his campaign was
        // "closing strong.""): the claim is what follows the cue, not the scene before it
        // ("said on Tuesday: "…"": the quote itself, after the words that end in a colon or
        // a comma)
        if (!q.cueSpan.isEmpty() && q.cueSpan.start >= c.span.start
            && q.cueSpan.end < q.span.start) {
            const qsizetype mark = q.span.start - 1;
            const QStringView gap = QStringView(text).mid(q.cueSpan.end, mark - q.cueSpan.end)
                                        .trimmed();
            c.span.start = gap.endsWith(u':') || gap.endsWith(u',')
                               ? mark
                               : contentStart(text, q.cueSpan.end, mark);
        }
        c.text = claimText(text, c.span);
        c.source = q.speaker;
        c.cue = q.cue;
        c.cueSpan = q.cueSpan;
        c.sourceMention = q.speakerMention;
        c.quotes.append(qi);
        claims.append(std::move(c));
        covered = std::max(s0, s1);
    }

    // the other sentences: reported (one claim per statement, its span the statement's
    // content), else hedged or factual (the sentence)
    QList<bool> used(sentences.size(), false);
    for (const Claim &c : claims) {
        for (qsizetype s = sentenceAt(c.span.start); s >= 0 && s < sentences.size()
                                                     && sentences[s].start < c.span.end; ++s)
            used[s] = true;
    }
    // the quotes' spans, and their cues with the quote each stands for, in text order: a
    // statement that is a quote's own is no second claim ("…," X said.)
    QList<Span> quoteSpans;
    QList<std::pair<Span, Span>> quoteCues; // (cue, quote)
    for (const Quote &q : a.quotes) {
        if (q.parent >= 0 || q.kind != QuoteKind::Direct)
            continue;
        quoteSpans.append(q.span);
        if (!q.cueSpan.isEmpty())
            quoteCues.append({q.cueSpan, q.span});
    }
    std::sort(quoteCues.begin(), quoteCues.end(),
              [](const auto &x, const auto &y) { return x.first.start < y.first.start; });
    const auto overlaps = [](Span x, Span y) { return x.start < y.end && y.start < x.end; };
    // the statement's cue is the cue of a quote outside its content: `"…," X said, adding …`
    const auto cueOfOtherQuote = [&](const ReportedStatement &rep) {
        auto it = std::lower_bound(quoteCues.cbegin(), quoteCues.cend(), rep.cueSpan.start,
                                   [](const auto &x, qsizetype p) { return x.first.end <= p; });
        for (; it != quoteCues.cend() && it->first.start < rep.cueSpan.end; ++it) {
            if (overlaps(it->first, rep.cueSpan) && !overlaps(it->second, rep.content))
                return true;
        }
        return false;
    };
    // the number of quotes overlapping a span
    const auto quotesIn = [&](Span s) {
        qsizetype n = 0;
        auto it = std::upper_bound(quoteSpans.cbegin(), quoteSpans.cend(), s.start,
                                   [](qsizetype p, const Span &x) { return p < x.start; });
        if (it != quoteSpans.cbegin())
            --it;
        for (; it != quoteSpans.cend() && it->start < s.end; ++it)
            n += it->end > s.start;
        return n;
    };
    // the statement whose content holds every quote of its sentence is the quote claim itself
    // (X said the plan was "a mess"); beside another quote it is a claim of its own ("…,"
    // X said, adding that the plan was "a mess")
    const auto quoteStatement = [&](const ReportedStatement &rep, Span sentence) {
        if (rep.content.isEmpty() || cueOfOtherQuote(rep))
            return true;
        const qsizetype held = quotesIn(rep.content);
        return held > 0 && held >= quotesIn(sentence);
    };
    QList<Claim> others;
    const auto addReported = [&](const ReportedStatement &rep, Span sentence) {
        Claim c;
        c.kind = ClaimKind::Reported;
        c.span = rep.content.isEmpty() ? sentence : rep.content;
        c.source = rep.source;
        c.cue = rep.cue;
        c.cueSpan = rep.cueSpan;
        c.sourceMention = rep.sourceMention;
        c.text = claimText(text, c.span);
        if (!c.text.isEmpty())
            others.append(std::move(c));
    };
    // the statements beside a quote (from the cue to the end of the content), in text order
    QList<Span> besideQuotes;
    qsizetype r = 0;
    others.reserve(sentences.size() / 2);
    for (qsizetype s = 0; s < sentences.size(); ++s) {
        const Span span = sentences[s];
        while (r < reported.size() && reported[r].cueSpan.start < span.start)
            ++r;
        qsizetype rEnd = r;
        while (rEnd < reported.size() && reported[rEnd].cueSpan.start < span.end)
            ++rEnd;
        if (!isBody(a, sentencePara[s]) || (headline && sentencePara[s] == 0))
            continue;
        if (used[s]) {
            // a second attribution beside a quote ("…," X said, adding that …): a claim of
            // its own unless it is the quote's own statement
            for (qsizetype i = r; i < rEnd; ++i) {
                const ReportedStatement &rep = reported[i];
                if (!quoteStatement(rep, span)) {
                    addReported(rep, span);
                    if (!rep.content.isEmpty())
                        besideQuotes.append({std::min(rep.cueSpan.start, rep.content.start),
                                             rep.content.end});
                    continue;
                }
                // the quote's own statement: it names the source the quote claim lacks ("X is
                // telling voters that "…"": X, though the quote found no speaker)
                auto it = std::upper_bound(claims.begin(), claims.end(), span.start,
                                           [](qsizetype p, const Claim &c) {
                                               return p < c.span.start;
                                           });
                if (it == claims.begin())
                    continue;
                Claim &qc = *std::prev(it);
                if (qc.span.end <= span.start)
                    continue;
                // "Walking in, X said his campaign was "closing strong"": the claim is the
                // statement's content, not the scene before its cue
                const qsizetype firstQuote = a.quotes[qc.quotes.first()].span.start - 1;
                if (!rep.content.isEmpty() && rep.content.start > qc.span.start
                    && rep.content.start <= firstQuote && rep.content.end > firstQuote
                    && rep.cueSpan.start >= qc.span.start) {
                    qc.span.start = rep.content.start;
                    qc.text = claimText(text, qc.span);
                }
                if (qc.source < 0 && qc.sourceMention.isEmpty()
                    && (rep.source >= 0 || !rep.sourceMention.isEmpty())) {
                    qc.source = rep.source;
                    qc.sourceMention = rep.sourceMention;
                    qc.cue = rep.cue;
                    qc.cueSpan = rep.cueSpan;
                } else if (qc.cueSpan.isEmpty() && rep.source >= 0 && rep.source == qc.source) {
                    // the speaker came without a cue (the learned ranker): the statement's
                    qc.cue = rep.cue;
                    qc.cueSpan = rep.cueSpan;
                    if (qc.sourceMention.isEmpty())
                        qc.sourceMention = rep.sourceMention;
                }
            }
            continue;
        }
        if (rEnd > r) {
            // the words before the first statement ("Critics reportedly plan …, and observers
            // say …"): a claim of their own when hedged or factual
            qsizetype lead = reported[r].cueSpan.start;
            for (qsizetype i = r; i < rEnd; ++i) {
                lead = std::min(lead, reported[i].content.isEmpty() ? lead
                                                                    : reported[i].content.start);
                if (!reported[i].sourceMention.isEmpty())
                    lead = std::min(lead, reported[i].sourceMention.start);
            }
            // (a statement's words may start before its sentence, in a dateline: no lead then)
            qsizetype leadEnd = std::max(lead, span.start);
            for (int pass = 0; pass < 2; ++pass) { // "…, and" / "…; but"
                while (leadEnd > span.start
                       && (text[leadEnd - 1].isSpace() || text[leadEnd - 1] == u','
                           || text[leadEnd - 1] == u';'))
                    --leadEnd;
                for (const QStringView conj : {u"and", u"but", u"while", u"as"}) {
                    const qsizetype at = leadEnd - conj.size();
                    if (at > span.start && text[at - 1].isSpace()
                        && QStringView(text).mid(at, conj.size()) == conj)
                        leadEnd = at;
                }
            }
            const QStringView head = QStringView(text).mid(span.start, leadEnd - span.start);
            const Words hw = wordsIn(head, 0, head.size());
            if (hw.size() >= 5 && (isHedged(head, hw) || isFactual(head, hw))) {
                Claim c;
                c.span = {span.start, leadEnd};
                c.kind = isHedged(head, hw) ? ClaimKind::Hedged : ClaimKind::Factual;
                c.text = claimText(text, c.span);
                others.append(std::move(c));
            }
            for (qsizetype i = r; i < rEnd; ++i)
                addReported(reported[i], span);
            continue;
        }
        const QStringView view = QStringView(text).mid(span.start, span.length());
        const Words ws = wordsIn(view, 0, view.size());
        if (ws.size() < 5)
            continue;
        Claim c;
        c.span = span;
        if (isHedged(view, ws))
            c.kind = ClaimKind::Hedged;
        else if (isFactual(view, ws))
            c.kind = ClaimKind::Factual;
        else
            continue;
        c.text = claimText(text, span);
        others.append(std::move(c));
    }
    // a quote claim leaves out the statements beside its quotes: "X urged voters to act,
    // saying "…"" is the reported claim "voters to act" and the quote claim "saying "…""
    for (const Span &content : std::as_const(besideQuotes)) {
        // before the quotes, the quote claim starts after the content; after them, it ends
        // before the cue ("…," X said, adding that …)
        auto it = std::upper_bound(claims.begin(), claims.end(), content.start,
                                   [](qsizetype p, const Claim &c) { return p < c.span.start; });
        if (it == claims.begin())
            continue;
        Claim &qc = *std::prev(it);
        if (qc.quotes.isEmpty() || qc.span.end <= content.start)
            continue;
        const qsizetype first = a.quotes[qc.quotes.first()].span.start - 1; // the opening mark
        const qsizetype last = a.quotes[qc.quotes.last()].span.end + 1;     // the closing mark
        Span s = qc.span;
        if (content.end <= first && content.end > s.start) {
            s.start = content.end;
            for (int pass = 0; pass < 2; ++pass) { // ", and she told the meeting: "…""
                while (s.start < first
                       && (text[s.start].isSpace() || text[s.start] == u','
                           || text[s.start] == u';'))
                    ++s.start;
                for (const QStringView conj : {u"and ", u"but ", u"while "}) {
                    if (QStringView(text).mid(s.start, conj.size()) == conj
                        && s.start + conj.size() < first)
                        s.start += conj.size();
                }
            }
        } else if (content.start >= last && content.start < s.end) {
            s.end = content.start;
            while (s.end > last && (text[s.end - 1].isSpace() || text[s.end - 1] == u','))
                --s.end;
        }
        if (s.start < s.end && (s.start != qc.span.start || s.end != qc.span.end)) {
            qc.span = s;
            qc.text = claimText(text, s);
        }
    }
    if (headline)
        others.append(std::move(*headline));
    std::stable_sort(others.begin(), others.end(),
                     [](const Claim &x, const Claim &y) { return x.span.start < y.span.start; });
    QList<Claim> all;
    all.reserve(claims.size() + others.size());
    std::merge(std::make_move_iterator(claims.begin()), std::make_move_iterator(claims.end()),
               std::make_move_iterator(others.begin()), std::make_move_iterator(others.end()),
               std::back_inserter(all),
               [](const Claim &x, const Claim &y) { return x.span.start < y.span.start; });
    claims = std::move(all);
    for (qsizetype i = 0; i < claims.size(); ++i)
        claims[i].id = QStringLiteral("C%1").arg(i + 1);
    return claims;
}

} // namespace gloss
