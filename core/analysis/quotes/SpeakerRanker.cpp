#include "SpeakerRanker.h"

#include "analysis/ModelImage_p.h"
#include "SpanCursor_p.h"

#include "text/UnitScan.h"

#include <algorithm>

namespace gloss::quotes {

using namespace Qt::StringLiterals;

// Every step below mirrors tools/train_ranker.py (same names): the model is only right when
// the features are computed the same way on both sides.

namespace {

constexpr qsizetype kMaxPerSide = 8;
constexpr qsizetype kWindowBefore = 600;
constexpr qsizetype kWindowAfter = 300;

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
};

/** A window's tokens: on the stack for the usual windows (600 + 300 units and the quote). */
using Tokens = QVarLengthArray<Token, 256>;

struct Candidate
{
    QStringView kind; ///< a static name: "NAME", "DESC", "PRON_he", …
    qsizetype i = 0;  ///< first token
    qsizetype j = 0;  ///< last token
};

/** QChar::isLetterOrNumber(), with ASCII answered here. */
bool wordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return char16_t((u | 32) - u'a') < 26 || char16_t(u - u'0') < 10;
    return c.isLetterOrNumber();
}

bool isApostropheOrHyphen(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'-';
}

bool isDoubleMark(QChar c)
{
    return c == u'"' || c == u'\u201c' || c == u'\u201d';
}

Tokens tokens(const QString &text, qsizetype start, qsizetype end)
{
    Tokens out;
    qsizetype i = start;
    while (i < end) {
        if (!wordChar(text[i])) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < end) {
            if (wordChar(text[j]))
                ++j;
            else if (isApostropheOrHyphen(text[j]) && j + 1 < end && wordChar(text[j + 1]))
                j += 2;
            else
                break;
        }
        out.append({i, j});
        i = j;
    }
    return out;
}

QStringView wordOf(const QString &text, const Token &t)
{
    return QStringView(text).mid(t.start, t.end - t.start);
}

/**
 * Whether @p w ends in 's or ’s (any case): the tool's lower-case word ends in "'s". (Not
 * TextScan's endsInApostropheS(), which also takes a lone apostrophe after s: the features must be
 * read as tools/train_ranker.py reads them.)
 */
bool endsInApostropheS(QStringView w)
{
    return w.size() >= 2 && (w[w.size() - 2] == u'\'' || w[w.size() - 2] == u'\u2019')
           && (w.back() == u's' || w.back() == u'S');
}

QStringView withoutApostropheS(QStringView w)
{
    return endsInApostropheS(w) ? w.chopped(2) : w;
}

bool isCap(const QString &text, const Token &t)
{
    return text[t.start].isUpper();
}

/** The kind of a pronoun candidate ("PRON_he"), or nothing for another word. */
QStringView pronounKind(QStringView w)
{
    static const WordSet pronouns{u"he", u"she", u"they", u"we", u"it"};
    if (!pronouns.contains(w))
        return {};
    // the five differ in their first letter
    switch (w.front().toLower().unicode()) {
    case u'h': return u"PRON_he";
    case u's': return u"PRON_she";
    case u't': return u"PRON_they";
    case u'w': return u"PRON_we";
    default: return u"PRON_it";
    }
}

/** Capitalised sentence words that do not start or continue a name (as in the tool). */
const WordSet &notName()
{
    static const WordSet set{
        u"the", u"a", u"an", u"and", u"but", u"or", u"so", u"yet", u"in", u"on", u"at",
        u"for", u"to", u"of", u"by", u"with", u"from", u"as", u"if", u"when", u"while",
        u"after", u"before", u"since", u"because", u"though", u"although", u"that",
        u"this", u"these", u"those", u"there", u"here", u"then", u"now", u"he", u"she",
        u"they", u"we", u"it", u"i", u"you", u"his", u"her", u"their", u"our", u"its",
        u"my", u"your", u"what", u"who", u"why", u"how", u"where", u"which", u"not",
        u"no", u"yes", u"still", u"also", u"monday", u"tuesday", u"wednesday",
        u"thursday", u"friday", u"saturday", u"sunday", u"january", u"february",
        u"march", u"april", u"may", u"june", u"july", u"august", u"september",
        u"october", u"november", u"december", u"mr", u"mrs", u"ms", u"dr"};
    return set;
}

