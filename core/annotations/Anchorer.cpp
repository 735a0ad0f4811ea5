#include "Anchorer.h"

#include <QStringView>

#include <algorithm>
#include <array>
#include <climits>
#include <vector>

namespace gloss {

namespace {

/** Length of the pieces of text indexed and looked up (UTF-16 code units). */
constexpr int kPiece = 8;
/** A piece found more often than this is too common to suggest places (unless all are). */
constexpr quint32 kSeedCap = 64;
/** Pieces looked up per note: the rarest, some of them from the quote itself. */
constexpr size_t kSeeds = 24;
/** Pieces found this rarely are always looked up (cheap and telling). */
constexpr quint32 kFewPlaces = 4;
constexpr int kQuoteSeeds = 4;
/** Candidate places examined per note (the ones most pieces point at). */
constexpr size_t kMaxClusters = 12;
/** Candidate places aligned approximately (the quote's words changed). */
constexpr size_t kMaxApproximate = 4;
/** Longest quote aligned approximately (longer ones must be found word for word). */
constexpr qsizetype kMaxAlignLength = 4000;
/** Context characters (UTF-16) compared at most: a 32 code point context is <= 64 units. */
constexpr int kMaxContext = 64;
/** Text read beyond the stored context's length, for inserted characters. */
constexpr int kContextSlack = 16;
/** Context characters that make one side "agree" (fewer when the stored context is shorter). */
constexpr int kAgreeingContext = 10;
/** The characters next to the quote that must match for the rest of a context to count. */
constexpr int kNearContext = 10;
constexpr int kNearNeeded = 4;
/** Matching characters (quote + context) needed to place a note in changed text. */
constexpr int kNeededEvidence = 24;
/** The best place must beat any other by this many matching characters. */
constexpr int kAmbiguityMargin = 6;

constexpr quint64 kHashBase = 0x100000001B3ULL;

quint64 pieceHash(const QChar *p)
{
    quint64 h = 0;
    for (int i = 0; i < kPiece; ++i)
        h = h * kHashBase + p[i].unicode();
    return h;
}

/**
 * How well a stored context matches the text next to a candidate, read from the quote's edge
 * outward (@p backwards for a prefix): the best score of an alignment anchored at the edge
 * (match +1, mismatch or gap -2), so a shared run of characters next to the quote counts fully,
 * a typo costs a little, and unrelated text scores about 0. Context that only matches after a
 * stretch that does not (the text between context and quote changed: a paragraph went) is no
 * evidence for the place: the score then counts only the characters next to the quote.
 */
int contextScore(QStringView stored, QStringView text, bool backwards)
{
    const int m = int(std::min<qsizetype>(stored.size(), kMaxContext));
    const int n = int(std::min<qsizetype>(text.size(), m + kContextSlack));
    if (m == 0 || n == 0)
        return 0;
    const auto a = [&](int i) { return backwards ? stored[stored.size() - 1 - i] : stored[i]; };
    const auto b = [&](int j) { return backwards ? text[text.size() - 1 - j] : text[j]; };
    int run = 0;
    while (run < m && run < n && a(run) == b(run))
        ++run;
    if (run == m)
        return m;
    std::array<int, kMaxContext + kContextSlack + 1> prev{}, cur{};
    for (int j = 0; j <= n; ++j)
        prev[j] = -2 * j;
    int best = run, near = run;
    const int nearRows = std::min(m, kNearContext);
    for (int i = 1; i <= m; ++i) {
        cur[0] = -2 * i;
        int rowBest = cur[0];
        for (int j = 1; j <= n; ++j) {
            const int diag = prev[j - 1] + (a(i - 1) == b(j - 1) ? 1 : -2);
            cur[j] = std::max(diag, std::max(prev[j], cur[j - 1]) - 2);
            rowBest = std::max(rowBest, cur[j]);
        }
        best = std::max(best, rowBest);
        if (i <= nearRows)
            near = std::max(near, rowBest);
        if (i >= nearRows && near < std::min(kNearNeeded, nearRows))
            return std::max(0, near); // the characters next to the quote do not match
        if (rowBest + (m - i) <= best)
            break; // the rest of the context cannot raise the score
        std::swap(prev, cur);
    }
    return best;
}

struct Alignment
{
    qsizetype start = -1;
    qsizetype end = -1;
    int distance = INT_MAX;
};

/**
 * One column of the edit distance (optimal string alignment: a swap of two neighbouring
 * characters counts one) of @p pattern against the text, for the text character @p w.
 */
void alignColumn(QStringView pattern, bool reversed, const std::vector<int> &prev2,
                 const std::vector<int> &prev, std::vector<int> &cur, QChar w, QChar wBefore,
                 bool haveBefore)
{
    const qsizetype m = pattern.size();
    const auto p = [&](qsizetype i) { return reversed ? pattern[m - 1 - i] : pattern[i]; };
    cur[0] = 0; // the match may start anywhere in the window
    for (qsizetype i = 1; i <= m; ++i) {
        const QChar pc = p(i - 1);
        int v = std::min(prev[size_t(i - 1)] + (pc == w ? 0 : 1),
                         std::min(prev[size_t(i)], cur[size_t(i - 1)]) + 1);
        if (haveBefore && i > 1 && pc == wBefore && p(i - 2) == w && pc != w)
            v = std::min(v, prev2[size_t(i - 2)] + 1);
        cur[size_t(i)] = v;
    }
}

/** Edit distance of @p pattern to its best match in @p window, with the match's bounds. */
Alignment alignInWindow(QStringView pattern, QStringView window, int maxDistance)
{
    const qsizetype m = pattern.size(), n = window.size();
    std::vector<int> prev2(size_t(m) + 1), prev(size_t(m) + 1), cur(size_t(m) + 1);
    for (qsizetype i = 0; i <= m; ++i)
        prev[size_t(i)] = int(i);
    Alignment best;
    best.distance = prev[size_t(m)];
    best.end = 0;
    for (qsizetype j = 1; j <= n; ++j) {
        alignColumn(pattern, false, prev2, prev, cur, window[j - 1],
                    j > 1 ? window[j - 2] : QChar(), j > 1);
        if (cur[size_t(m)] < best.distance) {
            best.distance = cur[size_t(m)];
            best.end = j;
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    if (best.distance > maxDistance)
        return Alignment{};
    // The start: the same alignment read backwards from the end found.
    for (qsizetype i = 0; i <= m; ++i)
        prev[size_t(i)] = int(i);
    best.start = best.end;
    for (qsizetype j = best.end - 1, k = 1; j >= 0; --j, ++k) {
        alignColumn(pattern, true, prev2, prev, cur, window[j],
                    j + 1 < best.end ? window[j + 1] : QChar(), k > 1);
        if (cur[size_t(m)] == best.distance) {
            best.start = j;
            break;
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return best;
}

} // namespace

struct Anchorer::Index
{
    int bits = 0;
    std::vector<quint32> starts; ///< bucket b holds positions[starts[b] .. starts[b + 1])
    std::vector<quint32> positions;

    quint32 bucketOf(quint64 h) const
    {
        return quint32((h * 0x9E3779B97F4A7C15ULL) >> (64 - bits));
    }
};

struct Anchorer::Candidate
{
    qsizetype start = 0;
    qsizetype end = 0;
    int distance = 0;
    int pre = 0;
    int suf = 0;
    bool preAgrees = false;
    bool sufAgrees = false;
    int evidence = 0;
    bool accepted = false;
    int score = 0;
};

Anchorer::Anchorer(const Document &document)
    : m_document(document)
{
}

Anchorer::~Anchorer() = default;

const Anchorer::Index &Anchorer::index() const
{
    if (m_index)
        return *m_index;
    m_index = std::make_unique<Index>();
    Index &idx = *m_index;
    const QString &t = m_document.text();
    const qsizetype n = t.size();
    if (n < kPiece)
        return idx;
    const qsizetype m = n - kPiece + 1;
    idx.bits = 10;
    while (idx.bits < 24 && (qsizetype(1) << idx.bits) < m)
        ++idx.bits;
    const size_t buckets = size_t(1) << idx.bits;
    std::vector<quint32> bucketOfPos(static_cast<size_t>(m));
    idx.starts.assign(buckets + 1, 0);
    quint64 power = 1; // kHashBase ^ (kPiece - 1)
    for (int i = 1; i < kPiece; ++i)
        power *= kHashBase;
    const QChar *data = t.constData();
    quint64 h = pieceHash(data);
    for (qsizetype p = 0; p < m; ++p) {
        if (p > 0)
            h = (h - data[p - 1].unicode() * power) * kHashBase + data[p + kPiece - 1].unicode();
        const quint32 b = idx.bucketOf(h);
        bucketOfPos[size_t(p)] = b;
        ++idx.starts[b + 1];
    }
    for (size_t b = 0; b < buckets; ++b)
        idx.starts[b + 1] += idx.starts[b];
    idx.positions.resize(static_cast<size_t>(m));
    std::vector<quint32> fill(idx.starts.begin(), idx.starts.end() - 1);
    for (qsizetype p = 0; p < m; ++p)
        idx.positions[fill[bucketOfPos[size_t(p)]]++] = quint32(p);
    return idx;
}

void Anchorer::evaluate(Candidate &c, const TextQuoteSelector &quote, qsizetype hint) const
{
    const QStringView t(m_document.text());
    const qsizetype n = t.size();
    const qsizetype preLen = std::min<qsizetype>(quote.prefix.size(), kMaxContext);
    const qsizetype sufLen = std::min<qsizetype>(quote.suffix.size(), kMaxContext);
    const qsizetype before = std::min<qsizetype>(c.start, preLen + kContextSlack);
    const qsizetype after = std::min<qsizetype>(n - c.end, sufLen + kContextSlack);
    c.pre = contextScore(quote.prefix, t.mid(c.start - before, before), true);
    c.suf = contextScore(quote.suffix, t.mid(c.end, after), false);
    // An empty stored context means the note was at the start (end) of the text.
    c.preAgrees = preLen == 0 ? c.start == 0
                              : c.pre >= std::min<qsizetype>(kAgreeingContext, preLen);
    c.sufAgrees = sufLen == 0 ? c.end == n
                              : c.suf >= std::min<qsizetype>(kAgreeingContext, sufLen);
    const int len = int(quote.exact.size());
    // the quote's own characters weigh most: a changed character costs three
    c.evidence = len - 3 * c.distance + c.pre + c.suf + (preLen == 0 && c.preAgrees ? 4 : 0)
                 + (sufLen == 0 && c.sufAgrees ? 4 : 0);
    const int need = int(std::min<qsizetype>(kNeededEvidence, (len + preLen + sufLen) * 4 / 5));
    const int d = c.distance;
    if (c.evidence < need) {
        c.accepted = false;
    } else if (d == 0) {
        c.accepted = len >= 4 || c.preAgrees || c.sufAgrees;
    } else {
        // Changed words: a typo fixed or a figure corrected, not other words in the same
        // frame ("above inflation" is not "below inflation" even between the same context).
        c.accepted = (c.preAgrees && c.sufAgrees && d <= std::max(2, len / 4))
                     || ((c.preAgrees || c.sufAgrees) && len >= 6 && d <= std::max(1, len / 6))
                     || (len >= 40 && 20 * d <= len);
    }
    int proximity = 0;
    if (hint >= 0) {
        const qsizetype away = std::abs(c.start - hint);
        proximity = away < 256 ? 3 : away < 4096 ? 2 : away < 65536 ? 1 : 0;
    }
    c.score = c.evidence * 8 + proximity;
}

std::vector<qsizetype> Anchorer::impliedStarts(const TextQuoteSelector &quote) const
{
    const QString &exact = quote.exact;
    const QStringView t(m_document.text());
    const QString pattern = quote.prefix + exact + quote.suffix;
    const qsizetype quoteOffset = quote.prefix.size();
    std::vector<qsizetype> implied;
    const Index &idx = index();
    if (idx.positions.empty() || pattern.size() < kPiece) {
        // a tiny text or pattern: every occurrence of the quote
        for (qsizetype at = t.indexOf(exact); at >= 0 && implied.size() < 256;
             at = t.indexOf(exact, at + 1))
            implied.push_back(at);
        return implied;
    }
    struct Piece
    {
        qsizetype offset;
        quint32 first;
        quint32 count;
    };
    std::vector<Piece> pieces;
    pieces.reserve(size_t(pattern.size()));
    bool anyRare = false;
    for (qsizetype o = 0; o + kPiece <= pattern.size(); ++o) {
        const quint32 b = idx.bucketOf(pieceHash(pattern.constData() + o));
        const quint32 count = idx.starts[b + 1] - idx.starts[b];
        if (count == 0)
            continue;
        pieces.push_back(Piece{o, idx.starts[b], count});
        anyRare |= count <= kSeedCap;
    }
    // The rarest pieces suggest the fewest places; a few from the quote itself always
    // (its context may have changed), the rest from anywhere.
    std::stable_sort(pieces.begin(), pieces.end(),
                     [](const Piece &a, const Piece &b) { return a.count < b.count; });
    const qsizetype quoteEnd = quoteOffset + exact.size();
    std::vector<const Piece *> seeds;
    int fromQuote = 0;
    for (const Piece &piece : pieces) {
        const bool inQuote = piece.offset >= quoteOffset && piece.offset + kPiece <= quoteEnd;
        if (inQuote && fromQuote < kQuoteSeeds) {
            seeds.push_back(&piece);
            ++fromQuote;
        }
    }
    for (const Piece &piece : pieces) {
        if (seeds.size() >= kSeeds && piece.count > kFewPlaces)
            break;
        if (std::find(seeds.begin(), seeds.end(), &piece) == seeds.end()
            && (piece.count <= kSeedCap || !anyRare))
            seeds.push_back(&piece);
    }
    const QChar *text = t.data();
    for (const Piece *piece : seeds) {
        if (anyRare && piece->count > kSeedCap)
            continue;
        const QChar *want = pattern.constData() + piece->offset;
        for (quint32 k = piece->first; k < piece->first + piece->count; ++k) {
            const qsizetype p = idx.positions[k];
            if (std::equal(want, want + kPiece, text + p))
                implied.push_back(p - piece->offset + quoteOffset);
        }
    }
    return implied;
}

std::optional<Anchorer::Candidate> Anchorer::alignedNear(const TextQuoteSelector &quote,
                                                         qsizetype lo, qsizetype hi,
                                                         qsizetype hint) const
{
    const QStringView t(m_document.text());
    const qsizetype n = t.size();
    const qsizetype len = quote.exact.size();
    const qsizetype wide = 8 + len / 4;
    const qsizetype ws = std::clamp<qsizetype>(lo - wide, 0, n);
    const qsizetype we = std::clamp<qsizetype>(hi + len + wide, ws, n);
    const Alignment al = alignInWindow(quote.exact, t.mid(ws, we - ws), int(len / 2));
    if (al.start < 0 || al.distance == 0)
        return std::nullopt; // no match, or a word-for-word one (already a candidate)
    Candidate c;
    c.start = ws + al.start;
    c.end = ws + al.end;
    c.distance = al.distance;
    evaluate(c, quote, hint);
    // The edges of changed words are uncertain by a character or two: let the context decide
    // them.
    for (qsizetype s = std::max<qsizetype>(0, c.start - 3); s <= std::min(c.start + 3, c.end - 1);
         ++s) {
        Candidate alt = c;
        alt.start = s;
        evaluate(alt, quote, hint);
        if (alt.pre > c.pre)
            c = alt;
    }
    const qsizetype lastEnd = std::min(c.end + 3, n);
    for (qsizetype e = std::max(c.start + 1, c.end - 3); e <= lastEnd; ++e) {
        Candidate alt = c;
        alt.end = e;
        evaluate(alt, quote, hint);
        if (alt.suf > c.suf)
            c = alt;
    }
    return c;
}

std::vector<Anchorer::Candidate> Anchorer::candidatesNear(const TextQuoteSelector &quote,
                                                          std::vector<qsizetype> places,
                                                          qsizetype hint) const
{
    const QStringView t(m_document.text());
    const qsizetype n = t.size();
    const QString &exact = quote.exact;
    const qsizetype len = exact.size();
    // Group the suggestions into candidate places, the most suggested first.
    std::sort(places.begin(), places.end());
    struct Cluster
    {
        qsizetype lo;
        qsizetype hi;
        int votes;
    };
    std::vector<Cluster> clusters;
    const qsizetype tolerance = 4 + len / 8;
    for (qsizetype p : places) {
        if (!clusters.empty() && p - clusters.back().hi <= tolerance) {
            clusters.back().hi = p;
            ++clusters.back().votes;
        } else {
            clusters.push_back(Cluster{p, p, 1});
        }
    }
    std::stable_sort(clusters.begin(), clusters.end(),
                     [](const Cluster &a, const Cluster &b) { return a.votes > b.votes; });
    if (clusters.size() > kMaxClusters)
        clusters.resize(kMaxClusters);

    std::vector<Candidate> candidates;
    const auto add = [&](Candidate c) {
        for (const Candidate &o : candidates) {
            if (o.start == c.start && o.end == c.end)
                return;
        }
        evaluate(c, quote, hint);
        candidates.push_back(c);
    };
    // the quote word for word near each place
    const qsizetype slack = 8 + len / 8;
    for (const Cluster &cl : clusters) {
        const qsizetype ws = std::clamp<qsizetype>(cl.lo - slack, 0, n);
        const qsizetype we = std::clamp<qsizetype>(cl.hi + len + slack, ws, n);
        const QStringView window = t.mid(ws, we - ws);
        int found = 0;
        for (qsizetype at = window.indexOf(exact); at >= 0 && found < 8;
             at = window.indexOf(exact, at + 1), ++found) {
            Candidate c;
            c.start = ws + at;
            c.end = ws + at + len;
            add(c);
        }
    }
    // changed words: the quote aligned near the most suggested places, unless a word-for-word
    // match already has its whole context
    const int perfect = int(len + std::min<qsizetype>(quote.prefix.size(), kMaxContext)
                            + std::min<qsizetype>(quote.suffix.size(), kMaxContext));
    const bool havePerfect = std::any_of(candidates.begin(), candidates.end(), [&](const auto &c) {
        return c.accepted && c.pre + c.suf + int(len) >= perfect;
    });
    if (havePerfect || len > kMaxAlignLength)
        return candidates;
    size_t aligned = 0;
    for (const Cluster &cl : clusters) {
        if (aligned == kMaxApproximate || (cl.votes < 2 && clusters.size() > 2))
            break;
        ++aligned;
        if (const std::optional<Candidate> c = alignedNear(quote, cl.lo, cl.hi, hint)) {
            Candidate fresh;
            fresh.start = c->start;
            fresh.end = c->end;
            fresh.distance = c->distance;
            add(fresh);
        }
    }
    return candidates;
}

Anchorer::Match Anchorer::find(const TextQuoteSelector &quote,
                               const TextPositionSelector &position, bool sameText) const
{
    const QString &exact = quote.exact;
    const qsizetype len = exact.size();
    if (len == 0)
        return Match{};
    const QStringView t(m_document.text());

    // 1. Where it was.
    qsizetype hint = -1, hintEnd = -1;
    if (position.isValid()) {
        hint = m_document.fromCodePoint(position.start);
        hintEnd = m_document.fromCodePoint(position.end);
        if (hintEnd - hint == len && t.mid(hint, len) == exact) {
            if (sameText)
                return Match{AnchorState::Anchored, Span{hint, hintEnd}};
            Candidate c;
            c.start = hint;
            c.end = hintEnd;
            evaluate(c, quote, hint);
            if (c.accepted && (c.preAgrees || c.sufAgrees))
                return Match{AnchorState::Anchored, Span{hint, hintEnd}};
        }
    }

    // 2. Places suggested by pieces of prefix + quote + suffix found in the text.
    std::vector<qsizetype> implied = impliedStarts(quote);
    if (hint >= 0)
        implied.push_back(hint);
    if (implied.empty())
        return Match{};

    // 3. The quote near those places, word for word or with changed words.
    const std::vector<Candidate> candidates = candidatesNear(quote, std::move(implied), hint);

    // 4. The best place, if it is good enough and clearly better than any other.
    const Candidate *best = nullptr;
    for (const Candidate &c : candidates) {
        if (c.accepted && (!best || c.score > best->score))
            best = &c;
    }
    if (!best)
        return Match{};
    for (const Candidate &c : candidates) {
        if (&c == best || !c.accepted
            || Span{c.start, c.end}.overlaps(Span{best->start, best->end}))
            continue;
        if (c.evidence + kAmbiguityMargin > best->evidence)
            return Match{}; // two places about as good: do not guess
    }
    const bool same = best->start == hint && best->end == hintEnd && best->distance == 0;
    return Match{same ? AnchorState::Anchored : AnchorState::Moved, Span{best->start, best->end}};
}

void Anchorer::anchor(Annotation &annotation, bool sameText) const
{
    if (annotation.isArticleNote()) {
        annotation.state = AnchorState::Anchored;
        annotation.span = Span{};
        return;
    }
    const Match m = find(annotation.quote, annotation.position, sameText);
    annotation.state = m.state;
    if (m.state == AnchorState::Orphaned) {
        annotation.span = Span{};
        return;
    }
    if (sameText && m.state == AnchorState::Anchored)
        annotation.span = m.span;
    else
        annotation.setTarget(m_document, m.span);
}

void Anchorer::anchorAll(QList<Annotation> &annotations, bool sameText) const
{
    for (Annotation &a : annotations)
        anchor(a, sameText);
}

} // namespace gloss
