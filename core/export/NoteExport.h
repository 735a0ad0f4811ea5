#pragma once

#include "annotations/Annotation.h"
#include "model/Article.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gloss {

/**
 * @brief Exports an article's notes: Markdown, HTML, W3C Web Annotation JSON-LD, CSV.
 *
 * The notes are taken as placed in `article.document` (as AnnotationStore::annotations() or
 * Anchorer::anchorAll() leave them): placed notes by their span, orphans with their last
 * known words. Every exporter lists the notes in reading order: notes on the whole article
 * first, then placed notes by position, then orphans (in their own section where the format
 * has sections). Output is a pure function of its input and ExportOptions (the export date is
 * injected through ExportOptions::exportedAt), so it can be compared with golden files.
 */
namespace NoteExport {

enum class Format { Markdown, Html, W3c, Csv };

struct Options
{
    Format format = Format::Markdown;
    /** Markdown and HTML: a "Claims by source" section. */
    bool includeClaims = false;
    /** Markdown and HTML: a "Quotes by speaker" section. */
    bool includeQuotes = false;
    /** HTML: the whole article (true) or only the paragraphs that carry notes. */
    bool wholeArticle = true;
    /** CSV: start with a UTF-8 byte order mark (spreadsheets then read UTF-8 correctly). */
    bool csvByteOrderMark = true;
    /** The date of export written into Markdown and HTML; invalid means now. */
    QDateTime exportedAt;
    /**
     * How that date is written: C (the default, the command line) gives "2026-11-28 06:00 UTC";
     * another locale its own long date and time (the window passes the interface's). Headings
     * and labels follow the translation installed (QCoreApplication::translate, context
     * gloss::NoteExport), so without one they are English.
     */
    QLocale locale = QLocale::c();
};

/** "md", "html", "w3c", "csv" (also accepts "markdown", "json", "jsonld"). */
std::optional<Format> formatFromName(QStringView name);
QString formatName(Format format);
/** A file name suffix: "md", "html", "jsonld", "csv". */
QString fileSuffix(Format format);
/** The KSyntaxHighlighting definition that shows the output: "Markdown", "HTML", "JSON". */
QString syntaxName(Format format);
/** For a file dialog: "Markdown (*.md)", ... */
QString fileFilter(Format format);

/** The sections of Options as a list ("claims", "quotes") and back; false on an unknown one. */
bool parseIncludes(const QStringList &names, Options &options, QString *unknown = nullptr);

/** The export in @p options.format, as the bytes of the file. */
QByteArray exportNotes(const Article &article, const QList<Annotation> &notes,
                       const Options &options);

QString toMarkdown(const Article &article, const QList<Annotation> &notes,
                   const Options &options);
QString toHtml(const Article &article, const QList<Annotation> &notes, const Options &options);
/**
 * An AnnotationCollection (AnnotationJson's notes file form: @context, id, type, the notes as
 * W3C Annotations with TextualBody bodies for text and tags, target source and both
 * selectors, colour as a CSS style class) in reading order.
 */
QByteArray toW3c(const Article &article, const QList<Annotation> &notes);
/**
 * RFC 4180 CSV, CRLF line ends, a header row and one row per note: quote, speaker, note,
 * tags ("a; b"), colour, created (ISO 8601 UTC), id, then the article's columns repeated on
 * each row: article (title), source (URL or path), site, author, published. Fields that a
 * spreadsheet would take for a formula (starting with = + - @ or a tab) are prefixed with an
 * apostrophe.
 */
QByteArray toCsv(const Article &article, const QList<Annotation> &notes, const Options &options);

/** Markdown of some notes only (Copy as Markdown): the notes, no header or sections. */
QString notesToMarkdown(const Article &article, const QList<Annotation> &notes);

/** @p text with every Markdown special character escaped (one line; see escapeMarkdown()). */
QString escapeMarkdownInline(const QString &text);
/**
 * @p text as CommonMark that renders as the same text: specials backslash-escaped, lines that
 * would start a block (lists, headings, rules, quotes, code) neutralised, single line breaks
 * kept as hard breaks, paragraphs (blank lines) kept.
 */
QString escapeMarkdown(const QString &text);
/** @p text escaped for HTML text and attribute values (& < > " '). */
QString escapeHtml(const QString &text);
/** Appends @p text escaped for HTML to @p out. */
void appendEscapedHtml(QString &out, QStringView text);

} // namespace NoteExport

} // namespace gloss
