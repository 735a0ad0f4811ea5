#pragma once

#include "model/Document.h"

#include <QString>

namespace gloss {

/**
 * @brief Markdown (CommonMark with GitHub tables and strikethrough, parsed by md4c) to plain text.
 *
 * Every block (paragraph, heading, list item, table row, code block) becomes one paragraph of
 * the text, separated from the next by a blank line; soft line breaks become spaces, hard breaks
 * stay line breaks. A list item starts with its marker as the reader sees it ("• ", nested
 * "◦ ", or its number: "2. "). Emphasis, links and inline code are reduced to their text; images
 * and raw HTML are dropped; entities are decoded. A code block keeps its text (it is not prose:
 * the Analyzer finds no quotes, entities or claims in it). Headings, block quotes, list items,
 * code blocks and table rows are recorded in Document::blocks. A leading YAML front matter
 * block (`---` … `---`) gives metaTitle, metaAuthor, metaDate, metaUrl and metaSite and is not
 * part of the text.
 */
class MarkdownReader
{
public:
    /** @p markdown must already be normalised (TextDecoder::normalise()). */
    static Document toDocument(const QString &markdown, const QString &source);

    /** The character(s) of an HTML entity ("&amp;", "&#8217;"); @p entity unchanged if unknown. */
    static QString decodeEntity(QStringView entity);
};

} // namespace gloss
