#pragma once

#include "model/Document.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gloss {

/**
 * @brief Reads an article file into a normalised Document.
 *
 * Detects the encoding (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 fallback for
 * invalid UTF-8 with a warning), normalises line ends to `\n` and the text to NFC, and turns
 * Markdown into plain text. Refuses what is not text.
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
};

} // namespace gloss
