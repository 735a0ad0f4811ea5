#pragma once

#include "model/Article.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace gloss {

/**
 * @brief A quote or a claim with where it comes from, as text to paste elsewhere: plain text
 * or Markdown (Copy with Citation, Copy as Markdown).
 *
 * Plain text:
 *
 *     “We are not going to hand the promenade back to the sea,”
 *     — Alys Pritchard, “Portmere votes for a taller wall”, Example News, 2026-11-28,
 *     https://example.com/portmere
 *
 * (the attribution on one line). Markdown: the words as a block quote, then the attribution
 * with the title linked to the address. Whatever is not known (speaker, title, site, date,
 * address) is left out with its separator; the words alone are still a citation. Double quote
 * marks inside the words become single ones inside the outer pair (plain text), and Markdown
 * escapes whatever would be read as markup. Pure functions of their input.
 */
namespace Citation {

struct Source
{
    /** The words cited, as in the article (a quote without its marks, a claim). */
    QString text;
    /** Who said them, or empty. */
    QString speaker;
    /** Who relayed them ("via"), or empty. */
    QString via;
    /** The article's headline (or its page title), or empty. */
    QString title;
    QString site;
    /** Publication date, or invalid. */
    QDateTime published;
    /** The article's web address, or empty (a local file is no address for a reader). */
    QString url;
};

/** What is known of the article's source (title, site, date, address), without words. */
Source articleSource(const Article &article);
/** Quote @p quote of @p article with its speaker (and relaying source); empty when invalid. */
Source forQuote(const Article &article, int quote);
/** Claim @p claim of @p article with its source; empty text when invalid. */
Source forClaim(const Article &article, int claim);
/**
 * The words of @p span (a selection) of @p article; the speaker is the one of the quote that
 * holds the whole span, if any.
 */
Source forSpan(const Article &article, const Span &span);

/**
 * The date as a citation writes it: in the C locale (the default) "2026-11-28" (ISO 8601),
 * else @p locale's long date.
 */
QString date(const QDateTime &published, const QLocale &locale = QLocale::c());
/** @p text with inner double quote marks turned to single ones, trimmed, one line per line. */
QString innerQuotes(const QString &text);

QString plainText(const Source &source, const QLocale &locale = QLocale::c());
QString markdown(const Source &source, const QLocale &locale = QLocale::c());

} // namespace Citation

} // namespace gloss
