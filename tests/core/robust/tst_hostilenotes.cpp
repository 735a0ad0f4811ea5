// Hostile notes and files (issue 8): notes files that are not what they should be, a data
// folder that cannot be written, a full disk, and the article deleted or changed while its notes
// are open. For each: no crash, no hang, a clear message, and no note lost (what could not be
// read is kept aside byte for byte; what could not be saved stays in memory and is saved once
// the disk allows it). In process (AnnotationStore, as the window uses it) and end to end
// (`gloss notes`).
#include "HostileInputs.h"
#include "TestPaths.h"

#include "annotations/AnnotationJson.h"
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

using namespace gloss;
using hostile::kArticle;
using hostile::writeBytes;

namespace {

/** Wall time after which a step counts as a hang (pathological only, not a performance bar). */
constexpr qint64 kHangMs = 60 * 1000 * hostile::kSlowdown;

/** The article as edited later: a paragraph in front, a figure corrected. */
QByteArray editedArticle()
{
    QByteArray b = kArticle;
    b.replace("$4.5 million", "$4.7 million");
    return "Updated on Wednesday with the final cost.\n\n" + b;
}

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

using ChildSetup = std::function<void()>;

Run runGloss(const QStringList &args, const ChildSetup &setup = {}, const QString &tmp = {})
{
    QProcess p;
    if (setup)
        p.setChildProcessModifier(setup);
    if (!tmp.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), tmp);
        p.setProcessEnvironment(env);
    }
    p.start(gloss::test::glossBinary(), args);
    if (!p.waitForFinished(int(kHangMs)))
        return Run{-1, {}, QStringLiteral("gloss hangs")};
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
               p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Document load(const QString &path)
{
    const Loader::Result r = Loader::loadFile(path);
    return r.ok() ? *r.document : Document();
}

Annotation noteOn(const Document &doc, const char *words, const QString &text)
{
    const QString w = QString::fromUtf8(words);
    const qsizetype at = doc.text().indexOf(w);
    return Annotation::onSpan(doc, Span{at, at + w.size()}, text);
}

QStringList asideFiles(const QString &notesDir)
{
    return QDir(notesDir).entryList({QStringLiteral("*.broken-*")},
                                    QDir::AllEntries | QDir::System | QDir::Hidden);
}

/** A made-up note in the W3C form Gloss writes, with @p tags and a body of @p textSize. */
Annotation madeUpNote(int i, const Document &doc, qsizetype textSize = 16, int tags = 0)
{
    Annotation a = noteOn(doc, "old bridge", QString(textSize, u'n'));
    a.id = QUuid::createUuidV5(QUuid(), QString::number(i));
    for (int t = 0; t < tags; ++t)
        a.tags.append(QStringLiteral("t%1").arg(t));
    return a;
}

/** Notes in the file whose ids are @p ids (reading the file as the store would). */
qsizetype notesOnDisk(const QString &path)
{
    return AnnotationJson::collectionFromBytes(readBytes(path)).annotations.size();
}

/** Ids of `gloss notes list --format json`. */
QStringList listedIds(const Run &r)
{
    QStringList ids;
    const QJsonArray notes = QJsonDocument::fromJson(r.out).object().value(u"notes").toArray();
    for (const QJsonValue &v : notes)
        ids.append(v.toObject().value(u"id").toString());
    return ids;
}

bool isRoot()
{
    return geteuid() == 0;
}

/**
 * A private mount namespace for this test process (root only), so that the read-only and full
 * folders below are seen by this process and its children only, and vanish with it.
 */
bool privateMounts()
{
    static const bool ok = isRoot() && unshare(CLONE_NEWNS) == 0;
    return ok;
}

} // namespace

class tst_HostileNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void notesFile_data();
    void notesFile();
    void unsavable_data();
    void unsavable();
    void articleGoneOrChanged_data();
    void articleGoneOrChanged();

private:
    /** The article file, its notes with @p notes notes saved; returns the notes file's path. */
    QString prepare(int notes);
    QStringList dataArgs() const
    {
        return {QStringLiteral("--data-dir"), m_data};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_article;
    QString m_data;
    QString m_notes;
    QList<QUuid> m_ids;
};

