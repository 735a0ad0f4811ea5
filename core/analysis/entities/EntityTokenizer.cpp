// The recognizer's tokens (see EntityTokenizer_p.h).
#include "EntityTokenizer_p.h"

#include "Gazetteer.h"

#include <array>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gloss::entities {

using G = Gazetteer;

namespace {

// The classes of the ASCII characters, as QChar gives them (letters, digits, case), looked up
// in a table instead of compared; characters from 128 on ask QChar.
enum AsciiClass : quint8 { Alnum = 1, Upper = 2, LowerCase = 4, Letter = 8 };

constexpr std::array<quint8, 128> kAscii = [] {
    std::array<quint8, 128> t{};
    for (int c = 0; c < 128; ++c) {
        if (c >= 'A' && c <= 'Z')
            t[size_t(c)] = Alnum | Upper | Letter;
        else if (c >= 'a' && c <= 'z')
            t[size_t(c)] = Alnum | LowerCase | Letter;
        else if (c >= '0' && c <= '9')
            t[size_t(c)] = Alnum;
    }
    return t;
}();

inline bool isAlnum(QChar c)
{
    return c.unicode() < 128 ? (kAscii[c.unicode()] & Alnum) != 0 : c.isLetterOrNumber();
}

/** A letter, digit or (beyond ASCII) combining mark: a word goes on over it. */
inline bool isWordChar(QChar c)
{
    return c.unicode() < 128 ? (kAscii[c.unicode()] & Alnum) != 0
                             : c.isLetterOrNumber() || c.isMark();
}

/**
 * The first position from @p j (before @p n) that is no ASCII letter or digit: eight characters
 * at a time where SSE2 is there (one well-predicted branch per word instead of a mispredicted
 * one at its end).
 */
inline qsizetype asciiWordEnd(const QChar *s, qsizetype j, qsizetype n)
{
#if defined(__SSE2__)
    const __m128i a = _mm_set1_epi16('a' - 1), z = _mm_set1_epi16('z' + 1);
    const __m128i zero = _mm_set1_epi16('0' - 1), nine = _mm_set1_epi16('9' + 1);
    const __m128i caseBit = _mm_set1_epi16(0x20);
    while (j + 8 <= n) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + j));
        // (c | 0x20) in a..z: a letter of either case (signed: from 0x8000 on never in range)
        const __m128i folded = _mm_or_si128(v, caseBit);
        const __m128i letter =
            _mm_and_si128(_mm_cmpgt_epi16(folded, a), _mm_cmplt_epi16(folded, z));
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi16(v, zero), _mm_cmplt_epi16(v, nine));
        const unsigned mask = unsigned(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
        if (mask != 0xffffu)
            return j + qsizetype(std::countr_one(mask) / 2);
        j += 8;
    }
#endif
    while (j < n && s[j].unicode() < 128 && (kAscii[s[j].unicode()] & Alnum))
        ++j;
    return j;
}

} // namespace

