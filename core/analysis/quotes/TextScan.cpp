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

Words wordsIn(QStringView text, qsizetype from, qsizetype to, qsizetype limit)
{
    Words words;
    from = std::max<qsizetype>(0, from);
    to = std::min(to, text.size());
    const char16_t *s = text.utf16();
    qsizetype i = from;
    while (i < to && words.size() < limit) {
        if (!inWord(s[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < to) {
            if (inWord(s[i])) {
                ++i;
                continue;
            }
            if (isJoiner(s[i]) && i + 1 < to && inWord(s[i + 1])) {
                ++i;
                continue;
            }
            break;
        }
        words.append({start, i});
    }
    return words;
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
