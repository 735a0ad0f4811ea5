#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gloss {

/**
 * @brief A loaded, normalised article text plus what is known of its source.
 *
 * The text is normalised by the loader: line ends are `\n`, no BOM, NFC. All spans in the core
 * (paragraphs, quotes, entities, notes) are offsets into this text in **UTF-16 code units**
 * (QString indices), so they can be used directly with QString and QTextDocument. Whatever
 * leaves the program (analysis JSON, W3C selectors) uses **Unicode code points**; convert with
 * toCodePoint() / fromCodePoint().
 */
class Document
{
public:
    Document() = default;
    Document(QString text, QString source);

    const QString &text() const { return m_text; }
    /** File path or URL the text came from, as given by the user. */
    const QString &source() const { return m_source; }
    /** The source as a person reads it: displaySource(source()). */
    QString displaySource() const { return displaySource(m_source); }

    /** The source of the sample article bundled with Gloss (a Qt resource path). */
    static QString sampleSource();
    /**
     * Whether @p source names a file bundled with Gloss: a Qt resource (":/…", "qrc:/…") or
     * the IRI exports give it ("urn:gloss:…", see publicIri()).
     */
    static bool isBundled(const QString &source);
    /**
     * @p source as a person reads it: a path or URL as it is; a bundled file by a name ("Sample
     * article (bundled with Gloss)", translated), never its internal resource path.
     */
    static QString displaySource(const QString &source);
    /**
     * The IRI a bundled file is known by outside the program (W3C exports, the notes files):
     * "urn:gloss:sample-article" for the sample, "urn:gloss:bundled:NAME" for any other; empty
     * when @p source is not bundled.
     */
    static QString publicIri(const QString &source);
    /** Hex SHA-256 of the text encoded as UTF-8. */
    const QByteArray &sha256() const { return m_sha256; }

    /** How the text was obtained: "text", "markdown" or "html". */
    QString format;
    /** Metadata found by the loader (Markdown front matter, HTML meta tags); may be empty. */
    QString metaTitle;
    QString metaAuthor;
    QString metaSite;
    QString metaUrl;
    QDateTime metaDate;
    /** Takes @p other's metadata (metaTitle … metaDate): a document made of another's text. */
    void copyMetadata(const Document &other);
    /** Non-fatal problems met while loading (shown in the window, printed on stderr). */
    QStringList warnings;

    /** A structural block found by the loader in marked-up input (Markdown, HTML). */
    struct Block
    {
        enum Kind { Heading, BlockQuote, ListItem, Code, TableRow };
        Kind kind = Heading;
        int level = 0;       ///< heading level 1-6 (0 for other kinds)
        qsizetype start = 0; ///< UTF-16 offsets into text(), end exclusive
        qsizetype end = 0;
    };
    /**
     * Blocks of marked-up input, ascending and not overlapping. For such input the loader
     * separates every block from the next by a blank line, so blank lines alone delimit
     * the paragraphs. Empty for plain text.
     */
    QList<Block> blocks;

    /** Length of the text in code points. */
    qsizetype codePointLength() const;
    /** Code-point offset of a UTF-16 offset (clamped to the text). */
    qsizetype toCodePoint(qsizetype utf16) const;
    /** UTF-16 offset of a code-point offset (clamped to the text). */
    qsizetype fromCodePoint(qsizetype codePoint) const;

private:
    QString m_text;
    QString m_source;
    QByteArray m_sha256;
    /** UTF-16 offsets of the high surrogates in the text, ascending (usually empty). */
    QList<qsizetype> m_surrogates;
};

} // namespace gloss