/** Start of the paragraph holding pos, or @p floor when it starts before (bounded look). */
qsizetype paragraphStart(const QString &text, qsizetype pos, qsizetype floor)
{
    floor = std::max<qsizetype>(0, floor);
    const qsizetype lineBreak = findLast(QStringView(text).utf16(), floor, pos, u'\n');
    return lineBreak >= 0 ? lineBreak + 1 : floor;
}

/** End of the paragraph holding pos, or @p ceiling when it ends after (bounded look). */
qsizetype paragraphEnd(const QString &text, qsizetype pos, qsizetype ceiling)
{
    ceiling = std::min(ceiling, text.size());
    for (qsizetype i = pos; i < ceiling; ++i) {
        if (text[i] == u'\n')
            return i;
    }
    return ceiling;
}

/** The bucket of @p n: the first edge it does not pass, or the last edge and "+". */
struct Bucket
{
    int edge = 0;
    bool beyond = false;
};

Bucket bucket(qsizetype n, std::initializer_list<int> edges)
{
    for (const int e : edges) {
        if (n <= e)
            return {e, false};
    }
    return {*(edges.end() - 1), true};
}

FeatureKey &operator<<(FeatureKey &key, Bucket b)
{
    // the edges are small numbers (20 at most): one or two digits, without a loop
    if (b.edge >= 0 && b.edge < 100) {
        const char16_t digits[2] = {char16_t(u'0' + b.edge / 10), char16_t(u'0' + b.edge % 10)};
        key << (b.edge < 10 ? QStringView(digits + 1, 1) : QStringView(digits, 2));
    } else {
        key << QString::number(b.edge);
    }
    return b.beyond ? key << u"+" : key;
}

/** The first mark of @p gap that is not a space ("Q" for a double quote), or nothing. */
QStringView gapMark(QStringView gap)
{
    for (qsizetype i = 0; i < gap.size(); ++i) {
        if (!gap[i].isSpace())
            return isDoubleMark(gap[i]) ? QStringView(u"Q") : gap.mid(i, 1);
    }
    return {};
}

FeaturePiece neighbour(const QString &text, const Tokens &toks, qsizetype k,
                       QStringView gap)
{
    if (k < 0)
        return {u"^"};
    if (k >= toks.size())
        return {u"$"};
    const QStringView mark = gapMark(gap);
    if (!mark.isEmpty())
        return {mark};
    return isCap(text, toks[k]) ? FeaturePiece{u"CAP"} : FeaturePiece{wordOf(text, toks[k]), true};
}

QStringView charBefore(const QString &text, qsizetype lo, qsizetype pos)
{
    qsizetype i = pos - 1;
    while (i >= lo && (text[i] == u' ' || text[i] == u'\t'))
        --i;
    if (i < lo || text[i] == u'\n')
        return u"P";
    return text[i].isLetterOrNumber() ? QStringView(u"w") : QStringView(text).mid(i, 1);
}

QStringView quoteEndChar(const QString &text, qsizetype openMark, qsizetype closeMark)
{
    qsizetype i = closeMark - 1;
    while (i > openMark && text[i].isSpace())
        --i;
    return text[i].isLetterOrNumber() ? QStringView(u"w") : QStringView(text).mid(i, 1);
}

} // namespace

QList<Span> SpeakerRanker::quoteMarks(const QString &text)
{
    QList<Span> out;
    const char16_t *s = QStringView(text).utf16();
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        i = skipAsciiExcept(s, i, n, u'"', u'"', u'"');
        if (i == n)
            break;
        if (s[i] != u'\u201c' && s[i] != u'"') {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (true) {
            j = skipAsciiExcept(s, j, n, u'"', u'\n', u'"');
            if (j == n || s[j] == u'\u201d' || s[j] == u'"' || s[j] == u'\n')
                break;
            ++j;
        }
        if (j > i + 1)
            out.append({i, j});
        i = j + 1;
    }
    return out;
}

