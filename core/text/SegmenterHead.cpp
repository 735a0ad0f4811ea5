// The head of an article: datelines, bylines, date lines and headlines (see Segmenter.h).
#include "Segmenter.h"

#include "Segmenter_p.h"

namespace gloss {

using namespace segmenter;

namespace {

/** A token of a dateline: a word, a comma, a dash or a parenthesis (an agency). */
struct DatelineToken
{
    enum Kind { Word, Comma, Dash, Paren } kind;
    qsizetype start;
    qsizetype end;
};
using DatelineTokens = QVarLengthArray<DatelineToken, 16>;

/**
 * The tokens of @p p up to and with the first dash, within its first 120 characters; empty
 * when there is no dash there, a line break comes first or a parenthesis is no agency's.
 * @p end: where the text after the dash starts.
 */
DatelineTokens datelineTokens(QStringView p, qsizetype &end)
{
    using T = DatelineToken;
    constexpr qsizetype kLongest = 120;
    const qsizetype limit = std::min(p.size(), kLongest);
    DatelineTokens toks;
    qsizetype i = 0;
    while (i < limit && toks.size() < 16 && (toks.isEmpty() || toks.last().kind != T::Dash)) {
        const QChar c = p[i];
        if (c == u'\n')
            return {};
        if (c.isSpace()) {
            ++i;
        } else if (c == u',') {
            toks.append({T::Comma, i, i + 1});
            ++i;
        } else if (isDashChar(c)) {
            toks.append({T::Dash, i, i + 1});
            ++i;
        } else if (c == u'(') {
            const qsizetype close = p.sliced(i, limit - i).indexOf(u')');
            if (close < 2 || close > 40)
                return {};
            toks.append({T::Paren, i, i + close + 1});
            i += close + 1;
        } else {
            qsizetype j = i;
            while (j < limit && !p[j].isSpace() && p[j] != u',' && p[j] != u'('
                   && !isDashChar(p[j]))
                ++j;
            const QStringView w = p.sliced(i, j - i);
            toks.append({w == u"-" || w == u"--" ? T::Dash : T::Word, i, j});
            i = j;
        }
    }
    if (toks.size() < 2 || toks.last().kind != T::Dash)
        return {};
    end = i;
    while (end < p.size() && isBlank(p[end]))
        ++end;
    return toks;
}

/** The letters of @p w; @p lower: one is lower case; @p other: a character not in a name. */
int datelineLetters(QStringView w, bool &lower, bool &other)
{
    int n = 0;
    for (const QChar c : w) {
        if (c.isLetter()) {
            ++n;
            lower |= c.isLower();
        } else if (c != u'.' && c != u'\'' && c != u'-' && c.unicode() != 0x2019) {
            other = true;
        }
    }
    return n;
}

bool isCapsWord(QStringView w)
{
    bool lower = false, other = false;
    return datelineLetters(w, lower, other) >= 1 && !lower && !other;
}

bool isTitleWord(QStringView w)
{
    bool lower = false, other = false;
    return datelineLetters(w, lower, other) >= 1 && !other && w.front().isUpper();
}

bool isDateWord(QStringView w)
{
    w = stripTrailing(w, u".");
    return !w.isEmpty() && (w.front().isDigit() || isOneOf(w, kMonths) || isOneOf(w, kWeekdays));
}

} // namespace

Segmenter::Dateline Segmenter::findDateline(QStringView p)
{
    using T = DatelineToken;
    qsizetype end = 0;
    const DatelineTokens toks = datelineTokens(p, end);
    if (toks.isEmpty())
        return {};
    const auto word = [&](int t) { return p.sliced(toks[t].start, toks[t].end - toks[t].start); };

    const int n = static_cast<int>(toks.size()) - 1; // tokens before the dash
    int t = 0;
    qsizetype placeEnd = 0;
    int placeWords = 0;
    while (t < n && toks[t].kind == T::Word && isCapsWord(word(t)) && placeWords < 5) {
        placeEnd = toks[t++].end;
        ++placeWords;
    }
    const bool caps = placeWords > 0;
    if (caps) {
        bool lower = false, other = false;
        if (datelineLetters(word(0), lower, other) < 2
            || (placeWords == 1 && isOneOf(word(0), kNotPlaces)))
            return {};
    } else {
        while (t < n && toks[t].kind == T::Word && isTitleWord(word(t)) && !isDateWord(word(t))
               && placeWords < 3) {
            placeEnd = toks[t++].end;
            ++placeWords;
        }
    }
    if (placeWords == 0)
        return {};
    bool seenDate = false;
    while (t < n && toks[t].kind != T::Paren) {
        const bool comma = toks[t].kind == T::Comma;
        if (comma)
            ++t;
        int u = t;
        while (u < n && toks[u].kind == T::Word)
            ++u;
        if (u == t || u - t > 4)
            return {};
        bool date = true, region = isTitleWord(word(t)) || isCapsWord(word(t));
        for (int w = t; w < u; ++w) {
            date &= isDateWord(word(w));
            region &= isTitleWord(word(w)) || isCapsWord(word(w))
                      || isOneOf(word(w), kNameConnectors);
        }
        if (date)
            seenDate = true;
        else if (comma && region && !seenDate)
            placeEnd = toks[u - 1].end;
        else
            return {};
        t = u;
    }
    bool agency = false;
    if (t < n && toks[t].kind == T::Paren) {
        agency = p[toks[t].start + 1].isUpper();
        ++t;
    }
    if (t != n || (!caps && !agency))
        return {};
    return {placeEnd, end};
}

bool Segmenter::isByline(QStringView line)
{
    const QStringView s = trimmed(line);
    if (s.size() < 4 || s.size() > 120 || s.contains(u'\n'))
        return false;
    const QChar last = s.back();
    if (isTerminal(last) || last == u':' || last == u';' || last == u',')
        return false;
    const auto words = splitWords(s, 16);
    if (words.size() < 2)
        return false;
    const auto nameWord = [](QStringView w) {
        w = stripTrailing(w, u",");
        return w.isEmpty() || w.front().isUpper() || isOneOf(w, kNameConnectors)
               || w == u"|" || w == u"-" || w == u"/" || (w.size() == 1 && isDashChar(w[0]));
    };
    if (words[0].compare("By"_L1, Qt::CaseInsensitive) == 0) {
        if (!words[1].front().isUpper())
            return false;
        return std::all_of(words.begin() + 1, words.end(), nameWord);
    }
    // "Jane Doe, BBC News" / "Jane Doe | Reuters" / "Jane Doe, political editor"
    int sep = -1;
    for (int i = 0; i < words.size() && sep < 0; ++i) {
        if (words[i].endsWith(u',') && i + 1 < words.size())
            sep = i + 1;
        else if (i > 0 && (words[i] == u"|" || words[i] == u"-"
                           || (words[i].size() == 1 && isDashChar(words[i][0]))))
            sep = i;
    }
    if (sep < 2 || sep > 4)
        return false;
    for (int i = 0; i < sep; ++i) {
        const QStringView w = stripTrailing(words[i], u",");
        if (w.isEmpty() || !w.front().isUpper()
            || std::any_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); }))
            return false;
    }
    int after = 0;
    for (int i = sep; i < words.size(); ++i) {
        QStringView w = stripTrailing(words[i], u",");
        if (w == u"|" || w == u"-" || (w.size() == 1 && isDashChar(w[0])))
            continue;
        if (w.isEmpty() || !(w.front().isUpper() || isOneOf(w, kBylineRoles, Qt::CaseInsensitive)))
            return false;
        ++after;
    }
    return after >= 1 && after <= 6;
}

