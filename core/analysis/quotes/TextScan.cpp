#include "TextScan.h"

#include "Lexicon.h"
#include "text/UnitScan.h"

#include <algorithm>
#include <array>

namespace gloss::quotes {

bool isDoubleQuoteMark(QChar c)
{
    switch (c.unicode()) {
    case u'"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
        return true;
    default:
        return false;
    }
}

bool isSingleQuoteMark(QChar c)
{
    switch (c.unicode()) {
    case u'\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A:
        return true;
    default:
        return false;
    }
}

bool isDash(QChar c)
{
    return c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'\u2012' || c == u'\u2015';
}

namespace {

/** What an ASCII character is to a word: nothing, part of it, or a joiner (' - .). */
enum AsciiClass : quint8 { NotInWord, InWord, Joiner };

constexpr std::array<quint8, 128> kAscii = [] {
    std::array<quint8, 128> table{};
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            table[c] = InWord;
        else if (c == '\'' || c == '-' || c == '.')
            table[c] = Joiner;
        else
            table[c] = NotInWord;
    }
    return table;
}();

/** isWordChar() with ASCII from the table. */
inline bool inWord(char16_t u)
{
    return u < 128 ? kAscii[u] == InWord : isWordChar(QChar(u));
}

inline bool isJoiner(char16_t u)
{
    return u < 128 ? kAscii[u] == Joiner : u == u'\u2019';
}

} // namespace

#if defined(__SSE2__)
namespace {

/**
 * Which of the 16 units at @p s are ASCII letters or digits (bit k: s[k]) and which are
 * joiners (' - .); false when one of them is not ASCII.
 */
inline bool asciiClasses(const char16_t *s, unsigned &letters, unsigned &joiners)
{
    const __m128i bytes = _mm_packus_epi16(unitscan::load(s), unitscan::load(s + 8));
    if (_mm_movemask_epi8(bytes) != 0)
        return false; // a unit of 0x80 or more (packed to 0x80-0xff)
    const auto between = [](__m128i v, char lo, char hi) {
        return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(char(lo - 1))),
                             _mm_cmplt_epi8(v, _mm_set1_epi8(char(hi + 1))));
    };
    const __m128i lower = _mm_or_si128(bytes, _mm_set1_epi8(0x20));
    letters = unsigned(_mm_movemask_epi8(
        _mm_or_si128(between(lower, 'a', 'z'), between(bytes, '0', '9'))));
    joiners = unsigned(_mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('\'')),
                     _mm_or_si128(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('-')),
                                  _mm_cmpeq_epi8(bytes, _mm_set1_epi8('.'))))));
    return true;
}

} // namespace
#endif

Words wordsIn(QStringView text, qsizetype from, qsizetype to, qsizetype limit)
{
    Words words;
    readWords(text, from, to, limit, words);
    return words;
}

void readWords(QStringView text, qsizetype from, qsizetype to, qsizetype limit, Words &words)
{
    words.clear();
    from = std::max<qsizetype>(0, from);
    to = std::min(to, text.size());
    if (limit <= 0)
        return;
    const char16_t *s = text.utf16();
    qsizetype start = -1; // the start of the word being read, or -1 between words
    qsizetype i = from;
    // a word ends before s[at]: kept, and whether that was the last one wanted
    const auto ended = [&](qsizetype at) {
        words.append({start, at});
        start = -1;
        return words.size() >= limit;
    };
    while (i < to) {
#if defined(__SSE2__)
        unsigned letters = 0;
        unsigned joiners = 0;
        if (to - i >= 16 && asciiClasses(s + i, letters, joiners)) {
            // sixteen ASCII units at once: a joiner belongs to a word between two letters or
            // digits, both inside [from, to)
            const unsigned before = i > from && inWord(s[i - 1]) ? 1u : 0u;
            const unsigned after = i + 16 < to && inWord(s[i + 16]) ? 1u : 0u;
            const unsigned in = letters
                                | (joiners & ((letters << 1) | before)
                                   & ((letters >> 1) | (after << 15)));
            const unsigned prevIn = (in << 1) | (start >= 0 ? 1u : 0u);
            unsigned starts = in & ~prevIn & 0xffffu;
            unsigned ends = ~in & prevIn & 0xffffu; // the unit after a word's last
            while (true) {
                if (start >= 0) {
                    if (ends == 0)
                        break; // the word goes on into the next units
                    const int e = __builtin_ctz(ends);
                    if (ended(i + e))
                        return;
                    ends &= ends - 1;
                    starts &= ~((2u << e) - 1);
                } else {
                    if (starts == 0)
                        break;
                    const int b = __builtin_ctz(starts);
                    start = i + b;
                    starts &= starts - 1;
                    ends &= ~((2u << b) - 1);
                }
            }
            i += 16;
            continue;
        }
#endif
        const char16_t u = s[i];
        if (start < 0) {
            if (inWord(u))
                start = i;
        } else if (!inWord(u) && !(isJoiner(u) && i + 1 < to && inWord(s[i + 1]))) {
            if (ended(i))
                return;
        }
        ++i;
    }
    if (start >= 0)
        words.append({start, to});
}

