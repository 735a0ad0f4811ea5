// Test helper for tst_notescrash: saves the notes of an article again and again, printing the
// number of notes after each completed save, until it is killed.
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    gloss::AnnotationStore::setDefaultDataDir(args.at(1));
    const gloss::Loader::Result loaded = gloss::Loader::loadFile(args.at(2));
    if (!loaded.ok())
        return 2;
    const gloss::Document &doc = *loaded.document;
    gloss::AnnotationStore store;
    store.open(doc);
    if (!store.problems().isEmpty())
        return 3;
    const qsizetype n = doc.text().size();
    for (qsizetype i = store.annotations().size(); i < 1000000; ++i) {
        const qsizetype at = (i * 7919) % (n - 16);
        store.add(gloss::Annotation::onSpan(doc, gloss::Span{at, at + 12},
                                            QStringLiteral("note %1").arg(i)));
        if (!store.save())
            return 4;
        std::printf("%lld\n", static_cast<long long>(store.annotations().size()));
        std::fflush(stdout);
    }
    return 0;
}
