#pragma once

#include "annotations/Annotation.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QUndoCommand>

#include <optional>

namespace gloss {

class AnnotationStore;

/**
 * @brief One undoable change to the notes of the open article: add, edit (text, colour, tags),
 * delete, import — any number of notes at once.
 *
 * Each change holds the note as it was (nothing for a note that is added) and as it becomes
 * (nothing for a note that is deleted); redo() puts the "after" versions into the store, undo()
 * the "before" versions. The store saves them (within a second). A command made on one text
 * does nothing once the store holds another (the window also clears the stack then).
 *
 * Consecutive text edits of the same note merge into one step (typing is undone as a whole).
 */
class NoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(gloss::NoteCommand)

public:
    struct Change
    {
        QUuid id;
        std::optional<Annotation> before;
        std::optional<Annotation> after;
    };
    enum Kind { Other = -1, EditText = 0x4e54 };

    NoteCommand(AnnotationStore *store, const QString &text, QList<Change> changes,
                Kind kind = Other);

    static NoteCommand *add(AnnotationStore *store, const Annotation &note);
    static NoteCommand *remove(AnnotationStore *store, const QList<Annotation> &notes);
    /** @p after replaces the store's version of the same note; nullptr when there is none. */
    static NoteCommand *edit(AnnotationStore *store, const Annotation &after, const QString &text,
                             Kind kind = Other);

    void redo() override;
    void undo() override;
    int id() const override { return m_kind; }
    bool mergeWith(const QUndoCommand *other) override;

    const QList<Change> &changes() const { return m_changes; }

private:
    void apply(bool after);

    QPointer<AnnotationStore> m_store;
    QByteArray m_sha;
    QList<Change> m_changes;
    Kind m_kind;
};

} // namespace gloss
