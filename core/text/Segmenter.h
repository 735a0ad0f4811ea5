#pragma once

#include "model/Article.h"

#include <QList>
#include <QStringView>

namespace gloss {

/**
 * @brief Finds the structure of an article's text: paragraphs with their roles, sentences,
 * headline, dateline and byline.
 *
 * Paragraphs are separated by blank lines; inside a block of consecutive lines, each line is a
 * paragraph of its own (one-line-per-paragraph style) unless the block reads as hard-wrapped
 * prose (all lines at most kWrapWidth long, paragraph ends marked by a short line or an indent).
 * For marked-up input (Document::blocks not empty, or a format other than "text"), blank lines
 * alone delimit paragraphs and Markdown/HTML headings and block quotes give the roles.
 *
 * Every function is linear in the length of its input and keeps no state: safe on any thread.
 */
class Segmenter
{
public:
    /** Longest line of a hard-wrapped block; longer lines are paragraphs of their own. */
    static constexpr qsizetype kWrapWidth = 100;

    /**
     * Fills article.paragraphs, article.sentences, article.title, article.dateline and
     * article.byline from article.document.
     */
    static void segment(Article &article);

    /** Where a dateline stands at the start of a paragraph (offsets into that paragraph). */
    struct Dateline
    {
        qsizetype placeEnd = 0; ///< end of the place ("PYONGYANG, North Korea"); 0: no dateline
        qsizetype end = 0;      ///< where the body text starts (after the dash and spaces)
        bool found() const { return placeEnd > 0; }
    };
    /**
     * The dateline at the start of @p paragraph: `PLACE[, Region][, date] [(Agency)] –`,
     * the place in capitals (`PORTMERE, Wales –`), or in title case when an agency follows
     * (`London (Reuters) -`).
     */
    static Dateline findDateline(QStringView paragraph);

    /** Whether @p line is a byline: `By Jane Doe`, `Jane Doe, BBC News`. */
    static bool isByline(QStringView line);
    /** Whether @p line is only a publication date or time ("Published 5 March 2024, 10:32"). */
    static bool isDateLine(QStringView line);
    /** Whether @p line reads as a headline: one short line, not ending with a full stop. */
    static bool readsAsHeadline(QStringView line);

    /**
     * Sentences of text[start, end) as spans of @p text (trimmed, in order). Knows
     * abbreviations (U.S., Mr., Feb. 5, No. 10, Inc.), initials (George W. Bush), decimals,
     * ellipses and sentences ending inside quotation marks (`he said.” Next`).
     */
    static QList<Span> sentences(QStringView text, qsizetype start, qsizetype end);

private:
    /**
     * Marks the byline, date lines and a sub-title after the headline (@p headline, or -1)
     * and takes the article's byline and dateline from them; the first body paragraph, or -1.
     */
    static int headRoles(Article &article, QStringView text, int headline);
};

} // namespace gloss
