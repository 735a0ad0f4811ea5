#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace gloss {

/**
 * @brief Turns the bytes of a text file into normalised text, or says why they are not text.
 *
 * Encodings: a BOM picks UTF-8, UTF-16 LE/BE or UTF-32 LE/BE; without one, UTF-16 is
 * recognised by its pattern of NUL bytes, then UTF-8 is tried. Invalid UTF-8 is read as
 * Windows-1252, unless it has fewer invalid bytes than valid multi-byte sequences (a few broken
 * sequences in real UTF-8): those become U+FFFD. Both cases add a warning.
 *
 * Normalisation (normalise()): CRLF and CR become `\n` (so do U+0085, U+2028, vertical tab;
 * U+2029 and form feed become a blank line), stray BOMs and control characters other than
 * `\n` and `\t` are removed, and the text is put in NFC.
 *
 * Refused as "not text": NUL bytes (outside UTF-16/32), or more than 5% control characters,
 * replacement characters or non-characters. Linear time; no state, safe on any thread.
 */
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding;     ///< "UTF-8", "UTF-16LE", "windows-1252", …
        QStringList warnings; ///< non-fatal problems (fallback encoding, removed characters)
        QString error;        ///< why the bytes are not text (empty on success)
        bool ok() const { return error.isEmpty(); }
    };

    static Result decode(QByteArrayView bytes);

    /**
     * Line ends to `\n`, stray BOMs and control characters removed, NFC.
     * @p suspicious receives the number of removed control characters, replacement characters
     * and non-characters (the measure of "binary").
     */
    static QString normalise(const QString &text, qsizetype *suspicious = nullptr);
    /** Same, letting go of @p text as soon as it is read (one copy less of a big text). */
    static QString normalise(QString &&text, qsizetype *suspicious = nullptr);

    /** Windows-1252 (bytes 0x80-0x9F as Windows maps them, the rest as Latin-1). */
    static QString fromWindows1252(QByteArrayView bytes);
};

} // namespace gloss
