#pragma once

#include "model/Document.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gloss {

/**
 * @brief Reads an article file into a normalised Document.
 *
 * Decoding and normalisation are TextDecoder's (UTF-8 with or without BOM, UTF-16/32 with BOM,
 * Windows-1252 fallback for invalid UTF-8 with a warning; `\n` line ends, NFC, no stray control
 * characters; what is not text is refused). The file name's suffix then picks a converter to
 * plain text: `.md`/`.markdown` go through MarkdownReader, `.html`/`.htm` through HtmlExtractor
 * (which sniffs the page's own charset and keeps the article only), anything else is plain text.
 * An empty file gives an empty document with a warning.
 */
class Loader
{
public:
    struct Result
    {
        std::optional<Document> document;
        /** Why loading failed, for the user (empty on success). */
        QString error;
        bool ok() const { return document.has_value(); }
    };

    /** Largest file read at all (larger files are refused with a message). */
    static constexpr qint64 kMaxFileSize = 256LL * 1024 * 1024;

    static Result loadFile(const QString &path);
    /** @p name is the source recorded in the document; its suffix picks the format. */
    static Result loadBytes(const QByteArray &bytes, const QString &name);

    /** The format a file name asks for: "markdown", "html" or "text" (Document::format). */
    static QString formatForName(const QString &name);
};

} // namespace gloss