void SpanWords::read(QStringView text, Span span)
{
    m_text = text;
    m_span = span;
    // into the same list each time: it keeps the memory of the longest sentence so far (a
    // list per sentence, alive while the sentence's statements and mentions were added,
    // left holes in the heap: 9 MB more peak memory at 20 MB)
    readWords(text, span.start, span.end, std::numeric_limits<qsizetype>::max(), m_words);
}

Words SpanWords::wordsIn(qsizetype from, qsizetype to, qsizetype limit) const
{
    from = std::max<qsizetype>(0, from);
    to = std::min(to, m_text.size());
    // (one expression: the words are built in the caller's place, not copied there)
    return from >= m_span.start && to <= m_span.end ? inSpan(from, to, limit)
                                                    : quotes::wordsIn(m_text, from, to, limit);
}

Words SpanWords::inSpan(qsizetype from, qsizetype to, qsizetype limit) const
{
    Words out;
    const char16_t *s = m_text.utf16();
    // the first word ending after from
    auto it = std::upper_bound(m_words.cbegin(), m_words.cend(), from,
                               [](qsizetype pos, const Word &w) { return pos < w.end; });
    for (; it != m_words.cend() && it->start < to && out.size() < limit; ++it) {
        qsizetype start = std::max(it->start, from);
        qsizetype end = std::min(it->end, to);
        // a joiner left at an end of the window has a letter on one side only there
        if (start < end && isJoiner(s[start]))
            ++start;
        if (start < end && isJoiner(s[end - 1]))
            --end;
        if (start < end)
            out.append({start, end});
    }
    return out;
}

QStringView stripPossessive(QStringView word)
{
    if (word.size() > 2 && (word.endsWith(u"'s") || word.endsWith(u"\u2019s")))
        return word.first(word.size() - 2);
    return word;
}

bool isPossessive(QStringView word)
{
    return word.size() > 2 && (word.endsWith(u"'s") || word.endsWith(u"\u2019s"));
}

bool isLyAdverb(QStringView word)
{
    return word.size() > 4 && word.endsWith(u"ly") && word.front().isLower();
}

bool isCapitalised(QStringView word)
{
    return !word.isEmpty() && word.front().isUpper();
}

bool isAbbreviationBefore(QStringView text, qsizetype dot, qsizetype floor)
{
    qsizetype s = dot;
    while (s > floor && (isWordChar(text[s - 1]) || text[s - 1] == u'.'))
        --s;
    const QStringView word = text.mid(s, dot - s);
    if (word.isEmpty())
        return false;
    if (word.size() == 1 && word.front().isLetter())
        return true; // an initial: "George W. Bush"
    if (word.contains(u'.'))
        return true; // "U.S.", "e.g."
    return lexicon::abbreviations().contains(word);
}

namespace {

bool opensSentence(QChar c)
{
    return c.isUpper() || c.isDigit() || isQuoteMark(c) || c == u'(' || c == u'[' || c.isTitleCase()
           || (c.isLetter() && !c.isLower()); // scripts without case
}

} // namespace

QList<Span> SentenceIndex::split(const QString &text, Span para)
{
    QList<Span> out;
    qsizetype start = para.start;
    while (start < para.end && text[start].isSpace())
        ++start;
    qsizetype i = start;
    while (i < para.end) {
        i = skipAsciiExcept(QStringView(text).utf16(), i, para.end, u'.', u'!', u'?');
        if (i >= para.end)
            break;
        const QChar c = text[i];
        if (c != u'.' && c != u'!' && c != u'?' && c != u'\u2026') {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < para.end && (text[j] == u'.' || text[j] == u'!' || text[j] == u'?'))
            ++j;
        while (j < para.end && (isQuoteMark(text[j]) || text[j] == u')' || text[j] == u']'))
            ++j;
        if (j >= para.end || !text[j].isSpace()) {
            i = j;
            continue;
        }
        qsizetype k = j;
        while (k < para.end && text[k].isSpace())
            ++k;
        if (k >= para.end)
            break;
        if (!opensSentence(text[k]) || (c == u'.' && isAbbreviationBefore(text, i, start))) {
            i = j;
            continue;
        }
        out.append({start, j});
        start = k;
        i = k;
    }
    qsizetype end = para.end;
    while (end > start && text[end - 1].isSpace())
        --end;
    if (end > start)
        out.append({start, end});
    return out;
}

SentenceIndex::SentenceIndex(const QString &text, const QList<Paragraph> &paragraphs)
{
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const QList<Span> parts = split(text, paragraphs[p].span);
        for (const Span &s : parts) {
            m_spans.append(s);
            m_paragraphs.append(static_cast<int>(p));
        }
    }
}

qsizetype SentenceIndex::at(qsizetype pos) const
{
    const auto it = std::upper_bound(m_spans.cbegin(), m_spans.cend(), pos,
                                     [](qsizetype p, const Span &s) { return p < s.start; });
    return (it - m_spans.cbegin()) - 1;
}

} // namespace gloss::quotes