void tst_HostileNotes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    std::signal(SIGXFSZ, SIG_IGN); // a write over the file size limit fails, it does not kill
}

void tst_HostileNotes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_article = m_dir->filePath(QStringLiteral("article.txt"));
    m_data = m_dir->filePath(QStringLiteral("data"));
    m_notes = m_data + QStringLiteral("/notes");
    m_ids.clear();
    QVERIFY(writeBytes(m_article, kArticle));
    AnnotationStore::setDefaultDataDir(m_data);
}

QString tst_HostileNotes::prepare(int notes)
{
    const Document doc = load(m_article);
    AnnotationStore store;
    store.open(doc);
    const char *words[] = {"old bridge", "a necessary step.", "said a baker"};
    for (int i = 0; i < notes; ++i) {
        const Annotation a = noteOn(doc, words[i % 3], QStringLiteral("note %1").arg(i));
        m_ids.append(a.id);
        store.add(a);
    }
    store.save();
    return store.filePath();
}

// ---------------------------------------------------------------------------------------------
// The notes file is not a clean notes file.

void tst_HostileNotes::notesFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("readable"); // notes shown afterwards; -1: all the file held
    QTest::addColumn<bool>("clean");   // read as it is, no message

    QTest::newRow("deeply nested JSON, 1,000,000 levels") << "nested" << 0 << false;
    QTest::newRow("deeply nested JSON inside one of three notes") << "nested note" << 2 << false;
    QTest::newRow("a note with 300,000 tags") << "tags" << 3 << true;
    // 30,000 under a sanitizer, where the 120,000 take minutes (linear, but 10x slower)
    const int many = hostile::kSlowdown > 1 ? 30000 : 120000;
    QTest::newRow("a damaged file of 120,000 notes") << "many damaged" << many - 1 << false;
    QTest::newRow("60 MB of notes (just under the limit)") << "60 MB" << -1 << true;
    QTest::newRow("200 MB of notes (over the limit)") << "200 MB" << 0 << false;
    QTest::newRow("symbolic link to another article's notes") << "symlink" << 0 << false;
    QTest::newRow("dangling symbolic link") << "dangling" << 0 << false;
    QTest::newRow("a folder") << "folder" << 0 << false;
    QTest::newRow("a named pipe") << "fifo" << 0 << false;
    QTest::newRow("the index is a folder") << "index folder" << 3 << false;
    QTest::newRow("the index is deeply nested JSON") << "index nested" << 3 << false;
}

