#pragma once

// Internal to the EntityRecognizer: the words of a text with what the recognizer needs to know
// of each (capitals, the punctuation before it, sentence starts, quotation marks).

#include <QString>
#include <QStringView>

#include <vector>

namespace gloss::entities {

enum TokenFlag : quint32 {
    Cap = 1u << 0,          ///< starts with an upper-case letter
    AllCaps = 1u << 1,      ///< two or more letters, none lower case
    Digits = 1u << 2,       ///< starts with a digit
    Possessive = 1u << 3,   ///< followed by 's or a plural possessive apostrophe
    SentStart = 1u << 4,    ///< first word of a sentence, a paragraph or a quotation
    InQuote = 1u << 5,      ///< inside quotation marks
    SpaceBefore = 1u << 6,  ///< the gap before is a single space (a name may continue)
    CommaBefore = 1u << 7,
    ParenBefore = 1u << 8,
    ParenAfter = 1u << 9,
    QuoteBefore = 1u << 10, ///< an opening quotation mark right before
    StopBefore = 1u << 11,  ///< '.', '!', '?' in the gap before
    BreakBefore = 1u << 12, ///< a line break, colon, dash or other punctuation before
    Lower = 1u << 13,       ///< starts with a lower-case letter
    HyphenBefore = 1u << 14, ///< second part of a split "Korea-U.S."
    The = 1u << 15,          ///< the word "the" or "The" (where descriptions start)
    Hyphenated = 1u << 16,   ///< capitalised, with a hyphen inside, kept whole ("Vice-Chair")
};

struct Token
{
    qint32 start = 0;
    qint32 end = 0;
    quint32 flags = 0;
};

inline bool isQuoteOpen(QChar c) { return c == u'\u201C' || c == u'\u2018' || c == u'\u00AB'; }
inline bool isQuoteClose(QChar c) { return c == u'\u201D' || c == u'\u00BB'; }
inline bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }

/** A participle after a name and a hyphen that says where ("Omaha-based", "London-born"). */
inline bool isPlaceParticiple(QStringView w)
{
    return w == u"based" || w == u"born" || w == u"bred" || w == u"area"
           || w == u"headquartered";
}

/** A participle after a name and a hyphen, of where or by whom ("Saudi-led", "Koch-backed"):
 *  the tokenizer makes the name a token of its own. */
inline bool isNameParticiple(QStringView w)
{
    return isPlaceParticiple(w) || w == u"led" || w == u"backed" || w == u"owned"
           || w == u"funded" || w == u"run" || w == u"made";
}

/** Splits text into Tokens, a chunk at a time, keeping the quotation state between chunks. */
class Tokenizer
{
public:
    explicit Tokenizer(const QString &text) : m_text(text) {}

    /** Appends the tokens of [@p from, @p to) (which must end at a space or line break). */
    void run(qsizetype from, qsizetype to, std::vector<Token> &tokens);

private:
    quint32 gapFlags(qsizetype from, qsizetype to, bool &inQuote) const;

    /**
     * Splits "Korea-U.S." (its first hyphen at @p dash from @p start, -1 when none) into two
     * tokens when a part is a known place or nationality.
     */
    void appendSplit(std::vector<Token> &tokens, qsizetype start, qsizetype end, quint32 flags,
                     qsizetype dash);

    /** AllCaps when @p w has two letters or more and none in lower case. */
    static quint32 caps(QStringView w);

    const QString &m_text;
    qsizetype m_gapStart = 0;
    bool m_inQuote = false;
};

} // namespace gloss::entities
