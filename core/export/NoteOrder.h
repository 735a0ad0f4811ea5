#pragma once

#include "annotations/Annotation.h"
#include "model/Article.h"

#include <QHash>
#include <QLocale>
#include <QList>
#include <QStringList>
#include <QString>

namespace gloss::NoteExport {

/** One note as the exporters show it. */
struct NoteEntry
{
    const Annotation *note = nullptr;
    /** 1-based number in reading order (the same in every format). */
    int number = 0;
    /** The words the note is on now, or its last known words (orphans); empty: article note. */
    QString passage;
    /** The speaker when the passage is inside a quote, else empty. */
    QString speaker;
    /** Index of the paragraph the passage starts in, or -1. */
    int paragraph = -1;
};

/**
 * The notes of an article in reading order, in three groups: the reading order of notes
 * everywhere (the exports, the Notes tab, the margin lane, `gloss notes list`).
 */
struct NoteOrder
{
    /**
     * The reading order of two notes: the notes on the whole article first, then the notes on
     * passages by where the passage starts, then by where it ends (the shorter first), then
     * the orphans (their passage is gone); ties by creation time, then by id (a total order:
     * every list of the same notes reads alike).
     */
    static bool readsBefore(const Annotation &a, const Annotation &b);
    /** readsBefore() as a function object, for std::sort and std::upper_bound. */
    struct Before
    {
        bool operator()(const Annotation &a, const Annotation &b) const { return readsBefore(a, b); }
        bool operator()(const Annotation *a, const Annotation *b) const
        {
            return readsBefore(*a, *b);
        }
    };

    QList<NoteEntry> articleNotes;
    QList<NoteEntry> placed; ///< by span start, then span end
    QList<NoteEntry> orphans;

    qsizetype size() const { return articleNotes.size() + placed.size() + orphans.size(); }
    /** All entries in reading order. */
    QList<NoteEntry> all() const { return articleNotes + placed + orphans; }

    /** @p notes must outlive the NoteOrder (entries point into it). */
    static NoteOrder of(const Article &article, const QList<Annotation> &notes);
};

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
