#pragma once

#include "model/Document.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gloss {

/** What reader-mode extraction found in an HTML page. */
struct HtmlArticle
{
    enum class Kind { Body, Heading, Quote, Code };
    struct Paragraph
    {
        QString text;
        Kind kind = Kind::Body;
        friend bool operator==(const Paragraph &, const Paragraph &) = default;
    };

    /** Headline, cleaned of a " | Site" suffix; not repeated in paragraphs. */
    QString title;
    /** Byline names, "A, B" for several authors (no leading "By"). */
    QString author;
    QString site;
    /** The page's own address (og:url, canonical link, JSON-LD url), may be empty. */
    QString url;
    QDateTime published;
    /** The article's paragraphs in reading order (headings and block quotes included). */
    QList<Paragraph> paragraphs;
    /** Encoding the page was decoded with, e.g. "UTF-8". */
    QByteArray charset;
    QStringList warnings;

    /** Headline then paragraphs, separated by blank lines (the Document text). */
    QString text() const;
};

/**
 * @brief Reader-mode extraction of a news article from an HTML page.
 *
 * The page is decoded (HtmlCharset) and parsed with gumbo, a complete HTML5 parser. Metadata
 * comes from JSON-LD (NewsArticle and kin), Open Graph and other meta tags, `<time>` and byline
 * elements. The main text is found the way reader modes do: paragraphs score their ancestors
 * (text length, commas), candidates are weighted by class/id hints and link density, and the best
 * one (with related siblings) is written out block by block, without navigation, share bars,
 * related-link lists, comments, ads, forms, scripts, styles or hidden elements. `<q>` text and
 * block quotes get curly quotation marks so that the analyser sees them as quotes.
 */
class HtmlExtractor
{
public:
    enum class Mode {
        /** A whole page: find the article among the page's furniture. */
        Page,
        /** A fragment the user chose (clipboard): keep all of its visible text. */
        Fragment,
    };

    /** Decodes and extracts; @p httpCharset is the charset of a Content-Type header. */
    static HtmlArticle extract(const QByteArray &bytes, QByteArrayView httpCharset = {},
                               Mode mode = Mode::Page);
    /** Extracts from already decoded markup. */
    static HtmlArticle extractString(const QString &html, Mode mode = Mode::Page);

    /**
     * The Document of an extracted article: format "html", text normalised (NFC), meta fields
     * filled; metaUrl falls back to @p source when that is an http(s) URL.
     */
    static Document toDocument(const HtmlArticle &article, const QString &source);
    /** extract() then toDocument(). */
    static Document load(const QByteArray &bytes, const QString &source,
                         QByteArrayView httpCharset = {});

    /** Removes a site name prefix or suffix ("Title | Site", "Site - Title") from a title. */
    static QString cleanTitle(const QString &title, const QString &site);
    /** Parses the date formats pages use (ISO 8601 with or without time, RFC 2822). */
    static QDateTime parseDate(const QString &value);
};

} // namespace gloss