void tst_HostileNotes::notesFile()
{
    QFETCH(QString, kind);
    QFETCH(int, readable);
    QFETCH(bool, clean);

    // Twice on the same hostile state: once with `gloss notes list`, once in process.
    for (const bool cli : {true, false}) {
        init();
        const QString path = prepare(3);
        const Document doc = load(m_article);
        const QByteArray good = readBytes(path);
        QByteArray bad;
        const QString index = m_notes + QStringLiteral("/index.json");
        if (kind == u"nested") {
            bad = QByteArray(1000000, '[') + QByteArray(1000000, ']');
        } else if (kind == u"nested note") {
            const qsizetype first = good.indexOf("\"value\":\"note 0\"");
            QVERIFY(first > 0);
            bad = good.left(first) + "\"value\":" + QByteArray(100000, '[')
                  + QByteArray(100000, ']') + good.mid(first + 16);
        } else if (kind == u"tags" || kind == u"60 MB") {
            QList<Annotation> notes = AnnotationJson::collectionFromBytes(good).annotations;
            if (kind == u"tags") {
                for (int t = 0; t < 300000; ++t)
                    notes[0].tags.append(QString::number(t));
            } else {
                for (int i = 0; i < 20000; ++i)
                    notes.append(madeUpNote(i, doc, 2500));
            }
            bad = AnnotationJson::collectionToBytes(notes, doc.source(), doc.sha256());
            QVERIFY(bad.size() < AnnotationStore::kMaxFileSize);
            if (readable < 0)
                readable = int(notes.size());
        } else if (kind == u"many damaged") {
            QList<Annotation> notes;
            for (int i = 0; i < readable + 1; ++i) {
                Annotation a = Annotation::onArticle(QStringLiteral("n"));
                a.id = QUuid::createUuidV5(QUuid(), QString::number(i));
                notes.append(a);
            }
            bad = AnnotationJson::collectionToBytes(notes, doc.source(), doc.sha256());
            bad.chop(bad.size() - bad.lastIndexOf("\"target\"")); // the last note cut off
            QVERIFY(bad.size() < AnnotationStore::kMaxFileSize);
        } else if (kind == u"200 MB") {
            QList<Annotation> notes;
            const QString text(1 << 20, u'n'); // one string shared by all notes
            for (int i = 0; i < 200; ++i) {
                Annotation a = madeUpNote(i, doc);
                a.text = text;
                notes.append(a);
            }
            bad = AnnotationJson::collectionToBytes(notes, doc.source(), doc.sha256());
            QVERIFY(bad.size() > 200LL * 1000 * 1000);
        }
        if (!bad.isEmpty()) {
            QVERIFY(writeBytes(path, bad));
        } else if (kind == u"symlink" || kind == u"dangling") {
            const QString target = kind == u"symlink" ? m_notes + QStringLiteral("/other.json")
                                                      : m_dir->filePath(QStringLiteral("gone"));
            if (kind == u"symlink")
                QVERIFY(writeBytes(target, good));
            QVERIFY(QFile::remove(path));
            QVERIFY(QFile::link(target, path));
        } else if (kind == u"folder") {
            QVERIFY(QFile::remove(path));
            QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        } else if (kind == u"fifo") {
            QVERIFY(QFile::remove(path));
            QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        } else if (kind == u"index folder" || kind == u"index nested") {
            // the article changed: its notes are found through the index only
            QVERIFY(writeBytes(m_article, editedArticle()));
            QVERIFY(QFile::remove(index));
            if (kind == u"index folder")
                QVERIFY(QDir().mkpath(index + QStringLiteral("/inside")));
            else
                QVERIFY(writeBytes(index, QByteArray(500000, '{')));
        }
        // the readable notes stay in (or are saved at once to) the file of the original text
        const QString opened = QString::fromLatin1(doc.sha256());
        QStringList asideBefore = asideFiles(m_notes);

        QElapsedTimer clock;
        clock.start();
        if (cli) {
            const Run r = runGloss(QStringList{QStringLiteral("notes"), QStringLiteral("list"),
                                            m_article, QStringLiteral("--format"),
                                            QStringLiteral("json")}
                                + dataArgs());
            QVERIFY2(clock.elapsed() < kHangMs, "gloss notes list hangs");
            QVERIFY2(r.code == 0, qPrintable(r.err));
            if (listedIds(r).size() != readable)
                qWarning("%s", qPrintable(r.err.left(1000)));
            QCOMPARE(listedIds(r).size(), readable);
            if (clean) {
                QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
            } else {
                QVERIFY2(r.err.startsWith(u"gloss: The notes"), qPrintable(r.err));
                QVERIFY2(r.err.contains(u"kept aside"), qPrintable(r.err));
            }
            qInfo("%s: gloss notes list in %lld ms: %s", qPrintable(kind), clock.elapsed(),
                  qPrintable(r.err.left(300).trimmed()));
        } else {
            AnnotationStore store;
            QSignalSpy problems(&store, &AnnotationStore::problemFound);
            const Document now = load(m_article);
            QCOMPARE(store.open(now), clean);
            QVERIFY2(clock.elapsed() < kHangMs, "opening the notes hangs");
            QCOMPARE(store.annotations().size(), readable);
            QCOMPARE(problems.size(), clean ? 0 : store.problems().size());
            for (const QString &p : store.problems())
                QVERIFY2(p.contains(u"notes") && p.size() > 30, qPrintable(p));
            qInfo("%s: opened in %lld ms: %s", qPrintable(kind), clock.elapsed(),
                  qPrintable(store.problems().join(u"; ").left(300)));
            // a second look finds the same notes, and no problem any more
            AnnotationStore again;
            QVERIFY2(again.open(now), qPrintable(again.problems().join(u"; ")));
            QCOMPARE(again.annotations().size(), readable);
        }
        // Whatever could not be read cleanly is kept aside as it was; nothing else is touched.
        const QStringList aside = asideFiles(m_notes);
        if (clean) {
            QVERIFY(aside.isEmpty());
            QCOMPARE(readBytes(path), bad);
            continue;
        }
        QCOMPARE(aside.size(), asideBefore.size() + 1);
        const QString kept = m_notes + u'/' + aside.first();
        if (kind == u"symlink" || kind == u"dangling") {
            QVERIFY(QFileInfo(kept).isSymLink());
            if (kind == u"symlink")
                QCOMPARE(readBytes(m_notes + QStringLiteral("/other.json")), good);
        } else if (kind == u"folder" || kind == u"index folder") {
            QVERIFY(QFileInfo(kept + QStringLiteral("/inside")).isDir());
        } else if (kind == u"fifo") {
            QVERIFY(!QFileInfo(kept).isFile() && QFileInfo(kept).exists());
        } else if (kind == u"index nested") {
            QCOMPARE(readBytes(kept), QByteArray(500000, '{'));
        } else {
            QCOMPARE(QFileInfo(kept).size(), bad.size());
            QCOMPARE(readBytes(kept), bad);
        }
        // The readable notes are in a clean file again (under the text now open).
        const QString now = m_notes + u'/' + opened + QStringLiteral(".json");
        QCOMPARE(notesOnDisk(now), qsizetype(readable));
    }
}

