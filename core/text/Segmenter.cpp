#include "Segmenter.h"

#include <QVarLengthArray>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace gloss {

namespace {

using Words = std::initializer_list<QLatin1StringView>;

bool isOneOf(QStringView word, Words words, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return std::any_of(words.begin(), words.end(),
                       [&](QLatin1StringView w) { return word.compare(w, cs) == 0; });
}

// --- character classes ------------------------------------------------------------------------

bool isOpener(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u'(': case u'[': case 0x00AB: case 0x2018: case 0x201A:
    case 0x201C: case 0x201E: case 0x2039: case 0x300C: case 0x300E: case 0xFF08:
        return true;
    default:
        return false;
    }
}

bool isCloser(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u')': case u']': case 0x00BB: case 0x2019: case 0x201D:
    case 0x203A: case 0x300D: case 0x300F: case 0xFF09:
        return true;
    default:
        return false;
    }
}

/** Ends a sentence when followed by white space. */
bool isTerminal(QChar c)
{
    switch (c.unicode()) {
    case u'.': case u'!': case u'?': case 0x2026: case 0x203C: case 0x2047: case 0x2048:
    case 0x2049: case 0x061F: case 0x06D4: case 0x0964: case 0x0965:
        return true;
    default:
        return false;
    }
}

/** CJK full stops: end a sentence without any following space. */
bool isFullWidthTerminal(QChar c)
{
    return c.unicode() == 0x3002 || c.unicode() == 0xFF01 || c.unicode() == 0xFF1F
           || c.unicode() == 0xFF61;
}

bool isDashChar(QChar c)
{
    return c.unicode() == 0x2013 || c.unicode() == 0x2014 || c.unicode() == 0x2015;
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c.unicode() == 0x00A0 || (c != u'\n' && c.isSpace());
}

QStringView trimmed(QStringView s)
{
    return s.trimmed();
}

/** Words split on white space (views into @p s). */
QVarLengthArray<QStringView, 16> splitWords(QStringView s, qsizetype max)
{
    QVarLengthArray<QStringView, 16> words;
    qsizetype i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i].isSpace())
            ++i;
        qsizetype j = i;
        while (j < s.size() && !s[j].isSpace())
            ++j;
        if (j > i) {
            if (words.size() >= max)
                return {};
            words.append(s.sliced(i, j - i));
        }
        i = j;
    }
    return words;
}

QStringView stripTrailing(QStringView w, QStringView chars)
{
    while (!w.isEmpty() && chars.contains(w.back()))
        w.chop(1);
    return w;
}

// --- word lists (general English news usage) ----------------------------------------------------

/** Abbreviations that stand before a name: never the end of a sentence. */
const Words kTitleAbbreviations = {
    "Mr"_L1,   "Mrs"_L1,  "Ms"_L1,   "Mx"_L1,   "Dr"_L1,   "Prof"_L1, "St"_L1,   "Mt"_L1,
    "Ft"_L1,   "Gen"_L1,  "Lt"_L1,   "Col"_L1,  "Sgt"_L1,  "Capt"_L1, "Cmdr"_L1, "Adm"_L1,
    "Maj"_L1,  "Brig"_L1, "Gov"_L1,  "Sen"_L1,  "Rep"_L1,  "Rev"_L1,  "Fr"_L1,   "Hon"_L1,
    "Pres"_L1, "Supt"_L1, "Insp"_L1, "Det"_L1,  "Cpl"_L1,  "Pte"_L1,  "Messrs"_L1,
    "Mme"_L1,  "Mlle"_L1, "Rt"_L1,   "Atty"_L1, "Amb"_L1,  "Sens"_L1, "Reps"_L1, "vs"_L1,
    "v"_L1,    "cf"_L1,   "viz"_L1,  "Gov't"_L1};

/** Abbreviations that stand before a number: "No. 10", "pp. 4-5". */
const Words kNumberAbbreviations = {"No"_L1,  "Nos"_L1, "no"_L1,  "Art"_L1,  "Vol"_L1,
                                    "Vols"_L1, "p"_L1,  "pp"_L1,  "Fig"_L1,  "Figs"_L1,
                                    "Ch"_L1,  "Sec"_L1, "Para"_L1, "Pt"_L1,  "Nr"_L1,
                                    "Tel"_L1, "Ref"_L1, "Op"_L1,  "approx"_L1};

