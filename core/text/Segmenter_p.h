#pragma once

// Internal to the Segmenter: the character classes and word lists its steps share (the
// sentences and paragraphs in Segmenter.cpp, the head lines in SegmenterHead.cpp).

#include <QLatin1StringView>
#include <QStringView>
#include <QVarLengthArray>

#include <algorithm>
#include <initializer_list>

namespace gloss::segmenter {

using namespace Qt::StringLiterals;

using Words = std::initializer_list<QLatin1StringView>;

inline bool isOneOf(QStringView word, Words words, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    // (a comparison folds case one unit at a time: words of other lengths never match)
    return std::any_of(words.begin(), words.end(), [&](QLatin1StringView w) {
        return w.size() == word.size() && word.compare(w, cs) == 0;
    });
}

// --- character classes ------------------------------------------------------------------------

inline bool isOpener(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u'(': case u'[': case 0x00AB: case 0x2018: case 0x201A:
    case 0x201C: case 0x201E: case 0x2039: case 0x300C: case 0x300E: case 0xFF08:
        return true;
    default:
        return false;
    }
}

inline bool isCloser(QChar c)
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
inline bool isTerminal(QChar c)
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
inline bool isFullWidthTerminal(QChar c)
{
    return c.unicode() == 0x3002 || c.unicode() == 0xFF01 || c.unicode() == 0xFF1F
           || c.unicode() == 0xFF61;
}

inline bool isDashChar(QChar c)
{
    return c.unicode() == 0x2013 || c.unicode() == 0x2014 || c.unicode() == 0x2015;
}

inline bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c.unicode() == 0x00A0 || (c != u'\n' && c.isSpace());
}

inline QStringView trimmed(QStringView s)
{
    return s.trimmed();
}

/** Words split on white space (views into @p s). */
inline QVarLengthArray<QStringView, 16> splitWords(QStringView s, qsizetype max)
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

inline QStringView stripTrailing(QStringView w, QStringView chars)
{
    while (!w.isEmpty() && chars.contains(w.back()))
        w.chop(1);
    return w;
}

// --- word lists (general English news usage) ----------------------------------------------------

/** Abbreviations that stand before a name: never the end of a sentence. */
inline const Words kTitleAbbreviations = {
    "Mr"_L1,   "Mrs"_L1,  "Ms"_L1,   "Mx"_L1,   "Dr"_L1,   "Prof"_L1, "St"_L1,   "Mt"_L1,
    "Ft"_L1,   "Gen"_L1,  "Lt"_L1,   "Col"_L1,  "Sgt"_L1,  "Capt"_L1, "Cmdr"_L1, "Adm"_L1,
    "Maj"_L1,  "Brig"_L1, "Gov"_L1,  "Sen"_L1,  "Rep"_L1,  "Rev"_L1,  "Fr"_L1,   "Hon"_L1,
    "Pres"_L1, "Supt"_L1, "Insp"_L1, "Det"_L1,  "Cpl"_L1,  "Pte"_L1,  "Messrs"_L1,
    "Mme"_L1,  "Mlle"_L1, "Rt"_L1,   "Atty"_L1, "Amb"_L1,  "Sens"_L1, "Reps"_L1, "vs"_L1,
    "v"_L1,    "cf"_L1,   "viz"_L1,  "Gov't"_L1};

/** Abbreviations that stand before a number: "No. 10", "pp. 4-5". */
inline const Words kNumberAbbreviations = {"No"_L1,  "Nos"_L1, "no"_L1,  "Art"_L1,  "Vol"_L1,
                                    "Vols"_L1, "p"_L1,  "pp"_L1,  "Fig"_L1,  "Figs"_L1,
                                    "Ch"_L1,  "Sec"_L1, "Para"_L1, "Pt"_L1,  "Nr"_L1,
                                    "Tel"_L1, "Ref"_L1, "Op"_L1,  "approx"_L1};

inline const Words kMonthAbbreviations = {"Jan"_L1, "Feb"_L1, "Mar"_L1, "Apr"_L1, "Jun"_L1,
                                   "Jul"_L1, "Aug"_L1, "Sep"_L1, "Sept"_L1, "Oct"_L1,
                                   "Nov"_L1, "Dec"_L1};