// ---------------------------------------------------------------------------------------------
// The notes cannot be saved: they stay in memory, the user is told, and they are saved as soon
// as the disk allows.

void tst_HostileNotes::unsavable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("unwritable data folder") << "read-only";
    QTest::newRow("data folder cannot be made (a file in the way)") << "file in the way";
    QTest::newRow("notes folder is a file") << "notes is a file";
    QTest::newRow("full disk (16 KB file system)") << "full disk";
    QTest::newRow("full disk (file size limit, a write that fails)") << "size limit";
}

void tst_HostileNotes::unsavable()
{
    QFETCH(QString, kind);
    const bool fresh = kind == u"file in the way" || kind == u"notes is a file";
    const bool mounts = kind == u"read-only" || kind == u"full disk";
    if (mounts && isRoot() && !privateMounts())
        QSKIP("root without CAP_SYS_ADMIN: no private mount namespace for a read-only or full "
              "folder (permissions do not stop root)");
    if (kind == u"full disk" && !isRoot())
        QSKIP("a tiny file system needs root (the size-limit row covers a failing write)");

    if (kind == u"full disk") {
        QVERIFY(QDir().mkpath(m_data));
        QCOMPARE(mount("tmpfs", QFile::encodeName(m_data).constData(), "tmpfs", 0, "size=16k"),
                 0);
    }
    const QString path = fresh ? QString() : prepare(2);
    const QByteArray before = fresh ? QByteArray() : readBytes(path);
    const Document doc = load(m_article);
    // Sets the condition up, or (false) takes it away.
    rlim_t limit = RLIM_INFINITY;
    const auto condition = [&](bool on) {
        if (kind == u"read-only") {
            const QByteArray d = QFile::encodeName(m_data);
            if (isRoot()) {
                return on ? mount(d.constData(), d.constData(), nullptr, MS_BIND, nullptr) == 0
                                && mount(nullptr, d.constData(), nullptr,
                                         MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0
                          : umount(d.constData()) == 0;
            }
            const QString n = m_notes;
            return chmod(QFile::encodeName(n).constData(), on ? 0555 : 0755) == 0
                   && chmod(d.constData(), on ? 0555 : 0755) == 0;
        }
        if (kind == u"file in the way") {
            return on ? writeBytes(m_data, "in the way") : QFile::remove(m_data);
        }
        if (kind == u"notes is a file") {
            return on ? QDir().mkpath(m_data) && writeBytes(m_notes, "in the way")
                      : QFile::remove(m_notes);
        }
        if (kind == u"size limit") {
            limit = on ? rlim_t(before.size() + 512) : RLIM_INFINITY;
            return true;
        }
        return true; // full disk: freed by taking the big note's text out
    };
    const auto withLimit = [&](const std::function<void()> &f) {
        rlimit old{};
        getrlimit(RLIMIT_FSIZE, &old);
        rlimit now = old;
        now.rlim_cur = std::min(limit, old.rlim_max);
        setrlimit(RLIMIT_FSIZE, &now);
        f();
        setrlimit(RLIMIT_FSIZE, &old);
    };
    QVERIFY(condition(true));

    // End to end: `gloss notes add` fails with a message, and the notes file is untouched.
    const QString big(64 * 1024, u'x'); // more than the full disk holds
    const QString tmp = m_dir->filePath(QStringLiteral("tmp"));
    QVERIFY(QDir().mkpath(tmp));
    {
        const QByteArray l = QByteArray::number(qulonglong(limit));
        const Run r = runGloss(QStringList{QStringLiteral("notes"), QStringLiteral("add"),
                                        m_article, QStringLiteral("--text"), big}
                                + dataArgs(),
                            [l] {
                                rlimit old{};
                                getrlimit(RLIMIT_FSIZE, &old);
                                rlimit now = old;
                                now.rlim_cur = std::min(rlim_t(l.toULongLong()), old.rlim_max);
                                setrlimit(RLIMIT_FSIZE, &now);
                            },
                            tmp);
        QVERIFY2(r.code == 1, qPrintable(QString::number(r.code) + u' ' + r.err));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.startsWith(u"gloss: Cannot "), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"not saved") || r.err.contains(u"Cannot save the notes"),
                 qPrintable(r.err));
        qInfo("%s: gloss notes add: %s", qPrintable(kind), qPrintable(r.err.trimmed()));
        if (!fresh)
            QCOMPARE(readBytes(path), before);
        // On exit the unsaved notes go to the temporary folder (unless every write fails).
        const QStringList rescued =
            QDir(tmp).entryList({QStringLiteral("gloss-unsaved-notes-*.json")}, QDir::Files);
        if (kind == u"size limit") {
            QVERIFY2(rescued.isEmpty() && r.err.contains(u"could not be saved anywhere"),
                     qPrintable(r.err));
        } else {
            QCOMPARE(rescued.size(), 1);
            QVERIFY2(r.err.contains(rescued.first()), qPrintable(r.err));
            QCOMPARE(notesOnDisk(tmp + u'/' + rescued.first()), qsizetype(m_ids.size() + 1));
        }
        QCOMPARE(r.err.count(u"Cannot "), 1); // said once
    }

    // In process, as the window does: the note is kept, the save fails with a message.
    AnnotationStore store;
    QSignalSpy problems(&store, &AnnotationStore::problemFound);
    withLimit([&] { QVERIFY(store.open(doc)); });
    QCOMPARE(store.annotations().size(), qsizetype(m_ids.size()));
    Annotation added = noteOn(doc, "said a baker", big);
    store.add(added);
    bool saved = true;
    withLimit([&] { saved = store.save(); });
    QVERIFY(!saved);
    QVERIFY(store.hasUnsavedChanges());
    QVERIFY(!problems.isEmpty());
    const QString message = problems.last().at(0).toString();
    QVERIFY2(message.startsWith(u"Cannot ") && message.contains(QDir::toNativeSeparators(m_data)),
             qPrintable(message));
    QCOMPARE(store.annotations().size(), qsizetype(m_ids.size() + 1));
    if (!fresh)
        QCOMPARE(readBytes(path), before); // the old file is whole
    QVERIFY(asideFiles(m_notes).isEmpty());

    // The disk allows it again: the next save keeps every note.
    if (kind == u"full disk") {
        added.text = QStringLiteral("short now");
        QVERIFY(store.update(added));
    }
    QVERIFY(condition(false));
    QVERIFY(store.save());
    QVERIFY(!store.hasUnsavedChanges());
    store.close();
    AnnotationStore again;
    QVERIFY(again.open(doc));
    QCOMPARE(again.annotations().size(), qsizetype(m_ids.size() + 1));
    QVERIFY(again.annotation(added.id));
    for (const QUuid &id : std::as_const(m_ids))
        QVERIFY(again.annotation(id));
    again.close();
    if (kind == u"full disk")
        QCOMPARE(umount(QFile::encodeName(m_data).constData()), 0);
}