const SpeakerRanker &SpeakerRanker::learned()
{
    static const SpeakerRanker ranker = image::compiledOr<SpeakerRanker>(
        QStringLiteral(":/org.gloss/attribution/ranker.image"),
        "the compiled speaker ranker is missing or unreadable: quotes the rules leave without"
        " a speaker keep none",
        [] { return SpeakerRanker(QByteArray()); });
    return ranker;
}

SpeakerRanker::SpeakerRanker(const QByteArray &model)
{
    QStringList heads;
    m_weights = FeatureWeights::read(model, [&](QStringView name, QStringView value) {
        if (name == u"@head")
            heads.append(value.toString());
        else if (name == u"@margin")
            m_margin = FeatureWeights::integer(value).value_or(0);
    });
    m_heads = WordSet(heads);
}

namespace {

/** What a SpeakerRanker::image() starts with (in this machine's byte order). */
struct ImageHeader
{
    char magic[4] = {'G', 'S', 'R', '1'};
    quint32 byteOrder = image::kByteOrder;
    qint32 margin = 0;
    qint32 reserved = 0;
};
static_assert(sizeof(ImageHeader) == 16);

} // namespace

QByteArray SpeakerRanker::image() const
{
    ImageHeader header;
    header.margin = m_margin;
    QByteArray out;
    image::append(out, header);
    image::appendWords(out, m_heads.wordViews());
    return out + m_weights.image();
}

std::optional<SpeakerRanker> SpeakerRanker::fromImage(QByteArrayView bytes)
{
    image::Reader in(bytes);
    ImageHeader header;
    if (!in.readHeader(header))
        return std::nullopt;
    QString text; // (the set keeps copies of the words)
    const std::optional<QList<QStringView>> heads = in.words(text);
    if (!heads)
        return std::nullopt;
    std::optional<FeatureWeights> weights = FeatureWeights::fromImage(in.rest());
    if (!weights)
        return std::nullopt;
    SpeakerRanker r;
    r.m_margin = header.margin;
    r.m_heads = WordSet(*heads);
    r.m_weights = std::move(*weights);
    return r;
}

namespace {

/** One quote's ranking: its window of tokens, its candidates and their scores. */
class Ranking
{
public:
    Ranking(const QString &text, qsizetype openMark, qsizetype closeMark,
            const QList<Span> &quotes, const FeatureWeights &weights, const WordSet &heads)
        : m_text(text), m_open(openMark), m_close(closeMark), m_quotes(quotes),
          m_weights(weights), m_heads(heads)
    {
        readWindow();
    }

    /** The nearest kMaxPerSide candidates each side of the quote, in text order. */
    QList<Candidate> candidates() const;
    /** The ranks of @p cands by distance from the quote on their side (0 nearest). */
    QList<int> ranks(const QList<Candidate> &cands) const;
    /** NONE's score: no candidate is the speaker. */
    int noneScore() const;
    int score(const Candidate &cand, int rank) const;
    Span span(const Candidate &c) const { return {m_toks[c.i].start, m_toks[c.j].end}; }

private:
    void readWindow();
    /** Inside the quote or another one (its marks included). */
    bool excluded(qsizetype pos) const
    {
        if (m_open <= pos && pos <= m_close)
            return true;
        const qsizetype q = m_quotes.lastStartingBy(pos); // the tokens go forward
        return q >= 0 && pos <= m_quotes.spans()[q].end;
    }
    QStringView gapOf(qsizetype a, qsizetype b) const
    {
        return QStringView(m_text).mid(m_toks[a].end, m_toks[b].start - m_toks[a].end);
    }
    int weight(const FeatureKey &key) const { return m_weights.weight(key); }
    /**
     * The sentence breaks (. ! ? before a space or a line break, the last unit of [a, b) not
     * counted) and the line breaks in text[a, b), from the window's lists of them.
     */
    std::pair<int, int> breaks(qsizetype a, qsizetype b) const
    {
        // the breaks at positions in [from, to) (negative when to < from, as a difference of
        // running counts would be)
        const auto count = [](const Breaks &at, qsizetype from, qsizetype to) {
            return int(std::lower_bound(at.cbegin(), at.cend(), to)
                       - std::lower_bound(at.cbegin(), at.cend(), from));
        };
        const int sentences = b - 1 > a ? count(m_sentenceBreaks, a, b - 1) : 0;
        return {sentences, count(m_lineBreaks, a, b)};
    }

