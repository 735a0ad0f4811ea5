#include "ClaimExtractor.h"

#include "Lexicon.h"
#include "TextScan.h"
#include "text/UnitScan.h"

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

/**
 * The first unit of s[i, end) that may make a sentence factual: an ASCII digit, $ or %, or a
 * unit beyond ASCII (£, €, ¥, the digits of other scripts); eight units at a time.
 */
qsizetype skipToFigure(const char16_t *s, qsizetype i, qsizetype end)
{
#if defined(__SSE2__)
    while (end - i >= 8) {
        const __m128i v = unitscan::load(s + i);
        const int stops = unitscan::inRangeMask(v, u'0', u'9' + 1)
                          | unitscan::inRangeMask(v, u'$', u'%' + 1)
                          | (~unitscan::inRangeMask(v, 0, 0x80) & 0xffff);
        if (stops != 0)
            return i + (__builtin_ctz(unsigned(stops)) >> 1);
        i += 8;
    }
#endif
    while (i < end && s[i] < 0x80 && !(s[i] >= u'0' && s[i] <= u'9') && s[i] != u'$'
           && s[i] != u'%')
        ++i;
    return i;
}

bool isFactual(QStringView text, const Words &ws)
{
    for (qsizetype i = 0; (i = skipToFigure(text.utf16(), i, text.size())) < text.size(); ++i) {
        const QChar c = text[i];
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

/**
 * The claim's source: the first entity with a mention inside its source mention, or -1. With
 * @p atEnd, only a mention that ends it (the words' head: not "Clinton" in "Former Clinton
 * Pollster", nor "Trump" in "Trump's Son").
 */
int sourceEntity(const Article &a, Span sourceMention, bool atEnd = false)
{
    for (int e = 0; e < a.entities.size(); ++e) {
        for (const Span &m : a.entities[e].mentions) {
            if (m.start >= sourceMention.start && m.end <= sourceMention.end
                && (!atEnd || m.end == sourceMention.end))
                return e;
        }
    }
    return -1;
}

/**
 * A headline claim's content: from its first word @p from (with the quote marks that open it,
 * none before @p cueEnd) to the paragraph's end @p end, without a closing full stop or space.
 */
Span headlineContent(const QString &text, qsizetype cueEnd, qsizetype from, qsizetype end)
{
    while (from > cueEnd && isQuoteMark(text[from - 1]))
        --from;
    while (end > from && (text[end - 1].isSpace() || text[end - 1] == u'.'))
        --end;
    return {from, end};
}

/** Whether @p w may open a headline's source: capitalised, not an article ("The Latest"). */
bool opensSource(QStringView w)
{
    return isCapitalised(w) && w != u"The" && w != u"A" && w != u"An";
}

/**
 * A headline of the form "Source: what they said" ("Mayor: The Wall Will Hold", "Poll: Most
 * Voters Back the Plan"): a reported claim, its content the words after the colon, its source
 * the one to five words before it (an entity when the article names one there). A determiner
 * before the colon ("The Latest: …") or a shouted phrase ("FIX IS IN: …") is a rubric, not a
 * source.
 */
std::optional<Claim> colonHeadlineClaim(const Article &a, const Paragraph &p)
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
    if (!opensSource(wordAt(before.first())))
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
    c.cueSpan = {p.span.start + colon, p.span.start + colon + 1};
    c.span = headlineContent(text, c.cueSpan.end, p.span.start + after.first().start, p.span.end);
    c.source = sourceEntity(a, c.sourceMention);
    return c;
}

/**
 * A headline of the form "Source Says What They Said" ("Varga Says Harbour Wall Will Hold",
 * "Council warns repairs will run late"): a reported claim, its cue the headline's speech
 * verb, its source the one to six capitalised words before it, its content the words after
 * (past a "that"). Headlines put their verbs in the present tense.
 */
std::optional<Claim> verbHeadlineClaim(const Article &a, const Paragraph &p)
{
    static const WordSet verbs{
        u"says", u"said", u"tells", u"claims", u"warns", u"insists", u"admits", u"argues",
        u"predicts", u"suggests", u"denies", u"believes", u"thinks", u"vows", u"pledges",
        u"promises", u"urges", u"reveals", u"announces", u"confirms", u"fears", u"hopes",
        u"accuses", u"slams", u"blasts", u"praises"};
    static const WordSet connectors{u"of", u"for", u"and", u"the", u"on", u"in"};
    // words no source holds: a question ("How X Thinks"), an object ("X Defends Himself
    // Against Claims …"), a clause before it ("After X's Speech, Y Said …" starts again at Y)
    static const WordSet notSource{
        u"how", u"why", u"what", u"when", u"where", u"who", u"whom", u"if", u"while", u"as",
        u"after", u"before", u"against", u"about", u"himself", u"herself", u"themselves",
        u"itself", u"him", u"her", u"them", u"us", u"me"};
    const QString &text = a.document.text();
    const QStringView para = QStringView(text).mid(p.span.start, p.span.length());
    const Words ws = wordsIn(para, 0, para.size());
    const auto wordAt = [&](qsizetype k) { return para.mid(ws[k].start, ws[k].end - ws[k].start); };
    qsizetype first = 0; // the source's first word
    bool name = true;    // the words from there on can name a source
    for (qsizetype k = 0; k <= first + 6 && k + 3 <= ws.size(); ++k) {
        if (k > 0 && para.mid(ws[k - 1].end, ws[k].start - ws[k - 1].end).contains(u',')) {
            first = k; // "After the Speech, Trump Said …": the source starts after the comma
            name = true;
        }
        const QStringView w = wordAt(k);
        if (k > first && verbs.contains(w)) {
            if (!name)
                return std::nullopt;
            Claim c;
            c.kind = ClaimKind::Reported;
            c.sourceMention = {p.span.start + ws[first].start, p.span.start + ws[k - 1].end};
            c.cueSpan = {p.span.start + ws[k].start, p.span.start + ws[k].end};
            qsizetype content = k + 1;
            if (isWord(wordAt(content), u"that"))
                ++content;
            if (ws.size() - content < 2)
                return std::nullopt;
            c.span = headlineContent(text, c.cueSpan.end, p.span.start + ws[content].start,
                                     p.span.end);
            c.source = sourceEntity(a, c.sourceMention, true);
            return c;
        }
        // the source is a name: capitalised words, and the small words inside one
        if (notSource.contains(w)
            || (k == first ? !opensSource(w) : !isCapitalised(w) && !connectors.contains(w)))
            name = false;
    }
    return std::nullopt;
}

/** The claim a headline makes, of either form above. */
std::optional<Claim> headlineClaim(const Article &a, const Paragraph &p)
{
    if (std::optional<Claim> c = colonHeadlineClaim(a, p))
        return c;
    return verbHeadlineClaim(a, p);
}

/**
 * One extraction over an article: its sentences, then the quote claims, then a claim for each
 * other sentence (its reported statements, or the sentence when hedged or factual), then the
 * two merged in text order.
 */
class ClaimPass
{
public:
    ClaimPass(const Article &a, const QList<ReportedStatement> &reported)
        : m_a(a), m_text(a.document.text()), m_reported(reported)
    {
    }
    Q_DISABLE_COPY_MOVE(ClaimPass) // m_sentences refers to a member

    QList<Claim> run();

private:
    void readSentences();
    qsizetype sentenceAt(qsizetype pos) const;
    void findHeadline();
    /** Outside the body, or in the headline (which is a claim of its own). */
    bool skipped(qsizetype s) const
    {
        const int para = m_sentences[s].paragraph;
        return !isBody(m_a, para) || (m_headline && para == 0);
    }
    void addQuoteClaims();
    void indexQuotes();
    bool cueOfOtherQuote(const ReportedStatement &rep) const;
    qsizetype quotesIn(Span s) const;
    bool quoteStatement(const ReportedStatement &rep, Span sentence) const;
    void addReported(const ReportedStatement &rep, Span sentence);
    void addSentenceClaims();
    void statementsBesideQuote(qsizetype r, qsizetype rEnd, Span sentence);
    void completeQuoteClaim(const ReportedStatement &rep, Span sentence);
    void statementsWithLead(qsizetype r, qsizetype rEnd, Span sentence);
    void plainSentence(Span sentence);
    void trimQuoteClaims();
    QList<Claim> merged();

    const Article &m_a;
    const QString &m_text;
    const QList<ReportedStatement> &m_reported;
    /** The article's sentences (shared, not copied), each with its paragraph. */
    QList<Sentence> m_sentenceList;
    const QList<Sentence> &m_sentences = m_sentenceList; ///< read only: never detached
    std::optional<Claim> m_headline;
    QList<Claim> m_claims;             ///< quote claims, in text order
    QList<Claim> m_others;             ///< reported, hedged and factual claims
    QList<Span> m_quoteSpans;          ///< top-level direct quotes
    QList<std::pair<Span, Span>> m_quoteCues; ///< (cue, quote), by the cue's start
    QList<Span> m_besideQuotes;        ///< statements beside a quote: cue to content end
};

QList<Claim> ClaimPass::run()
{
    readSentences();
    findHeadline();
    addQuoteClaims();
    indexQuotes();
    addSentenceClaims();
    trimQuoteClaims();
    return merged();
}

void ClaimPass::readSentences()
{
    if (!m_a.sentences.isEmpty()) {
        m_sentenceList = m_a.sentences;
        const bool placed = std::all_of(m_sentences.cbegin(), m_sentences.cend(),
                                        [](const Sentence &s) { return s.paragraph >= 0; });
        if (!placed) {
            for (Sentence &s : m_sentenceList) { // a copy of its own, with every paragraph
                if (s.paragraph < 0)
                    s.paragraph = m_a.paragraphAt(s.span.start);
            }
        }
        return;
    }
    for (qsizetype p = 0; p < m_a.paragraphs.size(); ++p) {
        for (const Span &s : SentenceIndex::split(m_text, m_a.paragraphs[p].span))
            m_sentenceList.append({s, static_cast<int>(p)});
    }
}

qsizetype ClaimPass::sentenceAt(qsizetype pos) const
{
    const auto it = std::upper_bound(m_sentences.cbegin(), m_sentences.cend(), pos,
                                     [](qsizetype p, const Sentence &s) {
                                         return p < s.span.start;
                                     });
    return (it - m_sentences.cbegin()) - 1;
}

void ClaimPass::findHeadline()
{
    // the article's headline: its first paragraph, when the segmenter took it as one or when
    // it is one short line with more text after it (a headline ending in a full stop)
    if (m_a.paragraphs.size() <= 1)
        return;
    const Paragraph &first = m_a.paragraphs.first();
    const bool oneSentence = m_sentences.size() > 1 && m_sentences[0].paragraph == 0
                             && m_sentences[1].paragraph != 0;
    if (first.role == ParagraphRole::Headline
        || (first.role == ParagraphRole::Body && oneSentence && first.span.length() <= 200))
        m_headline = headlineClaim(m_a, first);
}

void ClaimPass::addQuoteClaims()
{
    // quote claims: the sentences a direct quote opens and closes in (first paragraph only)
    qsizetype covered = -1; // last sentence index used by a quote claim
    for (int qi = 0; qi < m_a.quotes.size(); ++qi) {
        const Quote &q = m_a.quotes[qi];
        if (q.parent >= 0 || q.kind != QuoteKind::Direct)
            continue;
        const qsizetype s0 = sentenceAt(std::max<qsizetype>(0, q.span.start - 1));
        if (s0 < 0 || skipped(s0))
            continue; // a quote of a "Source: …" headline is the headline's claim
        qsizetype s1 = sentenceAt(q.span.end);
        while (s1 > s0 && m_sentences[s1].paragraph != m_sentences[s0].paragraph)
            --s1;
        // a quote that goes on from the claim's speaker in the next sentence of the paragraph,
        // with no cue of its own ("…," X said. "…"), is the same attribution: one claim
        // (across paragraphs too it would be, as PolNeAR often marks it; a claim stays in one
        // paragraph so that it reads on its own: 0.001 of claim F1 on PolNeAR train)
        const bool continues = !m_claims.isEmpty() && s0 == covered + 1 && q.cueSpan.isEmpty()
                               && q.speaker >= 0 && q.speaker == m_claims.last().source
                               && m_sentences[s0].paragraph == m_sentences[covered].paragraph;
        if ((s0 <= covered || continues) && !m_claims.isEmpty()) {
            Claim &c = m_claims.last();
            c.quotes.append(qi);
            if (c.source < 0 && q.speaker >= 0) {
                c.source = q.speaker;
                c.cueSpan = q.cueSpan;
                c.sourceMention = q.speakerMention;
            }
            if (s1 > covered) {
                c.span.end = m_sentences[s1].span.end;
                covered = s1;
            }
            continue;
        }
        Claim c;
        c.kind = ClaimKind::Quote;
        c.span = {m_sentences[s0].span.start, m_sentences[std::max(s0, s1)].span.end};
        // a cue before the quote in its sentence ("Later, the senator said his campaign was
        // "closing strong.""): the claim is what follows the cue, not the scene before it
        // ("said on Tuesday: "…"": the quote itself, after the words that end in a colon or
        // a comma)
        if (!q.cueSpan.isEmpty() && q.cueSpan.start >= c.span.start
            && q.cueSpan.end < q.span.start) {
            const qsizetype mark = q.span.start - 1;
            const QStringView gap =
                QStringView(m_text).mid(q.cueSpan.end, mark - q.cueSpan.end).trimmed();
            c.span.start = gap.endsWith(u':') || gap.endsWith(u',')
                               ? mark
                               : contentStart(m_text, q.cueSpan.end, mark);
        }
        c.source = q.speaker;
        c.cueSpan = q.cueSpan;
        c.sourceMention = q.speakerMention;
        c.quotes.append(qi);
        m_claims.append(std::move(c));
        covered = std::max(s0, s1);
    }
}

void ClaimPass::indexQuotes()
{
    // the quotes' spans, and their cues with the quote each stands for, in text order: a
    // statement that is a quote's own is no second claim ("…," X said.)
    for (const Quote &q : m_a.quotes) {
        if (q.parent >= 0 || q.kind != QuoteKind::Direct)
            continue;
        m_quoteSpans.append(q.span);
        if (!q.cueSpan.isEmpty())
            m_quoteCues.append({q.cueSpan, q.span});
    }
    std::sort(m_quoteCues.begin(), m_quoteCues.end(),
              [](const auto &x, const auto &y) { return x.first.start < y.first.start; });
}

bool ClaimPass::cueOfOtherQuote(const ReportedStatement &rep) const
{
    // the statement's cue is the cue of a quote outside its content: `"…," X said, adding …`
    auto it = std::lower_bound(m_quoteCues.cbegin(), m_quoteCues.cend(), rep.cueSpan.start,
                               [](const auto &x, qsizetype p) { return x.first.end <= p; });
    for (; it != m_quoteCues.cend() && it->first.start < rep.cueSpan.end; ++it) {
        if (it->first.overlaps(rep.cueSpan) && !it->second.overlaps(rep.content))
            return true;
    }
    return false;
}

qsizetype ClaimPass::quotesIn(Span s) const
{
    qsizetype n = 0;
    auto it = std::upper_bound(m_quoteSpans.cbegin(), m_quoteSpans.cend(), s.start,
                               [](qsizetype p, const Span &x) { return p < x.start; });
    if (it != m_quoteSpans.cbegin())
        --it;
    for (; it != m_quoteSpans.cend() && it->start < s.end; ++it)
        n += it->end > s.start;
    return n;
}

bool ClaimPass::quoteStatement(const ReportedStatement &rep, Span sentence) const
{
    // the statement whose content holds every quote of its sentence is the quote claim itself
    // (X said the plan was "a mess"); beside another quote it is a claim of its own ("…,"
    // X said, adding that the plan was "a mess")
    if (rep.content.isEmpty() || cueOfOtherQuote(rep))
        return true;
    const qsizetype held = quotesIn(rep.content);
    return held > 0 && held >= quotesIn(sentence);
}

void ClaimPass::addReported(const ReportedStatement &rep, Span sentence)
{
    Claim c;
    c.kind = ClaimKind::Reported;
    c.span = rep.content.isEmpty() ? sentence : rep.content;
    c.source = rep.source;
    c.cueSpan = rep.cueSpan;
    c.sourceMention = rep.sourceMention;
    if (!QStringView(m_text).mid(c.span.start, c.span.length()).trimmed().isEmpty())
        m_others.append(std::move(c));
}

void ClaimPass::addSentenceClaims()
{
    // the other sentences: reported (one claim per statement, its span the statement's
    // content), else hedged or factual (the sentence)
    QList<bool> used(m_sentences.size(), false);
    for (const Claim &c : std::as_const(m_claims)) {
        for (qsizetype s = sentenceAt(c.span.start);
             s >= 0 && s < m_sentences.size() && m_sentences[s].span.start < c.span.end; ++s)
            used[s] = true;
    }
    qsizetype r = 0;
    // room for the quote claims and the headline too: merged() adds them to this list
    m_others.reserve(m_sentences.size() / 2 + m_claims.size() + 1);
    for (qsizetype s = 0; s < m_sentences.size(); ++s) {
        const Span span = m_sentences[s].span;
        while (r < m_reported.size() && m_reported[r].cueSpan.start < span.start)
            ++r;
        qsizetype rEnd = r;
        while (rEnd < m_reported.size() && m_reported[rEnd].cueSpan.start < span.end)
            ++rEnd;
        if (skipped(s))
            continue;
        if (used[s])
            statementsBesideQuote(r, rEnd, span);
        else if (rEnd > r)
            statementsWithLead(r, rEnd, span);
        else
            plainSentence(span);
    }
}

void ClaimPass::statementsBesideQuote(qsizetype r, qsizetype rEnd, Span sentence)
{
    // a second attribution beside a quote ("…," X said, adding that …): a claim of its own
    // unless it is the quote's own statement
    for (qsizetype i = r; i < rEnd; ++i) {
        const ReportedStatement &rep = m_reported[i];
        if (quoteStatement(rep, sentence)) {
            completeQuoteClaim(rep, sentence);
            continue;
        }
        addReported(rep, sentence);
        if (!rep.content.isEmpty())
            m_besideQuotes.append({std::min(rep.cueSpan.start, rep.content.start),
                                   rep.content.end});
    }
}

void ClaimPass::completeQuoteClaim(const ReportedStatement &rep, Span sentence)
{
    // the quote's own statement: it names the source the quote claim lacks ("X is telling
    // voters that "…"": X, though the quote found no speaker)
    auto it = std::upper_bound(m_claims.begin(), m_claims.end(), sentence.start,
                               [](qsizetype p, const Claim &c) { return p < c.span.start; });
    if (it == m_claims.begin())
        return;
    Claim &qc = *std::prev(it);
    if (qc.span.end <= sentence.start)
        return;
    // "Walking in, X said his campaign was "closing strong"": the claim is the statement's
    // content, not the scene before its cue
    const qsizetype firstQuote = m_a.quotes[qc.quotes.first()].span.start - 1;
    if (!rep.content.isEmpty() && rep.content.start > qc.span.start
        && rep.content.start <= firstQuote && rep.content.end > firstQuote
        && rep.cueSpan.start >= qc.span.start) {
        qc.span.start = rep.content.start;
    }
    if (qc.source < 0 && qc.sourceMention.isEmpty()
        && (rep.source >= 0 || !rep.sourceMention.isEmpty())) {
        qc.source = rep.source;
        qc.sourceMention = rep.sourceMention;
        qc.cueSpan = rep.cueSpan;
    } else if (qc.cueSpan.isEmpty() && rep.source >= 0 && rep.source == qc.source) {
        // the speaker came without a cue (the learned ranker): the statement's
        qc.cueSpan = rep.cueSpan;
        if (qc.sourceMention.isEmpty())
            qc.sourceMention = rep.sourceMention;
    }
}

void ClaimPass::statementsWithLead(qsizetype r, qsizetype rEnd, Span sentence)
{
    // the words before the first statement ("Critics reportedly plan …, and observers say …"):
    // a claim of their own when hedged or factual
    qsizetype lead = m_reported[r].cueSpan.start;
    for (qsizetype i = r; i < rEnd; ++i) {
        lead = std::min(lead, m_reported[i].content.isEmpty() ? lead
                                                              : m_reported[i].content.start);
        if (!m_reported[i].sourceMention.isEmpty())
            lead = std::min(lead, m_reported[i].sourceMention.start);
    }
    // (a statement's words may start before its sentence, in a dateline: no lead then)
    qsizetype leadEnd = std::max(lead, sentence.start);
    for (int pass = 0; pass < 2; ++pass) { // "…, and" / "…; but"
        while (leadEnd > sentence.start
               && (m_text[leadEnd - 1].isSpace() || m_text[leadEnd - 1] == u','
                   || m_text[leadEnd - 1] == u';'))
            --leadEnd;
        for (const QStringView conj : {u"and", u"but", u"while", u"as"}) {
            const qsizetype at = leadEnd - conj.size();
            if (at > sentence.start && m_text[at - 1].isSpace()
                && QStringView(m_text).mid(at, conj.size()) == conj)
                leadEnd = at;
        }
    }
    const QStringView head = QStringView(m_text).mid(sentence.start, leadEnd - sentence.start);
    const Words hw = wordsIn(head, 0, head.size());
    if (hw.size() >= 5 && (isHedged(head, hw) || isFactual(head, hw))) {
        Claim c;
        c.span = {sentence.start, leadEnd};
        c.kind = isHedged(head, hw) ? ClaimKind::Hedged : ClaimKind::Factual;
        m_others.append(std::move(c));
    }
    for (qsizetype i = r; i < rEnd; ++i)
        addReported(m_reported[i], sentence);
}

void ClaimPass::plainSentence(Span sentence)
{
    const QStringView view = QStringView(m_text).mid(sentence.start, sentence.length());
    const Words ws = wordsIn(view, 0, view.size());
    if (ws.size() < 5)
        return;
    Claim c;
    c.span = sentence;
    if (isHedged(view, ws))
        c.kind = ClaimKind::Hedged;
    else if (isFactual(view, ws))
        c.kind = ClaimKind::Factual;
    else
        return;
    m_others.append(std::move(c));
}

void ClaimPass::trimQuoteClaims()
{
    // a quote claim leaves out the statements beside its quotes: "X urged voters to act,
    // saying "…"" is the reported claim "voters to act" and the quote claim "saying "…""
    for (const Span &content : std::as_const(m_besideQuotes)) {
        // before the quotes, the quote claim starts after the content; after them, it ends
        // before the cue ("…," X said, adding that …)
        auto it = std::upper_bound(m_claims.begin(), m_claims.end(), content.start,
                                   [](qsizetype p, const Claim &c) { return p < c.span.start; });
        if (it == m_claims.begin())
            continue;
        Claim &qc = *std::prev(it);
        if (qc.quotes.isEmpty() || qc.span.end <= content.start)
            continue;
        const qsizetype first = m_a.quotes[qc.quotes.first()].span.start - 1; // opening mark
        const qsizetype last = m_a.quotes[qc.quotes.last()].span.end + 1;     // closing mark
        Span s = qc.span;
        if (content.end <= first && content.end > s.start) {
            s.start = content.end;
            for (int pass = 0; pass < 2; ++pass) { // ", and she told the meeting: "…""
                while (s.start < first
                       && (m_text[s.start].isSpace() || m_text[s.start] == u','
                           || m_text[s.start] == u';'))
                    ++s.start;
                for (const QStringView conj : {u"and ", u"but ", u"while "}) {
                    if (QStringView(m_text).mid(s.start, conj.size()) == conj
                        && s.start + conj.size() < first)
                        s.start += conj.size();
                }
            }
        } else if (content.start >= last && content.start < s.end) {
            s.end = content.start;
            while (s.end > last && (m_text[s.end - 1].isSpace() || m_text[s.end - 1] == u','))
                --s.end;
        }
        if (s.start < s.end && (s.start != qc.span.start || s.end != qc.span.end)) {
            qc.span = s;
        }
    }
}

QList<Claim> ClaimPass::merged()
{
    // the other claims come in sentence order; within a sentence a statement's content may
    // start before an earlier cue's ("A, X said, adding B"): sorted only when out of order
    const auto byStart = [](const Claim &x, const Claim &y) {
        return x.span.start < y.span.start;
    };
    if (!std::is_sorted(m_others.cbegin(), m_others.cend(), byStart))
        std::stable_sort(m_others.begin(), m_others.end(), byStart);
    if (m_headline) {
        const auto at = std::upper_bound(m_others.cbegin(), m_others.cend(), *m_headline, byStart);
        m_others.insert(at - m_others.cbegin(), std::move(*m_headline));
    }
    // the quote claims merged from the back into the other claims' list, whose capacity
    // addSentenceClaims() reserved for them all (no second list of them all); at the same
    // start a quote claim comes first
    qsizetype q = m_claims.size() - 1;
    qsizetype o = m_others.size() - 1;
    m_others.resize(m_others.size() + m_claims.size());
    for (qsizetype k = m_others.size() - 1; q >= 0; --k) {
        if (o >= 0 && !(m_others[o].span.start < m_claims[q].span.start))
            m_others[k] = std::move(m_others[o--]);
        else
            m_others[k] = std::move(m_claims[q--]);
    }
    m_claims = QList<Claim>();
    for (qsizetype i = 0; i < m_others.size(); ++i)
        m_others[i].id = analysisId(u'C', i + 1);
    return std::move(m_others);
}

} // namespace

QList<Claim> ClaimExtractor::extract(const Article &a, const QList<ReportedStatement> &reported)
{
    return ClaimPass(a, reported).run();
}

} // namespace gloss
