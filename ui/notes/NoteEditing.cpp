#include "NoteEditing.h"

#include "NoteCommand.h"
#include "NoteStyle.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteImport.h"

#include <QCoreApplication>
#include <QSet>
#include <QUndoStack>

namespace gloss {

// The commands' names (Edit > Undo "Edit Note") keep the note layer's translation context.

NoteEditing::NoteEditing(AnnotationStore *store, QUndoStack *stack, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_stack(stack)
{
    setObjectName(QStringLiteral("noteEditing"));
}

QUuid NoteEditing::addNote(const Span &span, const QString &text)
{
    if (!m_store || !m_store->isOpen() || span.isEmpty() || span.start < 0 ||
        span.end > m_store->document().text().size())
        return QUuid();
    const Annotation note = Annotation::onSpan(m_store->document(), span, text);
    m_stack->push(NoteCommand::add(m_store, note));
    return note.id;
}

QUuid NoteEditing::addArticleNote(const QString &text)
{
    if (!m_store || !m_store->isOpen())
        return QUuid();
    const Annotation note = Annotation::onArticle(text);
    m_stack->push(NoteCommand::add(m_store, note));
    return note.id;
}

bool NoteEditing::pushEdit(const Annotation &after, const QString &what, int kind)
{
    NoteCommand *cmd = NoteCommand::edit(m_store, after, what, NoteCommand::Kind(kind));
    if (!cmd)
        return false;
    m_stack->push(cmd);
    return true;
}

bool NoteEditing::setText(const QUuid &id, const QString &text)
{
    const Annotation *a = m_store ? m_store->annotation(id) : nullptr;
    if (!a || a->text == text)
        return false;
    Annotation after = *a;
    after.text = text;
    return pushEdit(after, QCoreApplication::translate("gloss::NoteLayer", "Edit Note"),
                    NoteCommand::EditText);
}

bool NoteEditing::setColor(const QUuid &id, const QString &color)
{
    const Annotation *a = m_store ? m_store->annotation(id) : nullptr;
    const QString c = Annotation::normalizedColor(color);
    if (!a || c.isEmpty() || a->color == c)
        return false;
    Annotation after = *a;
    after.color = c;
    return pushEdit(after,
                    QCoreApplication::translate("gloss::NoteLayer", "Note Colour: %1")
                        .arg(noteStyle::displayName(c)),
                    NoteCommand::Other);
}

bool NoteEditing::setTags(const QUuid &id, const QStringList &tags)
{
    const Annotation *a = m_store ? m_store->annotation(id) : nullptr;
    const QStringList t = Annotation::normalizedTags(tags);
    if (!a || a->tags == t)
        return false;
    Annotation after = *a;
    after.tags = t;
    return pushEdit(after, QCoreApplication::translate("gloss::NoteLayer", "Note Tags"),
                    NoteCommand::Other);
}

int NoteEditing::remove(const QList<QUuid> &ids)
{
    if (!m_store)
        return 0;
    QList<Annotation> notes;
    QSet<QUuid> seen; // (a note named twice is deleted once)
    for (const QUuid &id : ids) {
        const Annotation *a = m_store->annotation(id);
        if (a && !seen.contains(id)) {
            seen.insert(id);
            notes.append(*a);
        }
    }
    if (notes.isEmpty())
        return 0;
    m_stack->push(NoteCommand::remove(m_store, notes));
    return int(notes.size());
}

int NoteEditing::applyImport(const NoteImport::Result &result)
{
    if (!m_store)
        return 0;
    QList<NoteCommand::Change> changes;
    for (const Annotation &a : result.added)
        changes.append({a.id, std::nullopt, a});
    for (const Annotation &a : result.updated) {
        const Annotation *before = m_store->annotation(a.id);
        changes.append({a.id, before ? std::optional<Annotation>(*before) : std::nullopt, a});
    }
    if (changes.isEmpty())
        return 0;
    const int n = int(changes.size());
    m_stack->push(new NoteCommand(
        m_store, QCoreApplication::translate("gloss::NoteLayer", "Import %n Note(s)", nullptr, n),
        std::move(changes)));
    return n;
}

} // namespace gloss
