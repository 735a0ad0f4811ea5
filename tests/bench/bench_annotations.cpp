// Benchmarks of the notes: adding, loading and re-anchoring with 5,000 notes on an article.
// Bars (issue 5): add < 16 ms, load < 200 ms, re-anchor on a changed 1 MB article < 1 s.
#include "annotations/Anchorer.h"
#include "annotations/AnnotationJson.h"
#include "annotations/AnnotationStore.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;

namespace {

/** A deterministic article of about @p size characters: paragraphs of made-up sentences. */
QString makeArticle(qsizetype size)
{
    QRandomGenerator rng(42);
    static const char *syllables[] = {
        "ka",  "lo",   "mer", "an",  "ti",  "port", "sea", "wall", "gov", "ern",  "ment", "coun",
        "cil", "flo",  "od",  "ri",  "ver", "na",   "tion", "al",  "pro", "ject", "ex",   "pert",
        "bu",  "dget", "sto", "rm",  "har", "bour", "min", "is",   "ter", "sa",   "id",   "wh",
        "en",  "we",   "be",  "lie", "ve",  "to",   "day", "yes",  "ter", "dur",  "ing",  "qu"};
    QStringList vocabulary;
    for (int i = 0; i < 3000; ++i) {
        QString w;
        const int n = 1 + int(rng.bounded(3));
        for (int k = 0; k < n; ++k)
            w += QLatin1StringView(syllables[rng.bounded(int(std::size(syllables)))]);
        vocabulary.append(w);
    }
    QString text = QStringLiteral("A long article for the benchmarks\n\n");
    while (text.size() < size) {
        const int sentences = 3 + int(rng.bounded(4));
        for (int s = 0; s < sentences; ++s) {
            const int words = 8 + int(rng.bounded(13));
            for (int w = 0; w < words; ++w) {
                QString word = vocabulary.at(int(rng.bounded(int(vocabulary.size()))));
                if (w == 0)
                    word[0] = word[0].toUpper();
                text += word;
                text += w + 1 < words ? QStringLiteral(" ") : QStringLiteral(". ");
            }
        }
        text.chop(1);
        text += QStringLiteral("\n\n");
    }
    return text;
}

/** @p count notes of 1 to 6 words spread evenly over the text. */
QList<Annotation> makeNotes(const Document &doc, int count)
{
    QList<Annotation> notes;
    const QString &t = doc.text();
    for (int i = 0; i < count; ++i) {
        qsizetype s = (qsizetype(i) * 2 + 1) * t.size() / (2 * qsizetype(count));
        while (s < t.size() && t.at(s).isLetter())
            ++s;
        while (s < t.size() && !t.at(s).isLetter())
            ++s;
        qsizetype e = s;
        for (int w = 0; w <= i % 6 && e < t.size(); ++w) {
            while (e < t.size() && t.at(e).isLetter())
                ++e;
            if (w < i % 6 && e + 1 < t.size() && t.at(e) == u' ' && t.at(e + 1).isLetter())
                ++e;
            else
                break;
        }
        notes.append(Annotation::onSpan(doc, Span{s, e}, QStringLiteral("note %1").arg(i)));
    }
    return notes;
}

/** The article after an update: a paragraph on top, typos fixed, paragraphs removed. */
QString changed(QString text)
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 300; ++i) { // 300 one-letter changes
        const qsizetype at = 100 + rng.bounded(int(text.size() - 200));
        if (text.at(at).isLetter() && text.at(at + 1).isLetter())
            std::swap(text[at], text[at + 1]);
    }
    for (int i = 0; i < 20; ++i) { // 20 paragraphs removed
        const qsizetype at = text.indexOf(QStringLiteral("\n\n"), 1000 + i * (text.size() / 21));
        const qsizetype end = text.indexOf(QStringLiteral("\n\n"), at + 2);
        if (at > 0 && end > at)
            text.remove(at, end - at);
    }
    return QStringLiteral("Update: a paragraph added on top of the story for the readers.\n\n")
           + text;
}

} // namespace

