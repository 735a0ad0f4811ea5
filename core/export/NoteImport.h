#pragma once

#include "annotations/Annotation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace gloss {

class AnnotationStore;

/**
 * @brief Imports W3C Web Annotation JSON (Gloss's own export or notes file, and the W3C form
 * Hypothesis and other tools export: a bare annotation, an array, an AnnotationPage or an
 * AnnotationCollection) into the notes of a document.
 *
 * Reading is AnnotationJson's. The notes are merged by id: a note that is new is added, one
 * that is already there is replaced only when the imported one was modified later. Every
 * imported note is re-anchored in the document's text with Anchorer (the stored positions are
 * trusted when the file was made on this very text, else the quote is searched for); notes
 * that cannot be placed are kept as orphans.
 *
 * A file made for another article (its content hash and its source both differ from the
 * document's; for files without a hash, no target source is the document's source or URL)
 * imports nothing unless forced: the result says so.
 */
namespace NoteImport {

struct Result
{
    /** False when nothing was imported (see error). */
    bool ok = false;
    /** The file names another article (nothing imported unless forced). */
    bool otherArticle = false;
    /** Why nothing was imported, for the user. */
    QString error;
    /** Notes the file held that could not be read, and the like (import went on). */
    QStringList problems;
    /** The source the file names (its gloss:source, else its first target source). */
    QString fileSource;

    /** New notes, anchored in the document. */
    QList<Annotation> added;
    /** Notes replacing older versions with the same id, anchored in the document. */
    QList<Annotation> updated;
    /** Notes already there in the same or a newer version. */
    int unchanged = 0;
    /** How many of added and updated are orphans. */
    int orphaned = 0;

    /** "3 notes imported: 2 new, 1 updated, 0 unchanged; 1 orphaned" */
    QString summary() const;
};

/**
 * Reads @p bytes and merges them into @p existing (the document's notes as they are):
 * the result lists what to add and what to replace.
 */
Result read(const QByteArray &bytes, const Document &document, const QList<Annotation> &existing,
            bool force = false);

/** Applies a result to an open store (add and update). */
void apply(const Result &result, AnnotationStore &store);

/** @p existing with the result applied (replaced in place, added at the end). */
QList<Annotation> merged(const QList<Annotation> &existing, const Result &result);

} // namespace NoteImport

} // namespace gloss
