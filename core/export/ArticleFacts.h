#pragma once

#include "model/Article.h"

#include <QDateTime>
#include <QLocale>
#include <QString>

/**
 * What the exports, the printout and the citations say about an article and its export: its
 * title, where it comes from, the dates as written, a speaker's name, and the exports' own
 * translated words (context gloss::NoteExport).
 */
namespace gloss::NoteExport {

/** The title shown for the article: its headline, metadata title or file name. */
QString articleTitle(const Article &article);
/** Where the article came from: its URL when known, else the source path. */
QString articleSource(const Article &article);
/** What is known of where the article comes from, as the exports show it (empty: unknown). */
struct SourceMeta
{
    /** The page's web address: the document's metadata URL, or its source when that is one. */
    QString url;
    /** The file (or other source) it was read from, when that is not the URL. */
    QString file;
    QString site;
    /** The author from the page's metadata (the article's byline is shown on its own). */
    QString author;
    QDateTime published;
};
SourceMeta sourceMeta(const Article &article);
/** Whether @p text is an http(s) address that can be written as a link as it is. */
bool isLinkable(const QString &text);
/** "2026-11-28 06:00 UTC", or "2026-11-28" when the time is midnight UTC (a date only). */
QString publishedDate(const QDateTime &published);

/** "2026-11-28 06:00 UTC" in the C locale, else @p locale's long date and short time. */
QString exportDate(const QDateTime &exportedAt, const QLocale &locale = QLocale::c());
/** A heading or label of the exports (context gloss::NoteExport). */
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
/** The name of a speaker entity, or empty. */
QString entityName(const Article &article, int entity);

} // namespace gloss::NoteExport