class bench_Annotations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addNote();
    void addNoteAndSave();
    void loadStore();
    void parseNotesFile_data();
    void parseNotesFile();
    void reanchorChangedArticle();

private:
    QTemporaryDir m_dir;
    std::optional<Document> m_doc;
};

void bench_Annotations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AnnotationStore::setDefaultDataDir(m_dir.path());
    m_doc.emplace(makeArticle(1024 * 1024), m_dir.filePath(QStringLiteral("long.txt")));
    AnnotationStore store;
    store.open(*m_doc);
    for (const Annotation &a : makeNotes(*m_doc, 5000))
        store.add(a);
    QVERIFY(store.save());
    qInfo("article: %lld characters; notes file: %lld bytes",
          static_cast<long long>(m_doc->text().size()),
          static_cast<long long>(QFileInfo(store.filePath()).size()));
}

void bench_Annotations::addNote()
{
    AnnotationStore store;
    store.open(*m_doc);
    QCOMPARE(store.annotations().size(), 5000);
    qsizetype at = 1000;
    QBENCHMARK {
        at = (at + 7919) % (m_doc->text().size() - 50);
        store.add(Annotation::onSpan(*m_doc, Span{at, at + 20}, QStringLiteral("new")));
    }
    // the save (debounced in the window) is measured in addNoteAndSave
    while (store.annotations().size() > 5000)
        store.remove(store.annotations().last().id);
}

void bench_Annotations::addNoteAndSave()
{
    AnnotationStore store;
    store.open(*m_doc);
    QCOMPARE(store.annotations().size(), 5000);
    QList<QUuid> added;
    qsizetype at = 1000;
    QBENCHMARK {
        at = (at + 7919) % (m_doc->text().size() - 50);
        const Annotation a = Annotation::onSpan(*m_doc, Span{at, at + 20}, QStringLiteral("new"));
        added.append(a.id);
        store.add(a);
        QVERIFY(store.save());
    }
    for (const QUuid &id : std::as_const(added))
        store.remove(id);
    QVERIFY(store.save());
}

void bench_Annotations::loadStore()
{
    QBENCHMARK {
        AnnotationStore store;
        store.open(*m_doc);
        QCOMPARE(store.annotations().size(), 5000);
    }
}

void bench_Annotations::parseNotesFile()
{
    AnnotationStore store;
    store.open(*m_doc);
    QFile file(store.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QFETCH(bool, jsonOnly);
    if (jsonOnly) { // the floor: Qt's JSON parser alone
        QBENCHMARK {
            QVERIFY(QJsonDocument::fromJson(bytes).isObject());
        }
        return;
    }
    QBENCHMARK {
        const AnnotationJson::Collection c = AnnotationJson::collectionFromBytes(bytes);
        QCOMPARE(c.annotations.size(), 5000);
    }
}

void bench_Annotations::parseNotesFile_data()
{
    QTest::addColumn<bool>("jsonOnly");
    QTest::newRow("notes") << false;
    QTest::newRow("JSON parser only") << true;
}

void bench_Annotations::reanchorChangedArticle()
{
    const Document after(changed(m_doc->text()), m_doc->source());
    QList<Annotation> notes;
    {
        AnnotationStore store;
        store.open(*m_doc);
        notes = store.annotations();
    }
    int placed = 0, moved = 0, orphans = 0;
    QBENCHMARK {
        QList<Annotation> copy = notes;
        const Anchorer anchorer(after); // its index is built inside the measurement
        anchorer.anchorAll(copy, false);
        placed = moved = orphans = 0;
        for (const Annotation &a : std::as_const(copy)) {
            placed += a.state == AnchorState::Anchored;
            moved += a.state == AnchorState::Moved;
            orphans += a.state == AnchorState::Orphaned;
        }
    }
    qInfo("%d anchored, %d moved, %d orphaned of %lld", placed, moved, orphans,
          static_cast<long long>(notes.size()));
}

QTEST_GUILESS_MAIN(bench_Annotations)
#include "bench_annotations.moc"
