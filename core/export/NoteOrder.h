#pragma once

#include "annotations/Annotation.h"
#include "model/Article.h"

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

} // namespace gloss::NoteExport
