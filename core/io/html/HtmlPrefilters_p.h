#pragma once

// Internal to the HTML extractor: the pre-filters that shrink a page before gumbo parses it,
// leaving the tree gumbo builds the same but for content extraction drops anyway. (The third,
// TextRuns, stands in for long text runs and puts them back: HtmlTextRuns_p.h.)

#include <QByteArray>

namespace gloss::html {

/**
 * Empties the elements whose content is never article text (scripts, styles, inline SVG,
 * noscript, template) and drops comments, before the page goes to gumbo. On news pages these
 * are most of the bytes (inline JSON state, CSS, icon sprites), and gumbo tokenises every byte
 * one at a time. Script and style content ends at the first matching end tag, as in the HTML
 * tokenizer, so the tree gumbo builds is the same apart from the emptied elements. JSON-LD
 * scripts are kept whole.
 */
QByteArray dropRawText(const QByteArray &in);

/**
 * Empties page furniture (elements such as div, section, aside, ul whose class or id has a
 * strong negative hint, and that are not a byline, author block or itemprop) before the page
 * goes to gumbo: on pages with a long comment thread or big related-link blocks those are most
 * of the markup, and gumbo costs about the same for every tag. Only plainly nested subtrees are
 * emptied (their start and end tags stay), so the tree gumbo builds is the same but for their
 * missing content, which extraction would remove anyway. Scanning is linear: candidates that
 * turn out not to be plainly nested cost at most a few passes over the input in all.
 */
QByteArray dropFurniture(const QByteArray &in);

} // namespace gloss::html
