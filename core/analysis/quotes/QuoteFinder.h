#pragma once

#include "model/Article.h"

namespace gloss {

/**
 * @brief Finds the quotations of an article: spans, nesting, paragraph and a first kind.
 *
 * One pass over each paragraph with a small stack of open marks:
 * - straight and curly double quotes, guillemets, and single quotes used as quotes; a single
 *   mark between letters or before a decade is an apostrophe (didn't, Kim's, '90s, 'n');
 * - a quote inside another is its own entry with `parent` set;
 * - a quote left open at a paragraph end continues when the next paragraph opens with a quote
 *   mark (one quote across the break; its `text` is the words of its first paragraph);
 *   otherwise it ends at the paragraph end, so a stray mark never swallows the next paragraph.
 *
 * The kind is Title for a title-cased name of a work (a film, book, song, programme …), Scare
 * for a short fragment and Direct for speech-like text; the attribution stage turns a fragment
 * with a speaker into a Direct quote.
 *
 * The turns of a transcript ("TAPPER: Do you think …?") and the answers of an interview
 * ("A: …"; see TranscriptTurns_p.h) are Direct quotes too, of the paragraph's words after the
 * label; a quote inside a turn is nested in it. A turn's label is its speakerMention and the
 * colon (or full stop) after it its cueSpan, which the attribution stage reads as the turn's
 * speaker; other quotes' speakers and cues are left empty. Runs in linear time.
 */
class QuoteFinder
{
public:
    static QList<Quote> find(const Article &article);
    /** Same, over the given paragraphs only (used for limited analysis). */
    static QList<Quote> find(const QString &text, const QList<Paragraph> &paragraphs);
    /** Whether a quote's words read as a short fragment rather than speech. */
    static bool isFragment(QStringView words);
    /** Whether every word is capitalised but the small ones ("The Walking Dead", "Never
     *  Trump"): the name of a work, a show or a slogan rather than somebody's words. */
    static bool isTitleCased(QStringView words);
};

} // namespace gloss
