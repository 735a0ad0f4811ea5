#pragma once

// Internal to the HTML extractor: the article's metadata (headline, byline, site, date,
// address) from meta tags, JSON-LD, <title>, <h1>, <time> and byline elements.

#include "HtmlExtractor.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <gumbo.h>

namespace gloss::html {

/** What the page's markup says about the article, before the sources are weighed. */
struct Meta
{
    QHash<QString, QString> tags; ///< lower-cased name/property/itemprop → first content
    QString titleElement;
    QString canonical;
    QString h1;
    QString timeDatetime;  ///< first <time datetime>
    QString timePublished; ///< <time itemprop=datePublished> or <time pubdate>
    QString bylineText;    ///< rel=author, itemprop=author or a byline-classed element
    QList<QByteArray> jsonLd;
};

/** Collects the metadata of the tree at @p n (the <html> element) into @p meta. */
void collectMeta(const GumboNode *n, Meta &meta);

/** The first NewsArticle (or kin) of the page's JSON-LD scripts. */
struct JsonLdArticle
{
    QString headline, author, date, publisher, url;
};

/**
 * Reads the JSON-LD scripts (objects, arrays, @graph, @id references); a script that is not
 * valid JSON adds a warning to @p warnings.
 */
JsonLdArticle readJsonLd(const QList<QByteArray> &scripts, QStringList &warnings);

/** A byline cleaned of "By" (and kin in other languages) and trailing separators. */
QString cleanAuthor(QString s);
/** See HtmlExtractor::cleanTitle(). */
QString cleanTitle(const QString &title, const QString &site);
/** See HtmlExtractor::parseDate(). */
QDateTime parseDate(const QString &value);

/**
 * Fills the title, author, site, published date and url of @p article from the tree at
 * @p root (the <html> element), JSON-LD first, then meta tags, then the markup; JSON-LD
 * warnings are added to its warnings.
 */
void readMetadata(const GumboNode *root, HtmlArticle &article);

} // namespace gloss::html
