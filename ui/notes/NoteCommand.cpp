#include "NoteCommand.h"

#include "annotations/AnnotationStore.h"

namespace gloss {

NoteCommand::NoteCommand(AnnotationStore *store, const QString &text, QList<Change> changes,
                         Kind kind)
    : m_store(store)
    , m_sha(store ? store->document().sha256() : QByteArray())
    , m_changes(std::move(changes))
    , m_kind(kind)
{
    setText(text);
}

NoteCommand *NoteCommand::add(AnnotationStore *store, const Annotation &note)
{
    return new NoteCommand(store, tr("Add Note"), {{note.id, std::nullopt, note}});
}

NoteCommand *NoteCommand::remove(AnnotationStore *store, const QList<Annotation> &notes)
{
    QList<Change> changes;
    for (const Annotation &a : notes)
        changes.append({a.id, a, std::nullopt});
    return new NoteCommand(store, tr("Delete %n Note(s)", nullptr, int(notes.size())), changes);
}

NoteCommand *NoteCommand::edit(AnnotationStore *store, const Annotation &after, const QString &text,
                               Kind kind)
{
    const Annotation *before = store ? store->annotation(after.id) : nullptr;
    if (!before)
        return nullptr;
    return new NoteCommand(store, text, {{after.id, *before, after}}, kind);
}

void NoteCommand::redo()
{
    apply(true);
}

void NoteCommand::undo()
{
    apply(false);
}

void NoteCommand::apply(bool after)
{
    if (!m_store || !m_store->isOpen() || m_store->document().sha256() != m_sha)
        return; // another article is open now
    for (const Change &c : std::as_const(m_changes)) {
        const std::optional<Annotation> &target = after ? c.after : c.before;
        if (!target) {
            m_store->remove(c.id);
        } else if (m_store->annotation(c.id)) {
            m_store->update(*target);
        } else {
            m_store->add(*target);
        }
    }
}

bool NoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const NoteCommand *>(other);
    if (m_kind != EditText || o->m_kind != EditText || m_changes.size() != 1 ||
        o->m_changes.size() != 1 || m_changes.first().id != o->m_changes.first().id ||
        o->m_store != m_store)
        return false;
    m_changes.first().after = o->m_changes.first().after;
    return true;
}

} // namespace gloss