/** Abbreviations that often end a sentence too ("… of Acme Inc. The firm …"). */
inline const Words kAmbiguousAbbreviations = {
    "Inc"_L1,  "Ltd"_L1, "Corp"_L1, "Co"_L1,  "Bros"_L1, "Plc"_L1, "plc"_L1, "Jr"_L1,
    "Sr"_L1,   "etc"_L1, "al"_L1,   "est"_L1, "Dept"_L1, "Univ"_L1, "Assn"_L1, "Ave"_L1,
    "Blvd"_L1, "Rd"_L1,  "Ste"_L1,  "Pty"_L1, "Intl"_L1, "Govt"_L1, "Mfg"_L1, "Aust"_L1};

/** Words that commonly begin an English sentence (decide "U.S. The" against "U.S. Navy"). */
inline const Words kSentenceStarters = {
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

inline const Words kMonths = {"January"_L1, "February"_L1, "March"_L1,    "April"_L1,
                       "May"_L1,     "June"_L1,     "July"_L1,     "August"_L1,
                       "September"_L1, "October"_L1, "November"_L1, "December"_L1,
                       "Jan"_L1,     "Feb"_L1,      "Mar"_L1,      "Apr"_L1,
                       "Jun"_L1,     "Jul"_L1,      "Aug"_L1,      "Sep"_L1,
                       "Sept"_L1,    "Oct"_L1,      "Nov"_L1,      "Dec"_L1};

inline const Words kWeekdays = {"Monday"_L1, "Tuesday"_L1, "Wednesday"_L1, "Thursday"_L1,
                         "Friday"_L1, "Saturday"_L1, "Sunday"_L1,   "Mon"_L1,
                         "Tue"_L1,    "Tues"_L1,    "Wed"_L1,       "Thu"_L1,
                         "Thurs"_L1,  "Fri"_L1,     "Sat"_L1,       "Sun"_L1};

/** Words of a publication-date line besides numbers, months and weekdays. */
inline const Words kDateLineWords = {
    "published"_L1, "updated"_L1, "posted"_L1, "last"_L1,   "modified"_L1, "on"_L1,
    "at"_L1,        "am"_L1,      "pm"_L1,     "a.m"_L1,    "p.m"_L1,      "gmt"_L1,
    "bst"_L1,       "utc"_L1,     "est"_L1,    "edt"_L1,    "pst"_L1,      "pdt"_L1,
    "cet"_L1,       "cest"_L1,    "et"_L1,     "pt"_L1,     "ago"_L1,      "hours"_L1,
    "hour"_L1,      "minutes"_L1, "mins"_L1,   "min"_L1,    "days"_L1,     "day"_L1,
    "local"_L1,     "time"_L1,    "first"_L1,  "h"_L1};

/** Lower-case words allowed in a name or place ("Bank of Canada", "Ludwig van Beethoven"). */
inline const Words kNameConnectors = {"and"_L1, "&"_L1,   "of"_L1,  "the"_L1, "de"_L1, "del"_L1,
                               "da"_L1,  "di"_L1,  "van"_L1, "von"_L1, "der"_L1, "le"_L1,
                               "la"_L1,  "du"_L1,  "dos"_L1, "el"_L1,  "al"_L1, "bin"_L1,
                               "ben"_L1, "y"_L1,   "in"_L1,  "for"_L1, "at"_L1, "with"_L1};

/** Lower-case words of a journalist's role in a byline ("Jane Doe, political editor"). */
inline const Words kBylineRoles = {"correspondent"_L1, "editor"_L1,   "reporter"_L1,  "writer"_L1,
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
inline const Words kNotPlaces = {"BREAKING"_L1, "UPDATE"_L1,  "UPDATED"_L1,   "EXCLUSIVE"_L1,
                          "WATCH"_L1,    "LIVE"_L1,    "ANALYSIS"_L1,  "OPINION"_L1,
                          "EDITORIAL"_L1, "COMMENT"_L1, "REVIEW"_L1,   "NEWS"_L1,
                          "VIDEO"_L1,    "PHOTOS"_L1,  "CORRECTION"_L1, "URGENT"_L1,
                          "FLASH"_L1,    "ALERT"_L1,   "NOTE"_L1,      "LISTEN"_L1,
                          "READ"_L1,     "SEE"_L1,     "WARNING"_L1,   "PODCAST"_L1};

/** "U.S", "a.m", "Ph.D", "J.K": pieces of one to three letters joined by full stops. */
inline bool isDottedAbbreviation(QStringView word)
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

} // namespace gloss::segmenter
