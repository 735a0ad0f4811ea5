#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace gloss {

/**
 * @brief Finds the character encoding of an HTML page and decodes it.
 *
 * The order follows the HTML standard's encoding sniffing, simplified: a byte order mark wins,
 * then the charset of the HTTP Content-Type header (when the page came over the network), then
 * a `<meta charset>` or `<meta http-equiv="content-type" content="…; charset=…">` in the first
 * few kilobytes, and last a guess: UTF-8 when the bytes are valid UTF-8, else Windows-1252.
 * Labels are mapped as browsers do (ISO-8859-1 and US-ASCII mean Windows-1252, a UTF-16 label
 * inside the page means UTF-8). Windows-1252 is decoded by our own table; other encodings go
 * through QStringDecoder (ICU).
 */
class HtmlCharset
{
public:
    struct Decoded
    {
        QString text;
        /** Canonical name of the encoding used, e.g. "UTF-8", "windows-1252". */
        QByteArray charset;
        /** Where it came from: "bom", "http", "meta" or "guess". */
        QByteArray source;
        /** Non-fatal problems (unknown label, invalid bytes) for the user. */
        QStringList warnings;
    };

    /** How far into the page a `<meta>` charset declaration is looked for. */
    static constexpr qsizetype kPrescanBytes = 8192;

    /** Decodes @p bytes; @p httpCharset is the charset parameter of a Content-Type header. */
    static Decoded decode(QByteArrayView bytes, QByteArrayView httpCharset = {});
    /** The charset label declared by a `<meta>` element near the start, or empty. */
    static QByteArray sniffMeta(QByteArrayView bytes);
    /** The charset parameter of a Content-Type value ("text/html; charset=UTF-8"), or empty. */
    static QByteArray charsetFromContentType(QByteArrayView contentType);
    /** The canonical name for a label ("latin1" → "windows-1252"), empty when unknown. */
    static QByteArray canonicalName(QByteArrayView label);
    /** Decodes Windows-1252 (bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D map to C1 controls). */
    static QString fromWindows1252(QByteArrayView bytes);
};

} // namespace gloss