bool Segmenter::isDateLine(QStringView line)
{
    const QStringView s = trimmed(line);
    if (s.isEmpty() || s.size() > 80 || s.contains(u'\n'))
        return false;
    const auto words = splitWords(s, 14);
    if (words.isEmpty())
        return false;
    bool named = false, numeric = false;
    for (QStringView w : words) {
        w = stripTrailing(w, u",.:|;");
        while (!w.isEmpty() && (w.front() == u'(' || w.front() == u'|'))
            w = w.sliced(1);
        w = stripTrailing(w, u")");
        if (w.isEmpty() || w == u"-" || (w.size() == 1 && isDashChar(w[0])) || w == u"\u00B7")
            continue;
        if (w.front().isDigit()) {
            numeric |= w.contains(u':') || w.contains(u'/') || w.contains(u'-') || w.size() == 4
                       || (w.size() <= 2 && words.size() > 1);
            continue;
        }
        if (isOneOf(w, kMonths, Qt::CaseInsensitive) || isOneOf(w, kWeekdays, Qt::CaseInsensitive)) {
            named = true;
            continue;
        }
        if (!isOneOf(w, kDateLineWords, Qt::CaseInsensitive))
            return false;
    }
    const bool digit = std::any_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
    return digit && (named || numeric);
}

bool Segmenter::readsAsHeadline(QStringView line)
{
    const QStringView s = trimmed(line);
    if (s.isEmpty() || s.size() > 200 || s.contains(u'\n'))
        return false;
    const auto words = splitWords(s, 30);
    if (words.isEmpty())
        return false;
    if (!std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); }))
        return false;
    const QChar last = s.back();
    if (last == u',' || last == u';' || last == u':' || isDashChar(last) || last == u'-')
        return false;
    if (last == u'.') {
        const QStringView w = stripTrailing(words.back(), u".");
        if (s.endsWith(u"..") || !isDottedAbbreviation(w))
            return false;
    }
    const QStringView first = words.front();
    if (first.front().isLower() && !std::any_of(first.begin(), first.end(),
                                                [](QChar c) { return c.isUpper(); }))
        return false;
    return !isByline(s) && !isDateLine(s) && !findDateline(s).found();
}

} // namespace gloss
