#pragma once

#include "model/Document.h"

#include <optional>

class QMimeData;

namespace gloss {

/**
 * @brief Turns what is on the clipboard into a Document (Edit > Paste as New Article).
 *
 * HTML (a selection copied from a browser) goes through HtmlExtractor in fragment mode: all of
 * the selection's visible text, paragraphs and quotes kept, a leading heading as the title.
 * Otherwise plain text, normalised like a text file. The source is "clipboard"; when the browser
 * says where the selection came from (Firefox's text/x-moz-url-priv), that is the metaUrl.
 * Empty when the clipboard holds no text.
 */
std::optional<Document> documentFromMimeData(const QMimeData &data);

/** The Document::source of pasted articles. */
inline constexpr char16_t kClipboardSource[] = u"clipboard";

} // namespace gloss