const Words kMonthAbbreviations = {"Jan"_L1, "Feb"_L1, "Mar"_L1, "Apr"_L1, "Jun"_L1,
                                   "Jul"_L1, "Aug"_L1, "Sep"_L1, "Sept"_L1, "Oct"_L1,
                                   "Nov"_L1, "Dec"_L1};

/** Abbreviations that often end a sentence too ("… of Acme Inc. The firm …"). */
const Words kAmbiguousAbbreviations = {
    "Inc"_L1,  "Ltd"_L1, "Corp"_L1, "Co"_L1,  "Bros"_L1, "Plc"_L1, "plc"_L1, "Jr"_L1,
    "Sr"_L1,   "etc"_L1, "al"_L1,   "est"_L1, "Dept"_L1, "Univ"_L1, "Assn"_L1, "Ave"_L1,
    "Blvd"_L1, "Rd"_L1,  "Ste"_L1,  "Pty"_L1, "Intl"_L1, "Govt"_L1, "Mfg"_L1, "Aust"_L1};

/** Words that commonly begin an English sentence (decide "U.S. The" against "U.S. Navy"). */
const Words kSentenceStarters = {
    "The"_L1,     "A"_L1,       "An"_L1,       "He"_L1,        "She"_L1,     "It"_L1,
    "They"_L1,    "We"_L1,      "I"_L1,        "You"_L1,       "His"_L1,     "Her"_L1,
    "Its"_L1,     "Their"_L1,   "Our"_L1,      "My"_L1,        "Your"_L1,    "This"_L1,
    "That"_L1,    "These"_L1,   "Those"_L1,    "There"_L1,     "Here"_L1,    "But"_L1,
    "And"_L1,     "Or"_L1,      "So"_L1,       "Yet"_L1,       "In"_L1,      "On"_L1,
    "At"_L1,      "For"_L1,     "From"_L1,     "To"_L1,        "By"_L1,      "With"_L1,
    "After"_L1,   "Before"_L1,  "When"_L1,     "While"_L1,     "If"_L1,      "As"_L1,
    "Although"_L1, "Though"_L1, "However"_L1,  "Meanwhile"_L1, "Also"_L1,    "Still"_L1,
    "Some"_L1,    "Many"_L1,    "Most"_L1,     "Much"_L1,      "One"_L1,     "Two"_L1,
    "What"_L1,    "Why"_L1,     "How"_L1,      "Who"_L1,       "Where"_L1,   "Which"_L1,
    "Last"_L1,    "Earlier"_L1, "Later"_L1,    "Now"_L1,       "Then"_L1,    "Such"_L1,
    "Both"_L1,    "Each"_L1,    "All"_L1,      "No"_L1,        "Not"_L1,     "Despite"_L1,
    "Since"_L1,   "Under"_L1,   "Over"_L1,     "Instead"_L1,   "Yesterday"_L1, "Today"_L1,
    "Other"_L1,   "Another"_L1, "Every"_L1,    "Even"_L1,      "Only"_L1,    "Officials"_L1};

const Words kMonths = {"January"_L1, "February"_L1, "March"_L1,    "April"_L1,
                       "May"_L1,     "June"_L1,     "July"_L1,     "August"_L1,
                       "September"_L1, "October"_L1, "November"_L1, "December"_L1,
                       "Jan"_L1,     "Feb"_L1,      "Mar"_L1,      "Apr"_L1,
                       "Jun"_L1,     "Jul"_L1,      "Aug"_L1,      "Sep"_L1,
                       "Sept"_L1,    "Oct"_L1,      "Nov"_L1,      "Dec"_L1};

const Words kWeekdays = {"Monday"_L1, "Tuesday"_L1, "Wednesday"_L1, "Thursday"_L1,
                         "Friday"_L1, "Saturday"_L1, "Sunday"_L1,   "Mon"_L1,
                         "Tue"_L1,    "Tues"_L1,    "Wed"_L1,       "Thu"_L1,
                         "Thurs"_L1,  "Fri"_L1,     "Sat"_L1,       "Sun"_L1};

