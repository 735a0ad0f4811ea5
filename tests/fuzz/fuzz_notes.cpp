// Fuzzes the notes-store parser: AnnotationJson::collectionFromBytes (whole files, damaged files
// read note by note) and, on disk, AnnotationStore::open on a notes file holding the input.
// Promises checked: every note read has an id and no two share one; saving what was read and
// reading it back keeps every note (and is stable after one round); the store keeps every note
// it could read, never overwrites a file it could not read cleanly (it is kept aside byte for
// byte) and saves the readable notes to a clean file.
#include "FuzzCommon.h"

#include "annotations/AnnotationJson.h"
#include "annotations/AnnotationStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

using namespace gloss;

namespace {

const QString kSource = QStringLiteral("/fuzz/article.txt");

void checkNotes(const QList<Annotation> &notes)
{
    QSet<QUuid> ids;
    for (const Annotation &a : notes) {
        GLOSS_FUZZ_CHECK(!a.id.isNull());
        GLOSS_FUZZ_CHECK(!ids.contains(a.id));
        ids.insert(a.id);
        GLOSS_FUZZ_CHECK(!a.position.isValid() || a.position.end >= a.position.start);
        GLOSS_FUZZ_CHECK(!a.isArticleNote() || !a.position.isValid());
        GLOSS_FUZZ_CHECK(a.color.isEmpty() || Annotation::normalizedColor(a.color) == a.color);
        GLOSS_FUZZ_CHECK(Annotation::normalizedTags(a.tags) == a.tags);
    }
}

QList<QUuid> idsOf(const QList<Annotation> &notes)
{
    QList<QUuid> out;
    for (const Annotation &a : notes)
        out.append(a.id);
    return out;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** The input as the notes file of a fixed article, opened by a store. */
void checkStore(const QByteArray &bytes, const AnnotationJson::Collection &parsed)
{
    // in memory when there is a tmpfs (a save syncs to disk: slow on a real one)
    static const QString base =
        QFileInfo(QStringLiteral("/dev/shm")).isWritable() ? QStringLiteral("/dev/shm")
                                                           : QDir::tempPath();
    static QTemporaryDir dir(base + QStringLiteral("/gloss-fuzz-notes-XXXXXX"));
    static const Document doc(QStringLiteral("Fuzz town (Wire) - \u201CWe will see,\u201D she "
                                             "said.\n\nThe end."),
                              kSource);
    GLOSS_FUZZ_CHECK(dir.isValid());
    const QString notes = dir.filePath(QStringLiteral("notes"));
    QDir(notes).removeRecursively();
    GLOSS_FUZZ_CHECK(QDir().mkpath(notes));
    const QString path = notes + u'/' + QString::fromLatin1(doc.sha256()) + u".json";
    {
        QFile f(path);
        GLOSS_FUZZ_CHECK(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }
    AnnotationStore store;
    store.setDataDir(dir.path());
    const bool clean = store.open(doc);
    GLOSS_FUZZ_CHECK(clean == parsed.problems.isEmpty());
    GLOSS_FUZZ_CHECK(clean || !store.problems().isEmpty());
    GLOSS_FUZZ_CHECK(idsOf(store.annotations()) == idsOf(parsed.annotations));
    const QStringList aside = QDir(notes).entryList({QStringLiteral("*.broken-*")}, QDir::Files);
    if (clean) {
        GLOSS_FUZZ_CHECK(aside.isEmpty());
        GLOSS_FUZZ_CHECK(readAll(path) == bytes); // a clean file is not rewritten on open
    } else {
        GLOSS_FUZZ_CHECK(aside.size() == 1);
        GLOSS_FUZZ_CHECK(readAll(notes + u'/' + aside.first()) == bytes);
        GLOSS_FUZZ_CHECK(QFile::exists(path) == !parsed.annotations.isEmpty());
        if (!parsed.annotations.isEmpty()) {
            const AnnotationJson::Collection saved =
                AnnotationJson::collectionFromBytes(readAll(path));
            GLOSS_FUZZ_CHECK(saved.problems.isEmpty());
            GLOSS_FUZZ_CHECK(idsOf(saved.annotations) == idsOf(parsed.annotations));
        }
    }
    store.close();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // AnnotationStore is a QObject with a timer
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const AnnotationJson::Collection parsed = AnnotationJson::collectionFromBytes(bytes);
    checkNotes(parsed.annotations);
    GLOSS_FUZZ_CHECK(!parsed.problems.isEmpty() || parsed.wellFormed);

    // What was read survives a save and a read, note for note; after one round it is stable.
    const QByteArray once =
        AnnotationJson::collectionToBytes(parsed.annotations, kSource, QByteArrayLiteral("ab"));
    const AnnotationJson::Collection again = AnnotationJson::collectionFromBytes(once);
    GLOSS_FUZZ_CHECK(again.problems.isEmpty() && again.wellFormed);
    GLOSS_FUZZ_CHECK(again.source == kSource);
    GLOSS_FUZZ_CHECK(idsOf(again.annotations) == idsOf(parsed.annotations));
    const QByteArray twice =
        AnnotationJson::collectionToBytes(again.annotations, kSource, QByteArrayLiteral("ab"));
    if (twice != once) {
        qsizetype at = 0;
        while (at < once.size() && at < twice.size() && once[at] == twice[at])
            ++at;
        std::fprintf(stderr, "saved once: ...%s...\nsaved twice: ...%s...\n",
                     once.mid(std::max<qsizetype>(0, at - 80), 160).constData(),
                     twice.mid(std::max<qsizetype>(0, at - 80), 160).constData());
    }
    GLOSS_FUZZ_CHECK(twice == once);

    // On disk for one input in four (by size: reproducible), as it is 20 times slower.
    if (size % 4 == 0)
        checkStore(bytes, parsed);
    return 0;
}
