#pragma once

#include "model/Article.h"
#include "text/UnitScan.h" // isWord()

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include <limits>

namespace gloss::quotes {

bool isDoubleQuoteMark(QChar c);
bool isSingleQuoteMark(QChar c);
/** True for the quotation marks the quote stages know (straight, curly, low, guillemets). */
inline bool isQuoteMark(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u'"' || u == u'\'';
    if (u < 0xAB)
        return false;
    return u == 0xAB || u == 0xBB || (u >= 0x2018 && u <= 0x201F) || u == 0x2039 || u == 0x203A;
}
/** Letters, digits and the marks that belong inside a word. */
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return char16_t((u | 32) - u'a') < 26 || char16_t(u - u'0') < 10;
    if (u >= 0x2000 && u <= 0x206F)
        return false; // General Punctuation (curly quotes, dashes, spaces): no letter, no mark
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}
/** Whether the word holds a typographic apostrophe (’), as in "she’d". */
inline bool hasTypographicApostrophe(QStringView word)
{
    for (const QChar c : word) {
        if (c.unicode() == 0x2019)
            return true;
    }
    return false;
}

/** Dashes of all kinds. */
bool isDash(QChar c);

/** A word of the text: [start, end) in UTF-16 offsets. */
struct Word
{
    qsizetype start = 0;
    qsizetype end = 0;
};

/** Words of a bounded window: on the stack for the usual sizes. */
using Words = QVarLengthArray<Word, 48>;

/**
 * The words of text[from, to): runs of letters and digits, with apostrophes, hyphens and dots
 * kept inside a word ("didn't", "co-founder", "U.S"). A possessive "'s" stays part of the word.
 * With @p limit, the first @p limit words only (the scan stops there: "more than twelve words?"
 * reads no further than the thirteenth).
 */
Words wordsIn(QStringView text, qsizetype from, qsizetype to,
              qsizetype limit = std::numeric_limits<qsizetype>::max());
/** wordsIn() into @p words (cleared first; a list kept from one reading to the next keeps its
 *  memory). */
void readWords(QStringView text, qsizetype from, qsizetype to, qsizetype limit, Words &words);

/**
 * @brief The words of one span of a text (a sentence), read once, and of any window inside it.
 *
 * wordsIn() of a window inside the span is read off the span's words: clipped to the window,
 * without a joiner (' - . ’) at either end, exactly what a reading of the window gives (a
 * joiner is part of a word only between two letters or digits of the window). A window that
 * leaves the span is read from the text.
 */
class SpanWords
{
public:
    /** Reads the words of text[@p span] (the text must outlive this). */
    void read(QStringView text, Span span);
    Span span() const { return m_span; }
    const Words &words() const { return m_words; }
    /** Exactly quotes::wordsIn(text, from, to, limit) of the text read. */
    Words wordsIn(qsizetype from, qsizetype to,
                  qsizetype limit = std::numeric_limits<qsizetype>::max()) const;

private:
    /** The words of a window inside the span. */
    Words inSpan(qsizetype from, qsizetype to, qsizetype limit) const;

    QStringView m_text;
    Span m_span{0, -1}; ///< none read
    Words m_words;
};

/** The word without a trailing possessive ('s, ’s, or a lone apostrophe). */
QStringView stripPossessive(QStringView word);
/** True when the word ends in a possessive 's (or a bare apostrophe after s). */
bool isPossessive(QStringView word);
/** True when the first character is an upper-case letter. */
bool isCapitalised(QStringView word);
/** A lower-case adverb in -ly ("reportedly", "quickly"): a hedge, never a cue. */
bool isLyAdverb(QStringView word);
/**
 * True when the full stop at @p dot ends an abbreviation ("Sen.", "Ft.", "U.S.") or an initial
 * ("George W. Bush") rather than a sentence; the word is read back no further than @p floor.
 */
bool isAbbreviationBefore(QStringView text, qsizetype dot, qsizetype floor);

/**
 * @brief Sentence spans of a text's paragraphs, for the quote stages.
 *
 * Split after . ! ? (and closing quote marks that follow them) when the next word starts with an
 * upper-case letter, a digit or an opening mark; abbreviations (Mr., U.S., Feb.) and initials do
 * not end a sentence. Linear in the text size.
 */
class SentenceIndex
{
public:
    SentenceIndex() = default;
    SentenceIndex(const QString &text, const QList<Paragraph> &paragraphs);

    qsizetype size() const { return m_spans.size(); }
    const Span &span(qsizetype i) const { return m_spans[i]; }
    int paragraph(qsizetype i) const { return m_paragraphs[i]; }
    /** Index of the sentence holding pos (or the one before pos), -1 before the first. */
    qsizetype at(qsizetype pos) const;
    const QList<Span> &spans() const { return m_spans; }

    /** Splits one paragraph's span (also used by the claim stage when it has no sentences). */
    static QList<Span> split(const QString &text, Span paragraph);

private:
    QList<Span> m_spans;
    QList<int> m_paragraphs;
};

} // namespace gloss::quotes
