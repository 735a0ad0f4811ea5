#pragma once

#include "ArticleFacts.h"
#include "NoteExport.h"
#include "NoteOrder.h"

#include <QList>
#include <QString>

namespace gloss::NoteExport {

/**
 * @brief What the Markdown and HTML exports say, and in which order, before either writes a
 * character.
 *
 * The one owner of the exports' sections: which there are, their order, their headings and
 * introductions, the notes in each and the claims and quotes in their groups. The writers only
 * render it (escaping, markup, and the HTML's article with the notes beside their paragraphs).
 * Texts are plain (not escaped) and translated (context gloss::NoteExport).
 */
struct Outline
{
    enum class Part {
        ArticleNotes, ///< the notes on the whole article (only when there are some)
        Passages,     ///< the notes on passages, in reading order (always)
        Orphans,      ///< the notes that could not be placed (only when there are some)
        Claims,       ///< the article's claims by source (Options::includeClaims)
        Quotes,       ///< its quotes by speaker (Options::includeQuotes)
    };

    /** A claim or a quote in a group: its words, and its kind when the reader must be told. */
    struct Item
    {
        QString text;
        QString kind;
    };
    /** The claims of one source or the quotes of one speaker. */
    struct Group
    {
        QString heading;
        QList<Item> items;
    };
    struct Section
    {
        Part part = Part::Passages;
        QString heading;
        /** A sentence under the heading, or empty. */
        QString intro;
        /** What stands in place of an empty section. */
        QString empty;
        /** ArticleNotes, Passages, Orphans: the notes (pointing into NoteOrder's notes). */
        QList<NoteEntry> notes;
        /** Claims, Quotes: the groups (the one of nobody's items last). */
        QList<Group> groups;
    };

    QString title;
    SourceMeta source;
    /** Where the article came from when source.url cannot be a link (articleSource()). */
    QString sourceText;
    QString byline;
    QString dateline;
    /** The export date as Options ask (exportDate()). */
    QString exported;
    int noteCount = 0;
    int orphanCount = 0;
    QList<Section> sections;

    /** @p notes must outlive the Outline (its entries point into them). */
    static Outline of(const Article &article, const QList<Annotation> &notes,
                      const Options &options);
};

} // namespace gloss::NoteExport
