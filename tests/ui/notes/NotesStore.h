#pragma once
// Shared by the Notes tab tests: a store of its own (in a folder of its own) on a document,
// and the model of its notes.

#include "annotations/AnnotationStore.h"
#include "notes/NotesModel.h"

#include <QTemporaryDir>

namespace gloss::test {

struct NotesStore
{
    explicit NotesStore(const Document &document, const QList<Annotation> &notes = {})
    {
        store.setDataDir(dir.path());
        store.open(document);
        for (const Annotation &a : notes)
            store.add(a);
    }

    const Annotation &note(const QUuid &id) const { return *store.annotation(id); }

    QTemporaryDir dir;
    AnnotationStore store;
    NotesModel model{&store};
};

} // namespace gloss::test