/** Words of a publication-date line besides numbers, months and weekdays. */
const Words kDateLineWords = {
    "published"_L1, "updated"_L1, "posted"_L1, "last"_L1,   "modified"_L1, "on"_L1,
    "at"_L1,        "am"_L1,      "pm"_L1,     "a.m"_L1,    "p.m"_L1,      "gmt"_L1,
    "bst"_L1,       "utc"_L1,     "est"_L1,    "edt"_L1,    "pst"_L1,      "pdt"_L1,
    "cet"_L1,       "cest"_L1,    "et"_L1,     "pt"_L1,     "ago"_L1,      "hours"_L1,
    "hour"_L1,      "minutes"_L1, "mins"_L1,   "min"_L1,    "days"_L1,     "day"_L1,
    "local"_L1,     "time"_L1,    "first"_L1,  "h"_L1};

/** Lower-case words allowed in a name or place ("Bank of Canada", "Ludwig van Beethoven"). */
const Words kNameConnectors = {"and"_L1, "&"_L1,   "of"_L1,  "the"_L1, "de"_L1, "del"_L1,
                               "da"_L1,  "di"_L1,  "van"_L1, "von"_L1, "der"_L1, "le"_L1,
                               "la"_L1,  "du"_L1,  "dos"_L1, "el"_L1,  "al"_L1, "bin"_L1,
                               "ben"_L1, "y"_L1,   "in"_L1,  "for"_L1, "at"_L1, "with"_L1};

/** Lower-case words of a journalist's role in a byline ("Jane Doe, political editor"). */
const Words kBylineRoles = {"correspondent"_L1, "editor"_L1,   "reporter"_L1,  "writer"_L1,
                            "staff"_L1,         "political"_L1, "economics"_L1, "chief"_L1,
                            "senior"_L1,        "business"_L1, "technology"_L1, "health"_L1,
                            "science"_L1,       "foreign"_L1,  "news"_L1,      "diplomatic"_L1,
                            "security"_L1,      "environment"_L1, "analyst"_L1, "columnist"_L1,
                            "deputy"_L1,        "associate"_L1, "contributing"_L1,
                            "special"_L1,       "international"_L1, "home"_L1, "affairs"_L1,
                            "culture"_L1,       "arts"_L1,     "sports"_L1,    "sport"_L1,
                            "world"_L1,         "europe"_L1,   "and"_L1,       "&"_L1,
                            "of"_L1,            "the"_L1,      "for"_L1,       "in"_L1,
                            "at"_L1,            "on"_L1};

/** Capitalised labels that may precede a dash at the start of a paragraph without a place. */
const Words kNotPlaces = {"BREAKING"_L1, "UPDATE"_L1,  "UPDATED"_L1,   "EXCLUSIVE"_L1,
                          "WATCH"_L1,    "LIVE"_L1,    "ANALYSIS"_L1,  "OPINION"_L1,
                          "EDITORIAL"_L1, "COMMENT"_L1, "REVIEW"_L1,   "NEWS"_L1,
                          "VIDEO"_L1,    "PHOTOS"_L1,  "CORRECTION"_L1, "URGENT"_L1,
                          "FLASH"_L1,    "ALERT"_L1,   "NOTE"_L1,      "LISTEN"_L1,
                          "READ"_L1,     "SEE"_L1,     "WARNING"_L1,   "PODCAST"_L1};

// --- sentence boundaries ------------------------------------------------------------------------

/** Whether a sentence may start at text[pos]: not a lower-case letter. */
bool startsSentence(QStringView text, qsizetype pos, qsizetype end)
{
    QChar c = text[pos];
    if (isOpener(c) || c.unicode() == 0x00BF || c.unicode() == 0x00A1) {
        if (pos + 1 >= end)
            return false;
        c = text[pos + 1];
        return !c.isLower() && !c.isSpace();
    }
    if (c.isLetter())
        return !c.isLower();
    return c.isDigit() || c.category() == QChar::Symbol_Currency;
}

