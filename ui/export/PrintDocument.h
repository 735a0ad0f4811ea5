#pragma once

#include "ArticleHighlighter.h"
#include "ReadingTheme.h"
#include "annotations/Annotation.h"
#include "model/Article.h"

#include <QDateTime>
#include <QLocale>
#include <QPageSize>
#include <QSet>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace gloss {

/**
 * @brief The annotated article as a document for paper: File > Print… and Export as PDF….
 *
 * build() turns an Article, its notes and PrintOptions into one QTextDocument: a header (the
 * title when the text has no headline, where the article comes from, when it was published
 * and printed, how many notes), the article typeset as in the reading view (headline, dateline
 * and byline styled; speaker tints and entity underlines by ArticleHighlighter, in the colours
 * of a light reading theme, as far as the user has them switched on), each note's passage
 * marked in its colour with the note's number in superscript after it, and the notes either
 * beside their paragraphs (a second column, like the margin lane) or numbered at the end.
 * Notes on the whole article come first (at the top of the margin, or of the endnotes), orphans
 * after the text, each with its last known words. The numbers are those of every export
 * (NoteExport's NoteOrder: reading order).
 *
 * print() and writePdf() lay it out on pages (2 cm margins, page numbers).
 */
namespace PrintDocument {

enum class NotePlacement { Margin, Endnotes };

struct Options
{
    NotePlacement notes = NotePlacement::Margin;
    /** Which of the reading view's layers are shown (speaker tints, entity underlines). */
    ArticleHighlighter::Layers layers =
        ArticleHighlighter::Layers(ArticleHighlighter::SpeakerLayer
                                   | ArticleHighlighter::EntityLayer);
    /** Speakers whose quotes are not tinted (the Speakers tab's toggles). */
    QSet<int> hiddenSpeakers;
    /** The colours; a dark theme is replaced by the default light one (paper is white). */
    ReadingTheme theme;
    /** The date of printing written in the header; invalid means now. */
    QDateTime printedAt;
    QLocale locale;
    /** Base size of the article's text, in points. */
    qreal pointSize = 10.5;
};

/** @p theme when it is light, else the default light theme: colours that read on paper. */
ReadingTheme paperTheme(const ReadingTheme &theme);

/** The printable document (see the namespace). */
std::unique_ptr<QTextDocument> build(const Article &article, const QList<Annotation> &notes,
                                     const Options &options);

/** Prints @p document on @p device (a QPrinter, a QPdfWriter), paginated. */
void print(QTextDocument &document, QPagedPaintDevice *device);

/**
 * Writes @p document as a PDF to @p path, atomically (the old file stays whole on failure),
 * with @p title in its metadata. False with @p error set when it cannot be written.
 */
bool writePdf(QTextDocument &document, const QString &path, const QString &title,
              const QPageSize &pageSize, QString *error);

/** The page size usual in @p locale's territory: Letter in North America, else A4. */
QPageSize defaultPageSize(const QLocale &locale = QLocale());

} // namespace PrintDocument

} // namespace gloss
