#pragma once

#include "model/Article.h"

#include <QFont>

class QTextDocument;

/**
 * The article's type: the serif body font and the formats of the paragraphs with a
 * role (headline, heading, dateline, byline, block quote) and of code blocks (monospaced).
 *
 * Only formats: the text of the document is never changed (every Span stays a position).
 */
namespace gloss::typography {

/** Line height of the body text, in percent of the font's line spacing. */
constexpr int kBodyLineHeight = 158;
/** Line height of the lines of a code block, in percent of the font's line spacing. */
constexpr int kCodeLineHeight = 125;
/** Line height of the empty line between paragraphs, in percent of the font's line spacing. */
constexpr int kGapLineHeight = 62;

/**
 * The body font at @p zoom percent: the first serif face installed, about 1.3 times the
 * system's interface size (so it follows the user's font settings).
 */
QFont bodyFont(int zoom);

/**
 * Formats @p doc, whose plain text is @p article's, in @p body: the paragraphs with a role
 * and the code blocks (their sizes are absolute, so this is applied again on zoom) and the @p dateline opening the
 * first paragraph, if any; with @p blocksToo also the line heights of every block (once, when
 * the document is made). The document's modified state is kept.
 */
void apply(QTextDocument *doc, const Article &article, const Span &dateline, const QFont &body,
           bool blocksToo);

/**
 * The code blocks of @p document (Document::Block::Code) in @p doc, whose plain text is the
 * document's: the system's fixed font at 0.82 of @p bodyPointSize, indented by @p indent, lines
 * at kCodeLineHeight. apply() calls it; the printout too, with its own sizes.
 */
void applyCodeFormats(QTextDocument *doc, const Document &document, qreal bodyPointSize,
                      qreal indent);

} // namespace gloss::typography
