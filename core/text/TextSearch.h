#pragma once

#include "model/Article.h"

#include <QFlags>
#include <QList>
#include <QString>
#include <QStringMatcher>

#include <functional>

namespace gloss {

/**
 * @brief Finds a phrase in an article's text: every match, and how many fall in each paragraph.
 *
 * Matches never overlap: after a match the search goes on at its end (as in Kate, Okular and
 * the browsers), so every character is marked at most once. Without MatchCase, letters are
 * compared case-folded (é finds É, ü finds Ü). With WholeWords, a match must not continue a
 * word on either side where the phrase itself begins or ends with a letter, digit or combining
 * mark (any script: "Zürich" is not found in "Zürichsee", "Okafor" is found in "Okafor’s");
 * a candidate that fails is passed by one character only, so a later overlapping one can match.
 *
 * Linear in the text; cancellable (checked every kChunk characters), so a worker thread can
 * stop a search that a newer one replaces. A plain value: safe to use from any thread.
 */
class TextSearch
{
public:
    enum Option { NoOptions = 0x0, MatchCase = 0x1, WholeWords = 0x2 };
    Q_DECLARE_FLAGS(Options, Option)

    /** Characters searched between two looks at the cancel function. */
    static constexpr qsizetype kChunk = qsizetype(1) << 18;

    /** The matches in one paragraph. */
    struct ParagraphHits
    {
        int paragraph = -1; ///< index into the paragraph list searched
        Span span;          ///< the paragraph
        int firstMatch = 0; ///< index of its first match in Result::matches
        int count = 0;
    };

    struct Result
    {
        QList<qsizetype> matches;        ///< start offsets, ascending
        qsizetype length = 0;            ///< the length of every match (the phrase's)
        QList<ParagraphHits> paragraphs; ///< the paragraphs with matches, in text order
        bool canceled = false;

        /** Index into paragraphs of the paragraph holding match @p match, or -1. */
        int paragraphOfMatch(int match) const;
    };

    /** Searches for @p phrase, NFC-normalised like every Document's text. */
    TextSearch(const QString &phrase, Options options);

    QString phrase() const { return m_phrase; }
    Options options() const { return m_options; }

    /**
     * Start offsets of the matches in @p text, ascending; empty for an empty phrase. Returns
     * early (with what was found so far) when @p canceled returns true.
     */
    QList<qsizetype> findAll(QStringView text, const std::function<bool()> &canceled = {}) const;
    /** True when the phrase at @p start of @p text passes the whole-words rule (or it is off). */
    bool acceptsAt(QStringView text, qsizetype start) const;

    /** Letters, digits and combining marks of any script (surrogate pairs decoded). */
    static bool isWordCharacter(char32_t c);
    /** The code point ending just before @p pos / starting at @p pos; 0 at the text's ends. */
    static char32_t codePointBefore(QStringView text, qsizetype pos);
    static char32_t codePointAt(QStringView text, qsizetype pos);

    /**
     * The paragraphs matches are counted in: the article's analysed paragraphs, then, for the
     * text beyond them (an article too long to be analysed whole), each non-blank line.
     */
    static QList<Span> paragraphSpans(const Article &article);
    /**
     * Which paragraphs the @p matches (ascending) fall in. A match between two paragraphs
     * counts for the next one (the last one after the end).
     */
    static QList<ParagraphHits> countPerParagraph(const QList<qsizetype> &matches,
                                                  const QList<Span> &paragraphs);
    /** findAll() and countPerParagraph() at once: what a worker thread runs. */
    static Result run(const QString &text, const QList<Span> &paragraphs, const QString &phrase,
                      Options options, const std::function<bool()> &canceled = {});

private:
    QString m_phrase;
    Options m_options;
    QStringMatcher m_matcher;
    bool m_wordAtStart = false;
    bool m_wordAtEnd = false;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(TextSearch::Options)

} // namespace gloss
