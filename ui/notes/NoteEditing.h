#pragma once

#include "annotations/Annotation.h"

#include <QObject>
#include <QPointer>

class QUndoStack;

namespace gloss {

class AnnotationStore;
namespace NoteImport {
struct Result;
}

/**
 * @brief Every change of the notes, as an undoable NoteCommand on the window's undo stack:
 * add, edit (text, colour, tags), delete and import. The only place note commands are made.
 *
 * It checks what it is asked (a span inside the open text, a known colour, a real change) and
 * does nothing otherwise: an edit that changes nothing leaves no step to undo. The store
 * follows the commands and tells its views (the lane, the Notes tab) through its signals.
 */
class NoteEditing : public QObject
{
    Q_OBJECT

public:
    NoteEditing(AnnotationStore *store, QUndoStack *stack, QObject *parent = nullptr);

    /**
     * Adds a note with @p text on @p span of the open text; its id, or a null id when no text
     * is open or the span is empty or outside it.
     */
    QUuid addNote(const Span &span, const QString &text = QString());
    /** Adds a note on the whole article; a null id when no text is open. */
    QUuid addArticleNote(const QString &text = QString());
    /** Consecutive edits of one note's text are one step to undo (typing). */
    bool setText(const QUuid &id, const QString &text);
    /** @p color: a colour name or "#rrggbb" (Annotation::normalizedColor()). */
    bool setColor(const QUuid &id, const QString &color);
    bool setTags(const QUuid &id, const QStringList &tags);
    /** Deletes the notes of @p ids that exist, in one step; how many were deleted. */
    int remove(const QList<QUuid> &ids);
    /** Applies an import (NoteImport::read()) in one step; how many notes it added or changed. */
    int applyImport(const NoteImport::Result &result);

private:
    bool pushEdit(const Annotation &after, const QString &what, int kind);

    QPointer<AnnotationStore> m_store;
    QUndoStack *m_stack;
};

} // namespace gloss