/** Whether the word at text[pos] commonly begins a sentence (or a quotation opens there). */
bool startsWithStarter(QStringView text, qsizetype pos, qsizetype end)
{
    if (isOpener(text[pos]))
        return true;
    qsizetype e = pos;
    while (e < end && e - pos < 16 && text[e].isLetter())
        ++e;
    return isOneOf(text.sliced(pos, e - pos), kSentenceStarters);
}

/** "U.S", "a.m", "Ph.D", "J.K": pieces of one to three letters joined by full stops. */
bool isDottedAbbreviation(QStringView word)
{
    if (!word.contains(u'.'))
        return false;
    qsizetype piece = 0;
    for (const QChar c : word) {
        if (c == u'.') {
            if (piece == 0)
                return false;
            piece = 0;
        } else if (c.isLetter() && ++piece <= 3) {
            continue;
        } else {
            return false;
        }
    }
    return piece > 0;
}

/**
 * Whether the full stop at text[dot] (one stop, followed by white space and then text[next],
 * which may start a sentence) ends a sentence, or belongs to an abbreviation or initial.
 */
bool fullStopEndsSentence(QStringView text, qsizetype lo, qsizetype dot, qsizetype next,
                          qsizetype end)
{
    constexpr qsizetype kLongest = 24;
    qsizetype t = dot;
    while (t > lo && dot - t < kLongest && !text[t - 1].isSpace() && !isOpener(text[t - 1]))
        --t;
    if (dot - t >= kLongest || t == dot)
        return true;
    const QStringView word = text.sliced(t, dot - t);
    const bool numberNext = text[next].isDigit();
    if (isOneOf(word, kTitleAbbreviations))
        return false;
    if (isOneOf(word, kNumberAbbreviations))
        return !numberNext;
    if (isOneOf(word, kMonthAbbreviations))
        return !numberNext && startsWithStarter(text, next, end);
    if (word.compare("e.g"_L1, Qt::CaseInsensitive) == 0
        || word.compare("i.e"_L1, Qt::CaseInsensitive) == 0)
        return false;
    const bool initial = word.size() == 1 && word[0].isUpper() && word[0] != u'I';
    if (initial || isOneOf(word, kAmbiguousAbbreviations) || isDottedAbbreviation(word))
        return startsWithStarter(text, next, end);
    return true;
}

// --- paragraphs ---------------------------------------------------------------------------------

struct Line
{
    qsizetype start = 0; ///< first non-blank character
    qsizetype end = 0;   ///< after the last non-blank character
    qsizetype indent = 0;
    qsizetype length() const { return end - start; }
};

bool endsWithTerminal(QStringView text, const Line &line)
{
    qsizetype e = line.end;
    while (e > line.start && isCloser(text[e - 1]))
        --e;
    return e > line.start && (isTerminal(text[e - 1]) || isFullWidthTerminal(text[e - 1]));
}

/** Splits a block of consecutive non-blank lines into paragraphs. */
void splitBlock(QStringView text, const QList<Line> &block, bool linesJoin,
                QList<Paragraph> &out)
{
    if (block.isEmpty())
        return;
    if (linesJoin || block.size() == 1) {
        out.append({{block.first().start, block.last().end}, ParagraphRole::Body});
        return;
    }
    qsizetype width = 0;
    for (const Line &l : block)
        width = std::max(width, l.length());
    // Lines longer than a wrap width, or all short: one line per paragraph.
    const bool perLine = width > Segmenter::kWrapWidth || width < 40;
    qsizetype start = block.first().start;
    for (qsizetype i = 0; i + 1 < block.size(); ++i) {
        const Line &line = block[i];
        const Line &next = block[i + 1];
        bool brk = perLine;
        if (!brk && !text[next.start].isLower()) {
            // hard-wrapped prose: a paragraph ends with a short line or before an indent
            brk = line.length() * 5 < width * 3 || next.indent > line.indent
                  || (line.length() * 20 < width * 17 && endsWithTerminal(text, line));
        }
        if (brk) {
            out.append({{start, line.end}, ParagraphRole::Body});
            start = next.start;
        }
    }
    out.append({{start, block.last().end}, ParagraphRole::Body});
}

