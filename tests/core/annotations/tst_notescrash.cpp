#include "annotations/AnnotationStore.h"
#include "io/Loader.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gloss;

/**
 * Kills a process that saves notes over and over (kill -9, at random moments of its saving)
 * and checks after every kill that the store holds the notes of the last completed save or of
 * the one under way: never a damaged, empty or half-written file.
 */
class tst_NotesCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killWhileSaving_data();
    void killWhileSaving();
};

void tst_NotesCrash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_NotesCrash::killWhileSaving_data()
{
    QTest::addColumn<int>("kills");
    QTest::addColumn<int>("startingNotes");
    QTest::newRow("200 kills, 100 notes (about 70 kB a save)") << 200 << 100;
    QTest::newRow("3 kills, 5,000 notes (about 3 MB a save)") << 3 << 5000;
}

void tst_NotesCrash::killWhileSaving()
{
    QFETCH(int, kills);
    QFETCH(int, startingNotes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString article = dir.filePath(QStringLiteral("article.txt"));
    QVERIFY(QFile::copy(QStringLiteral(":/org.gloss/data/sample-article.txt"), article));
    AnnotationStore::setDefaultDataDir(dir.filePath(QStringLiteral("data")));
    const Loader::Result loaded = Loader::loadFile(article);
    QVERIFY(loaded.ok());
    const Document &doc = *loaded.document;
    {
        AnnotationStore seed;
        seed.open(doc);
        for (int i = 0; i < startingNotes; ++i) {
            const qsizetype at = (i * 131) % (doc.text().size() - 20);
            seed.add(Annotation::onSpan(doc, Span{at, at + 10}, QStringLiteral("seed %1").arg(i)));
        }
        QVERIFY(seed.save());
    }

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator rng(seed);
    qsizetype expected = startingNotes;
    int newFile = 0;
    QElapsedTimer clock;
    clock.start();
    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.start(QCoreApplication::applicationDirPath() + QStringLiteral("/notes_writer"),
                     {dir.filePath(QStringLiteral("data")), article});
        QVERIFY(writer.waitForStarted());
        // once it is saving (the first save done), kill it at a random moment
        QVERIFY2(writer.waitForReadyRead(20000), "the writer never saved");
        QThread::usleep(rng.bounded(0, 60000));
        writer.kill();
        QVERIFY(writer.waitForFinished());
        const QList<QByteArray> lines = writer.readAllStandardOutput().trimmed().split('\n');
        const qsizetype lastSaved = lines.last().toLongLong();
        QVERIFY(lastSaved > expected);

        AnnotationStore check;
        QVERIFY2(check.open(doc), qPrintable(check.problems().join(u'\n')));
        const qsizetype found = check.annotations().size();
        // the old file or the new one, nothing in between
        QVERIFY2(found == lastSaved || found == lastSaved + 1,
                 qPrintable(QStringLiteral("round %1: %2 notes, last save had %3")
                                .arg(round)
                                .arg(found)
                                .arg(lastSaved)));
        newFile += found == lastSaved + 1 ? 1 : 0;
        expected = found;
    }
    const QStringList leftovers =
        QDir(dir.filePath(QStringLiteral("data/notes"))).entryList(QDir::Files);
    qInfo("%d kills in %lld ms: %d found the save under way complete, %d the one before; "
          "%lld notes at the end; files in the notes folder: %s",
          kills, static_cast<long long>(clock.elapsed()), newFile, kills - newFile,
          static_cast<long long>(expected), qPrintable(leftovers.join(u' ')));
}

QTEST_GUILESS_MAIN(tst_NotesCrash)
#include "tst_notescrash.moc"