    /** The keys that are the same for every candidate of a side, hashed (and the weights of
     *  two of them looked up) once for the quote. */
    struct SideKeys
    {
        quint64 side = 0;   ///< "B"
        quint64 qe = 0;     ///< "B|qe=…"
        quint64 qb = 0;     ///< "B|qb=…"
        int qeWeight = 0;
        int qbWeight = 0;
    };
    /** m_sideKeys for the quote's marks (m_qend, m_qbefore known). */
    void prepareSideKeys();

    const QString &m_text;
    qsizetype m_open;
    qsizetype m_close;
    SpanCursor m_quotes; ///< the other quotes (their marks included)
    const FeatureWeights &m_weights;
    const WordSet &m_heads;
    qsizetype m_lo = 0;          ///< the window's start
    Tokens m_toks;               ///< its tokens
    qsizetype m_firstAfter = 0;  ///< the first token after the quote
    qsizetype m_lastBefore = -1; ///< the last token before it
    QStringView m_qend, m_qbefore, m_qa; ///< the marks closing, before and after the quote
    Bucket m_qlen;               ///< the quote's length in words
    SideKeys m_sideKeys[2];      ///< before the quote ("B"), after it ("A")
    quint64 m_qaKey = 0;         ///< "A|qa=…"
    using Breaks = QVarLengthArray<qsizetype, 64>;
    /** Where the window's sentence breaks (the . ! ? of one) and line breaks stand, in order
     *  (breaks()). */
    Breaks m_sentenceBreaks, m_lineBreaks;
};

void Ranking::readWindow()
{
    // the window: the paragraph before and the quote's own paragraph, bounded
    // (every look is bounded by the window, so a text without line breaks stays linear)
    const qsizetype floor = std::max<qsizetype>(0, m_open - kWindowBefore);
    const qsizetype p0 = paragraphStart(m_text, m_open, floor);
    qsizetype k = p0 - 1;
    while (k > floor && m_text[k - 1] == u'\n')
        --k;
    const qsizetype before = p0 > 0 ? paragraphStart(m_text, k, floor) : p0;
    m_lo = std::max({before, floor, qsizetype(0)});
    const qsizetype hi = paragraphEnd(m_text, std::min(m_close, m_text.size()),
                                      m_close + 1 + kWindowAfter);
    m_toks = tokens(m_text, m_lo, hi);
    m_qend = quoteEndChar(m_text, m_open, m_close);
    m_qbefore = charBefore(m_text, m_lo, m_open);
    // the breaks, looked for eight units at a time (most of the window is neither)
    const char16_t *s = QStringView(m_text).utf16();
    for (qsizetype i = m_lo; (i = skipAsciiExcept(s, i, hi, u'.', u'!', u'?')) < hi; ++i) {
        if ((s[i] == u'.' || s[i] == u'!' || s[i] == u'?') && i + 1 < m_text.size()
            && (s[i + 1] == u' ' || s[i + 1] == u'\n'))
            m_sentenceBreaks.append(i);
    }
    for (qsizetype i = m_lo; (i = skipAsciiExcept(s, i, hi, u'\n', u'\n', u'\n')) < hi; ++i) {
        if (s[i] == u'\n')
            m_lineBreaks.append(i);
    }
    m_firstAfter = m_toks.size();
    for (qsizetype i = 0; i < m_toks.size(); ++i) {
        if (m_toks[i].start > m_close) {
            m_firstAfter = i;
            break;
        }
    }
    m_lastBefore = m_firstAfter - 1;
    while (m_lastBefore >= 0 && m_toks[m_lastBefore].start > m_open)
        --m_lastBefore;
    // the quote's words: the window's starting between its marks (no word runs over a double
    // mark; one may run over the end of an unclosed quote, as it would clipped there)
    qsizetype quoteWords = 0;
    for (qsizetype t = m_lastBefore + 1; t < m_toks.size() && m_toks[t].start < m_close; ++t)
        ++quoteWords;
    m_qlen = bucket(quoteWords, {3, 8, 20});
    m_qa = gapMark(QStringView(m_text).mid(
        m_close + 1, std::min<qsizetype>(2, m_text.size() - m_close - 1)));
    prepareSideKeys();
}

void Ranking::prepareSideKeys()
{
    using K = FeatureKey;
    for (int a = 0; a < 2; ++a) {
        SideKeys &k = m_sideKeys[a];
        k.side = (K() << (a == 0 ? u"B" : u"A")).value();
        k.qe = (K(k.side) << u"|qe=" << m_qend).value();
        k.qb = (K(k.side) << u"|qb=" << m_qbefore).value();
        k.qeWeight = weight(K(k.qe));
        k.qbWeight = weight(K(k.qb));
    }
    m_qaKey = (K() << u"A|qa=" << m_qa).value();
}

QList<Candidate> Ranking::candidates() const
{
    QList<Candidate> cands;
    for (qsizetype i = 0; i < m_toks.size();) {
        const Token &t = m_toks[i];
        if (excluded(t.start)) {
            ++i;
            continue;
        }
        const QStringView w = wordOf(m_text, t);
        if (isCap(m_text, t) && !notName().contains(withoutApostropheS(w))) {
            qsizetype j = i;
            while (j + 1 < m_toks.size() && isCap(m_text, m_toks[j + 1])
                   && !excluded(m_toks[j + 1].start)) {
                const QStringView gap = gapOf(j, j + 1);
                if ((gap != u" " && gap != u". ")
                    || notName().contains(withoutApostropheS(wordOf(m_text, m_toks[j + 1])))
                    || endsInApostropheS(wordOf(m_text, m_toks[j])))
                    break;
                ++j;
            }
            cands.append({u"NAME", i, j});
            i = j + 1;
            continue;
        }
        if (const QStringView pronoun = pronounKind(w); !pronoun.isEmpty())
            cands.append({pronoun, i, i});
        else if (!isCap(m_text, t) && m_heads.contains(withoutApostropheS(w)))
            cands.append({u"DESC", i, i});
        ++i;
    }
    // the nearest kMaxPerSide each side
    QList<Candidate> b, a;
    for (const Candidate &c : std::as_const(cands))
        (m_toks[c.j].end <= m_open ? b : a).append(c);
    return b.mid(std::max<qsizetype>(0, b.size() - kMaxPerSide)) + a.mid(0, kMaxPerSide);
}

QList<int> Ranking::ranks(const QList<Candidate> &cands) const
{
    // rank by distance on each side: the before-side counts back from the quote
    QList<int> ranks(cands.size(), 0);
    int nb = 0;
    for (qsizetype c = cands.size() - 1; c >= 0; --c) {
        if (cands[c].j <= m_lastBefore)
            ranks[c] = nb++;
    }
    int na = 0;
    for (qsizetype c = 0; c < cands.size(); ++c) {
        if (cands[c].j > m_lastBefore)
            ranks[c] = na++;
    }
    return ranks;
}

int Ranking::noneScore() const
{
    using K = FeatureKey;
    return weight(K() << u"none") + weight(K() << u"none|qe=" << m_qend)
           + weight(K() << u"none|qb=" << m_qbefore) + weight(K() << u"none|qlen=" << m_qlen)
           + weight(K() << u"none|qe=" << m_qend << u"|qb=" << m_qbefore);
}

int Ranking::score(const Candidate &cand, int rank) const
{
    using K = FeatureKey;
    const qsizetype i = cand.i;
    const qsizetype j = cand.j;
    const bool beforeSide = j <= m_lastBefore;
    const SideKeys &keys = m_sideKeys[beforeSide ? 0 : 1];
    const qsizetype dist = beforeSide ? m_lastBefore - j : i - m_firstAfter;
    const std::pair<int, int> br =
        beforeSide ? breaks(m_toks[j].end, m_open) : breaks(m_close, m_toks[i].start);
    const Bucket d = bucket(dist, {0, 1, 2, 4, 8, 16});
    const FeaturePiece p1 =
        neighbour(m_text, m_toks, i - 1, i > 0 ? gapOf(i - 1, i) : QStringView());
    const QStringView nextGap = j + 1 < m_toks.size() ? gapOf(j, j + 1) : QStringView();
    const FeaturePiece n1 = neighbour(m_text, m_toks, j + 1, nextGap);
    const bool atEdge = !n1.fold && (n1.text == u"^" || n1.text == u"$");
    FeaturePiece n2;
    if (!atEdge && j + 2 < m_toks.size() && gapMark(nextGap).isEmpty())
        n2 = neighbour(m_text, m_toks, j + 2, gapOf(j + 1, j + 2));
    const Bucket r{std::min(rank, 2), false};
    const Bucket sb{std::min(br.first, 2), false};
    const Bucket pb{std::min(br.second, 1), false};
    const QStringView kind = cand.kind;
    // the keys "B|…" and "B|k=NAME|…" share their beginnings: each is hashed once
    const K side(keys.side);
    const K sideKind = K(side) << u"|k=" << kind;
    int score = weight(K() << u"k=" << kind) + weight(sideKind)
                + weight(K(side) << u"|d=" << d) + weight(K(sideKind) << u"|d=" << d)
                + weight(K(side) << u"|sb=" << sb) + weight(K(side) << u"|pb=" << pb)
                + weight(K(sideKind) << u"|sb=" << sb) + weight(K(side) << u"|r=" << r)
                + weight(K(sideKind) << u"|r=" << r) + keys.qeWeight
                + weight(K(keys.qe) << u"|d=" << d) + keys.qbWeight
                + weight(K(keys.qb) << u"|d=" << d)
                + weight(K(side) << u"|p1=" << p1) + weight(K(side) << u"|n1=" << n1)
                + weight(K(sideKind) << u"|n1=" << n1) + weight(K(sideKind) << u"|p1=" << p1);
    if (!n2.text.isEmpty())
        score += weight(K(side) << u"|n1n2=" << n1 << u"_" << n2);
    if (kind == u"NAME")
        score += weight(K() << u"nlen=" << bucket(j - i + 1, {1, 2}));
    if (endsInApostropheS(wordOf(m_text, m_toks[j])))
        score += weight(K() << u"poss");
    if (!beforeSide)
        score += weight(K(m_qaKey) << u"|d=" << d);
    return score;
}

} // namespace

std::optional<SpeakerRanker::Choice> SpeakerRanker::choose(const QString &text,
                                                           qsizetype openMark,
                                                           qsizetype closeMark,
                                                           const QList<Span> &quotes) const
{
    if (m_weights.isEmpty() || openMark < 0 || closeMark <= openMark || closeMark > text.size())
        return std::nullopt;
    const Ranking ranking(text, openMark, closeMark, quotes, m_weights, m_heads);
    const QList<Candidate> cands = ranking.candidates();
    if (cands.isEmpty())
        return std::nullopt;
    const QList<int> ranks = ranking.ranks(cands);
    int bestScore = 0;
    qsizetype best = -1;
    for (qsizetype c = 0; c < cands.size(); ++c) {
        const int score = ranking.score(cands[c], ranks[c]);
        if (best < 0 || score > bestScore) {
            best = c;
            bestScore = score;
        }
    }
    const int none = ranking.noneScore();
    if (best < 0 || bestScore < none + m_margin)
        return std::nullopt;
    return Choice{cands[best].kind.toString(), ranking.span(cands[best]), bestScore, none};
}

} // namespace gloss::quotes