/** A short line without final punctuation inside the body: a sub-heading. */
bool readsAsSubheading(QStringView p)
{
    if (p.isEmpty() || p.size() > 80 || p.contains(u'\n'))
        return false;
    const QChar first = p.front();
    const QChar last = p.back();
    if (isOpener(first) || !(first.isUpper() || first.isDigit()))
        return false;
    if (isTerminal(last) || isCloser(last) || last == u',' || last == u';' || last == u':'
        || last == u'-' || isDashChar(last) || isFullWidthTerminal(last))
        return false;
    return !splitWords(p, 12).isEmpty();
}

} // namespace

// --- public functions ---------------------------------------------------------------------------

QList<Span> Segmenter::sentences(QStringView text, qsizetype start, qsizetype end)
{
    QList<Span> out;
    end = std::min(end, text.size());
    const auto skipSpace = [&](qsizetype i) {
        while (i < end && text[i].isSpace())
            ++i;
        return i;
    };
    qsizetype s = skipSpace(std::max<qsizetype>(start, 0));
    qsizetype i = s;
    while (i < end) {
        const QChar c = text[i];
        if (isFullWidthTerminal(c)) {
            qsizetype k = i + 1;
            while (k < end && (isFullWidthTerminal(text[k]) || isCloser(text[k])))
                ++k;
            const qsizetype m = skipSpace(k);
            if (m >= end)
                break;
            out.append({s, k});
            s = i = m;
            continue;
        }
        if (!isTerminal(c)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < end && isTerminal(text[j]))
            ++j;
        qsizetype k = j;
        while (k < end && isCloser(text[k]))
            ++k;
        if (k >= end)
            break;
        if (!text[k].isSpace()) { // 1.4, U.S, example.com, "Why?”, he asked"
            i = k;
            continue;
        }
        const qsizetype m = skipSpace(k);
        if (m >= end)
            break;
        const bool singleStop = c == u'.' && j == i + 1;
        if (!startsSentence(text, m, end)
            || (singleStop && !fullStopEndsSentence(text, s, i, m, end))) {
            i = m;
            continue;
        }
        out.append({s, k});
        s = i = m;
    }
    qsizetype e = end;
    while (e > s && text[e - 1].isSpace())
        --e;
    if (e > s)
        out.append({s, e});
    return out;
}

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

namespace {

/** Step 1: paragraphs, blocks of non-blank lines split into lines or hard-wrapped prose. */
void splitParagraphs(QStringView text, bool marked, QList<Paragraph> &paragraphs)
{
    QList<Line> block;
    for (qsizetype pos = 0; pos <= text.size();) {
        qsizetype eol = text.indexOf(u'\n', pos);
        if (eol < 0)
            eol = text.size();
        Line line{pos, eol, 0};
        while (line.start < eol && isBlank(text[line.start]))
            line.indent += text[line.start++] == u'\t' ? 4 : 1;
        while (line.end > line.start && isBlank(text[line.end - 1]))
            --line.end;
        if (line.start == line.end) {
            splitBlock(text, block, marked, paragraphs);
            block.clear();
        } else {
            block.append(line);
        }
        pos = eol + 1;
    }
    splitBlock(text, block, marked, paragraphs);
}

/** Step 2: roles from the markup (headings, block quotes); the headline's index or -1. */
int markupRoles(const Document &doc, QList<Paragraph> &paras)
{
    int headline = -1;
    for (int i = 0, b = 0; i < paras.size() && b < doc.blocks.size(); ++i) {
        while (b < doc.blocks.size() && doc.blocks[b].end <= paras[i].span.start)
            ++b;
        if (b >= doc.blocks.size() || doc.blocks[b].start >= paras[i].span.end)
            continue;
        const Document::Block &blk = doc.blocks[b];
        if (blk.kind == Document::Block::Heading) {
            paras[i].role = ParagraphRole::Heading;
            if (blk.level == 1 && headline < 0) {
                paras[i].role = ParagraphRole::Headline;
                headline = i;
            }
        } else if (blk.kind == Document::Block::BlockQuote) {
            paras[i].role = ParagraphRole::BlockQuote;
        }
    }
    return headline;
}

} // namespace