// ---------------------------------------------------------------------------------------------
// The article is deleted or changed while its notes are open (a window showing it).

void tst_HostileNotes::articleGoneOrChanged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("deleted") << "deleted";
    QTest::newRow("changed") << "changed";
    QTest::newRow("changed, and notes added on the new text too") << "changed both";
    QTest::newRow("emptied") << "emptied";
    QTest::newRow("replaced by random bytes") << "binary";
    QTest::newRow("replaced by a folder") << "folder";
}

void tst_HostileNotes::articleGoneOrChanged()
{
    QFETCH(QString, kind);
    prepare(2);
    const Document shown = load(m_article); // what the window shows
    AnnotationStore window;
    QVERIFY(window.open(shown));
    QCOMPARE(window.annotations().size(), 2);

    bool readable = true; // the file still holds an article afterwards
    if (kind == u"deleted") {
        QVERIFY(QFile::remove(m_article));
        readable = false;
    } else if (kind == u"changed" || kind == u"changed both") {
        QVERIFY(writeBytes(m_article, editedArticle()));
    } else if (kind == u"emptied") {
        QVERIFY(writeBytes(m_article, QByteArray())); // opens, every note an orphan
    } else if (kind == u"binary") {
        QByteArray junk(4096, '\0');
        for (qsizetype i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) & 0xff);
        QVERIFY(writeBytes(m_article, junk));
        readable = false;
    } else if (kind == u"folder") {
        QVERIFY(QFile::remove(m_article));
        QVERIFY(QDir().mkpath(m_article));
        readable = false;
    }
    QList<QUuid> ids = m_ids;
    if (kind == u"changed both") {
        // `gloss notes add` on the changed file, while the window still shows the old text
        const Run r = runGloss(QStringList{QStringLiteral("notes"), QStringLiteral("add"),
                                        m_article, QStringLiteral("--quote"),
                                        QStringLiteral("final cost"), QStringLiteral("--text"),
                                        QStringLiteral("from the CLI")}
                            + dataArgs());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        ids.append(QUuid::fromString(QString::fromUtf8(r.out.trimmed())));
        QVERIFY(!ids.last().isNull());
    }
    // The window goes on: a note added on the text it shows is saved.
    const Annotation late = noteOn(shown, "said a baker", QStringLiteral("added after"));
    window.add(late);
    QVERIFY2(window.save(), qPrintable(window.problems().join(u"; ")));
    ids.append(late.id);
    window.close();

    const QStringList list = QStringList{QStringLiteral("notes"), QStringLiteral("list"),
                                         m_article, QStringLiteral("--format"),
                                         QStringLiteral("json")}
                             + dataArgs();
    Run r = runGloss(list);
    if (!readable) {
        // The article cannot be read: a message naming it; the notes wait for it.
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"gloss: ") && r.err.contains(m_article), qPrintable(r.err));
        qInfo("%s: %s", qPrintable(kind), qPrintable(r.err.trimmed()));
        if (QFileInfo(m_article).isDir())
            QVERIFY(QDir(m_article).removeRecursively());
        QVERIFY(writeBytes(m_article, kArticle));
        r = runGloss(list);
    }
    // Every note is listed (re-anchored on a changed text), none lost.
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QStringList listed = listedIds(r);
    QStringList want;
    for (const QUuid &id : std::as_const(ids))
        want.append(id.toString(QUuid::WithoutBraces));
    listed.sort();
    want.sort();
    QCOMPARE(listed, want);
    // and the window, opened again on the text it showed, still has its notes
    AnnotationStore reopened;
    reopened.open(shown);
    for (const QUuid &id : std::as_const(m_ids))
        QVERIFY(reopened.annotation(id));
    QVERIFY(reopened.annotation(late.id));
}

QTEST_GUILESS_MAIN(tst_HostileNotes)
#include "tst_hostilenotes.moc"