void Tokenizer::run(qsizetype from, qsizetype to, std::vector<Token> &tokens)
{
    const qsizetype n = to;
    const QChar *s = m_text.constData();
    // the state between chunks in locals while reading, written back after
    qsizetype gapStart = m_gapStart;
    bool inQuote = m_inQuote;
    qsizetype i = from;
    while (i < n) {
        if (!isAlnum(s[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        qsizetype j = i + 1;
        qsizetype dash = -1; // the first hyphen in the word
        while (j < n) {
            j = asciiWordEnd(s, j, n);
            if (j >= n)
                break;
            const QChar d = s[j];
            if (isWordChar(d)) {
                ++j;
            } else if ((d == u'-' || d == u'\u2011' || d == u'&') && j + 1 < n
                       && isAlnum(s[j + 1])) {
                if (dash < 0 && d == u'-')
                    dash = j - start;
                ++j;
            } else if (d == u'.' && s[j - 1].isUpper()
                       && (j - 1 == start || s[j - 2] == u'.' || s[j - 2] == u'-')) {
                // U.S. / D.C. : single capitals separated by full stops
                if (j + 1 < n && s[j + 1].isUpper() && (j + 2 >= n || !s[j + 2].isLetter())) {
                    j += 1;
                } else if (j - 1 > start && s[j - 2] == u'.') {
                    ++j; // the final stop of an acronym
                    break;
                } else {
                    break;
                }
            } else if (isApostrophe(d) && j + 1 < n && s[j + 1].isLetter()
                       && !((s[j + 1] == u's' || s[j + 1] == u'S')
                            && (j + 2 >= n || !s[j + 2].isLetterOrNumber()))) {
                ++j; // Y'all, O'Brien, didn't
            } else {
                break;
            }
        }
        // "Rep." / "Lt. Gov." / "Sen.": an abbreviated title keeps its full stop, so that
        // the name after it continues the run ("St." stays apart: "St. Louis")
        if (j < n && s[j] == u'.' && j - start >= 2 && j - start <= 4 && s[start].isUpper()
            && !(j - start == 2 && s[start] == u'S' && s[start + 1] == u't')
            && Gazetteer::instance().is(QStringView(m_text).mid(start, j + 1 - start),
                                        G::Honorific))
            ++j;
        // "Donald J. Trump", "George W. Bush": a middle initial keeps its full stop, so that
        // the name runs on over it (one capital after a capitalised word and a space, before a
        // space and a capital)
        if (j - start == 1 && j + 2 < n && s[j] == u'.' && s[start].isUpper()
            && s[j + 1] == u' ' && s[j + 2].isUpper() && !tokens.empty()
            && (tokens.back().flags & Cap) && tokens.back().end == start - 1
            && s[start - 1] == u' ')
            ++j;
        qsizetype end = j;
        qsizetype next = j;
        quint32 flags = 0;
        if (j < n && isApostrophe(s[j])) {
            if (j + 1 < n && (s[j + 1] == u's' || s[j + 1] == u'S')
                && (j + 2 >= n || !s[j + 2].isLetterOrNumber())) {
                flags |= Possessive;
                next = j + 2;
            } else if (s[j - 1] == u's' && (j + 1 >= n || !s[j + 1].isLetterOrNumber())) {
                flags |= Possessive;
                next = j + 1;
            }
        }
        if (start - gapStart == 1 && s[gapStart] == u' ')
            flags |= SpaceBefore; // most gaps (gapFlags() says the same)
        else
            flags |= gapFlags(gapStart, start, inQuote);
        if (inQuote)
            flags |= InQuote;
        if (s[start].isUpper()) {
            flags |= Cap | caps(QStringView(s + start, end - start));
        } else if (s[start].isDigit()) {
            flags |= Digits;
        } else if (s[start].isLower()) {
            flags |= Lower;
        }
        if (end < n && s[end] == u')')
            flags |= ParenAfter;
        if (end - start == 3 && (s[start] == u't' || s[start] == u'T') && s[start + 1] == u'h'
            && s[start + 2] == u'e')
            flags |= The;
        if (dash > 0 && (flags & Cap))
            appendSplit(tokens, start, end, flags, dash);
        else
            tokens.push_back(Token{qint32(start), qint32(end), flags});
        gapStart = next;
        i = next;
    }
    m_gapStart = gapStart;
    m_inQuote = inQuote;
}

quint32 Tokenizer::gapFlags(qsizetype from, qsizetype to, bool &inQuote) const
{
    const QChar *s = m_text.constData();
    if (to - from == 1 && s[from] == u' ')
        return SpaceBefore;
    quint32 flags = from == 0 ? SentStart : 0u;
    for (qsizetype k = from; k < to; ++k) {
        const QChar c = s[k];
        if (c == u' ' || c == u'\t')
            continue;
        switch (c.unicode()) {
        case u',':
            flags |= CommaBefore;
            break;
        case u'(':
        case u'[':
            flags |= ParenBefore;
            break;
        case u'.':
        case u'!':
        case u'?':
            flags |= StopBefore;
            break;
        case u'\n':
            flags |= BreakBefore | SentStart;
            inQuote = false;
            break;
        case u'"':
            if (k == 0 || s[k - 1].isSpace() || s[k - 1] == u'(' || s[k - 1] == u'['
                || isQuoteOpen(s[k - 1]) || !inQuote) {
                if (!inQuote || k == 0 || s[k - 1].isSpace()) {
                    inQuote = true;
                    flags |= QuoteBefore;
                } else {
                    inQuote = false;
                }
            } else {
                inQuote = false;
            }
            break;
        default:
            if (isQuoteOpen(c)) {
                if (c != u'\u2018')
                    inQuote = true;
                flags |= QuoteBefore;
            } else if (isQuoteClose(c)) {
                inQuote = false;
            } else if (c == u'\u2013' || c == u'\u2014') {
                flags |= BreakBefore | SentStart; // "PYONGYANG, North Korea – Days after"
            } else if (c != u'\'' && c != u'\u2019') {
                flags |= BreakBefore;
            }
        }
    }
    if (flags & QuoteBefore)
        flags |= SentStart;
    return flags;
}

void Tokenizer::appendSplit(std::vector<Token> &tokens, qsizetype start, qsizetype end,
                            quint32 flags, qsizetype dash)
{
    if (!(flags & Cap))
        dash = -1;
    const QStringView word = QStringView(m_text).mid(start, end - start);
    // the part before the hyphen, a name of its own (what follows the word is the second's)
    const auto appendLeft = [&] {
        tokens.push_back(Token{qint32(start), qint32(start + dash),
                               (flags & ~(Possessive | ParenAfter | AllCaps))
                                   | caps(word.left(dash))});
    };
    if (dash > 0 && dash + 1 < word.size() && word.at(dash + 1).isUpper()) {
        const Gazetteer &g = Gazetteer::instance();
        const QStringView left = word.left(dash);
        const QStringView right = word.mid(dash + 1);
        auto known = [&g](QStringView w) {
            const auto *e = g.find(w);
            return (e && !e->weak) || g.is(w, G::Demonym);
        };
        if (left.size() >= 2 && right.size() >= 2 && (known(left) || known(right))) {
            const quint32 shared = flags & (InQuote);
            appendLeft();
            tokens.push_back(Token{qint32(start + dash + 1), qint32(end),
                                   shared | Cap | BreakBefore | HyphenBefore | caps(right)
                                       | (flags & (Possessive | ParenAfter))});
            return;
        }
    }
    // "Omaha-based", "Saudi-led", "London-born": a name and a participle of where or by whom;
    // the name is a token of its own, the participle a lower-case word
    if (dash >= 2 && dash + 1 < word.size() && word.at(dash + 1).isLower()
        && isNameParticiple(word.mid(dash + 1))) {
        appendLeft();
        tokens.push_back(Token{qint32(start + dash + 1), qint32(end),
                               Lower | HyphenBefore | (flags & (InQuote | Possessive))});
        return;
    }
    tokens.push_back(Token{qint32(start), qint32(end), dash > 0 ? flags | Hyphenated : flags});
}

quint32 Tokenizer::caps(QStringView w)
{
    int letters = 0;
    for (QChar c : w) {
        if (c.unicode() < 128) {
            const quint8 k = kAscii[c.unicode()];
            if (k & LowerCase)
                return 0;
            letters += (k & Letter) ? 1 : 0;
            continue;
        }
        if (c.isLower())
            return 0;
        letters += c.isLetter() ? 1 : 0;
    }
    return letters >= 2 ? AllCaps : 0u;
}

} // namespace gloss::entities