int Segmenter::headRoles(Article &article, QStringView text, int headline)
{
    // the head between the headline and the body: byline, date, sub-title
    QList<Paragraph> &paras = article.paragraphs;
    const int n = static_cast<int>(paras.size());
    const auto paraText = [&](int i) {
        return text.sliced(paras[i].span.start, paras[i].span.length());
    };
    for (int i = headline + 1; i < n && i <= headline + 5; ++i) {
        const QStringView p = paraText(i);
        if (paras[i].role == ParagraphRole::Heading)
            continue;
        if (paras[i].role != ParagraphRole::Body)
            break;
        if (isByline(p)) {
            paras[i].role = ParagraphRole::Byline;
            if (article.byline.isEmpty())
                article.byline = p.toString();
            continue;
        }
        if (isDateLine(p)) {
            paras[i].role = ParagraphRole::Dateline;
            continue;
        }
        const Dateline d = findDateline(p);
        if (d.found() && d.end >= p.size()) {
            paras[i].role = ParagraphRole::Dateline;
            if (article.dateline.isEmpty())
                article.dateline = p.first(d.placeEnd).toString();
            continue;
        }
        if (headline >= 0 && i + 1 < n && readsAsHeadline(p)
            && (isByline(paraText(i + 1)) || isDateLine(paraText(i + 1)))) {
            paras[i].role = ParagraphRole::Heading; // a sub-title above the byline
            continue;
        }
        return i;
    }
    return -1;
}

void Segmenter::segment(Article &article)
{
    const Document &doc = article.document;
    const QString &text = doc.text();
    const QStringView view(text);
    article.paragraphs.clear();
    article.sentences.clear();
    article.title.clear();
    article.dateline.clear();
    article.byline.clear();

    // 1. Paragraphs: blocks of non-blank lines, split into lines or hard-wrapped prose.
    const bool marked = !doc.blocks.isEmpty() || (!doc.format.isEmpty() && doc.format != u"text");
    splitParagraphs(view, marked, article.paragraphs);
    QList<Paragraph> &paras = article.paragraphs;
    const int n = static_cast<int>(paras.size());
    const auto paraText = [&](int i) {
        return view.sliced(paras[i].span.start, paras[i].span.length());
    };

    // 2. Roles from the markup (headings, block quotes).
    int headline = markupRoles(doc, paras);

    // 3. Headline: the first line when it reads as one and something follows.
    if (headline < 0 && n >= 2 && paras[0].role != ParagraphRole::BlockQuote
        && readsAsHeadline(paraText(0))) {
        paras[0].role = ParagraphRole::Headline;
        headline = 0;
    }

    // 4. The head between the headline and the body: byline, date, sub-title.
    const int firstBody = headRoles(article, view, headline);

    // 5. Dateline: a prefix of the first body paragraph.
    qsizetype bodyStart = -1;
    if (firstBody >= 0 && article.dateline.isEmpty()) {
        const Dateline d = findDateline(paraText(firstBody));
        if (d.found()) {
            article.dateline = paraText(firstBody).first(d.placeEnd).toString();
            bodyStart = paras[firstBody].span.start + d.end;
        }
    }

    // 6. Sub-headings inside a plain-text body.
    if (!marked && firstBody >= 0) {
        for (int i = firstBody + 1; i + 1 < n; ++i) {
            if (paras[i].role == ParagraphRole::Body && readsAsSubheading(paraText(i)))
                paras[i].role = ParagraphRole::Heading;
        }
    }

    if (headline >= 0)
        article.title = paraText(headline).toString();
    else
        article.title = doc.metaTitle.trimmed();

    // 7. Sentences of every paragraph.
    for (int i = 0; i < n; ++i) {
        const qsizetype from = i == firstBody && bodyStart >= 0 ? bodyStart : paras[i].span.start;
        const QList<Span> spans = sentences(view, from, paras[i].span.end);
        for (const Span &s : spans)
            article.sentences.append({s, i});
    }
}

} // namespace gloss
