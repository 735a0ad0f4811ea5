// LibraryImporter: adding files and folders, duplicates, changed files (and their notes),
// unreadable files, cancelling, a kill -9 in the middle, a rebuild from the files.
#include "ArticleGenerator.h"
#include "LibraryCatalog.h"
#include "LibraryDatabase.h"
#include "LibraryImporter.h"
#include "LibraryTestSupport.h"
#include "LibraryTexts.h"
#include "analysis/Analyzer.h"
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace gloss;
using namespace gloss::library;
using namespace Qt::StringLiterals;

namespace {

QString article(const QString &title, const QString &speaker, const QString &words)
{
    return title + u"\n\n"_s + u"The harbour board met on Monday to discuss the dredging plan. "_s
           + u"“%1,” %2 said.\n\nThe plan goes to a vote next month.\n"_s.arg(words, speaker);
}

qint64 scalar(LibraryDatabase &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

/** The child of killDuringImport(): imports the folder, saying after each batch. */
int childImport(const QString &dataDir, const QString &folder)
{
    const LibraryImporter::Report r = LibraryImporter::run(
        {dataDir}, {folder}, [](int done, int) {
            std::printf("committed %d\n", done);
            std::fflush(stdout);
        });
    return r.ok() ? 0 : 1;
}

} // namespace

class TestLibraryImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adds_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("asFolder");
        QTest::addColumn<int>("added");
        QTest::addRow("one text file") << QStringList{u"a.txt"_s} << false << 1;
        QTest::addRow("text, markdown and html files")
            << QStringList{u"a.txt"_s, u"b.md"_s, u"c.html"_s} << false << 3;
        QTest::addRow("a folder, recursively")
            << QStringList{u"a.txt"_s, u"sub/b.txt"_s, u"sub/deeper/c.md"_s} << true << 3;
        QTest::addRow("a folder: other files and hidden ones left out")
            << QStringList{u"a.txt"_s, u"picture.png"_s, u".hidden/b.txt"_s, u".c.txt"_s}
            << true << 1;
    }
    void adds()
    {
        QFETCH(QStringList, files);
        QFETCH(bool, asFolder);
        QFETCH(int, added);
        librarytest::Sandbox box;
        QStringList paths;
        int n = 0;
        for (const QString &name : files) {
            QString text = article(u"Headline %1"_s.arg(n), u"Alder Abernath"_s,
                                   u"We need the dredging %1 now"_s.arg(n));
            if (name.endsWith(u".html"_s))
                text = u"<html><head><title>Headline %1</title></head><body><article><p>"_s
                           .arg(n)
                       + text.toHtmlEscaped() + u"</p></article></body></html>"_s;
            paths << box.write(name, text);
            ++n;
        }
        const LibraryImporter::Report r = box.add(asFolder ? QStringList{box.in()} : paths);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.added, added);
        QCOMPARE(r.failed, 0);
        LibraryDatabase db(box.paths.folder());
        QVERIFY(db.open());
        LibraryCatalog catalog(db);
        const QList<ArticleEntry> list = catalog.articles();
        QCOMPARE(list.size(), added);
        const LibraryTexts texts(box.paths.texts());
        for (const ArticleEntry &a : list) {
            QVERIFY(!a.title.isEmpty());
            QVERIFY(a.quotes >= 1);
            QVERIFY(QFileInfo(a.path).isAbsolute());
            // the text is kept in its file, and is the file's text
            const auto entry = texts.read(a.hash);
            QVERIFY(entry.has_value());
            QCOMPARE(entry->document.sha256(), a.hash);
            QCOMPARE(Loader::loadFile(a.path).document->sha256(), a.hash);
        }
    }

    void theWindowsAnalysisIsUsed()
    {
        // The window gives the article it analysed (a 50 MB one took seconds): it is stored as
        // given, not analysed again. Here its quotes were taken away: none are stored, where
        // the document alone gives one.
        librarytest::Sandbox box;
        const Document given(article(u"Given"_s, u"Corin Calloway"_s, u"Keep the quay open"_s),
                             box.in() + u"/given.txt"_s);
        Article analysed = Analyzer::analyze(given);
        QVERIFY(!analysed.quotes.isEmpty());
        analysed.quotes.clear();
        analysed.claims.clear();
        const Document plain(article(u"Plain"_s, u"Corin Calloway"_s, u"Dredge it soon"_s),
                             box.in() + u"/plain.txt"_s);
        QVERIFY(LibraryImporter::runArticles(box.paths, {analysed}).ok());
        QVERIFY(LibraryImporter::runDocuments(box.paths, {plain}).ok());
        LibraryDatabase db(box.paths.folder());
        QVERIFY(db.open());
        LibraryCatalog catalog(db);
        const QList<ArticleEntry> list = catalog.articles();
        QCOMPARE(list.size(), 2);
        for (const ArticleEntry &a : list)
            QCOMPARE(a.quotes, a.hash == given.sha256() ? 0 : 1);
    }

    void duplicatesAndUnchanged()
    {
        librarytest::Sandbox box;
        const QString text = article(u"Same"_s, u"Brenna Brightwell"_s, u"Twice the same"_s);
        const QString a = box.write(u"a.txt"_s, text);
        const QString b = box.write(u"copy/b.txt"_s, text);
        LibraryImporter::Report r = box.add({a, b});
        QCOMPARE(r.added, 1);
        QCOMPARE(r.duplicates, 1);
        r = box.add({a});
        QCOMPARE(r.added, 0);
        QCOMPARE(r.unchanged, 1);
        r = box.add({box.in()});
        QCOMPARE(r.added, 0);
        QCOMPARE(r.unchanged + r.duplicates, 2);
        LibraryDatabase db(box.paths.folder());
        QVERIFY(db.open());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), 1);
    }

    void unreadableFilesAreReported_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addRow("binary bytes") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                             .repeated(64)
                                      << u"image.txt"_s;
        QTest::addRow("empty file") << QByteArray() << u"empty.txt"_s;
        QTest::addRow("no such file") << QByteArray() << QString();
    }
    void unreadableFilesAreReported()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        librarytest::Sandbox box;
        const QString good = box.write(u"good.txt"_s, article(u"Fine"_s, u"Caspin Corrigan"_s,
                                                              u"A readable text"_s));
        QString bad = box.dir.filePath(u"in/missing.txt"_s);
        if (!name.isEmpty()) {
            bad = box.write(name, QString());
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const LibraryImporter::Report r = box.add({bad, good});
        QVERIFY(r.ok());
        QCOMPARE(r.added, 1);
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().contains(QFileInfo(bad).fileName()),
                 qPrintable(r.problems.first()));
    }

    void changedFileIsAnalysedAgainAndNotesReanchor()
    {
        librarytest::Sandbox box;
        const QString path = box.write(u"a.txt"_s, article(u"Dredging"_s, u"Delmy Dunmore"_s,
                                                           u"The channel is too shallow"_s));
        QCOMPARE(box.add({path}).added, 1);
        // a note on "dredging plan", saved as the window saves it
        const Document first = *Loader::loadFile(QFileInfo(path).canonicalFilePath()).document;
        const qsizetype at = first.text().indexOf(u"dredging plan"_s);
        {
            AnnotationStore store;
            store.setDataDir(box.paths.dataDir);
            store.open(first);
            Annotation note = Annotation::onSpan(first, {at, at + 13}, u"check the cost"_s);
            note.tags = QStringList{u"harbour"_s};
            store.add(note);
            QVERIFY(store.save());
        }
        LibraryImporter::Report r = box.add({path});
        QCOMPARE(r.unchanged, 1);
        LibraryDatabase db(box.paths.folder());
        QVERIFY(db.open());
        const qint64 id = scalar(db, u"SELECT id FROM articles"_s);
        QCOMPARE(scalar(db, u"SELECT notes FROM articles"_s), 1);
        QCOMPARE(scalar(db, u"SELECT start FROM notes"_s), first.toCodePoint(at));

        // the file changes: a paragraph before, a second quote after
        const QString prefix = u"Updated at noon with new figures.\n\n"_s;
        QString changed = first.text();
        changed.insert(changed.indexOf(u"\n\n"_s) + 2, prefix);
        changed += u"\n“We will vote against it,” Evander Elsworth said.\n"_s;
        box.write(u"a.txt"_s, changed);
        r = box.add({path});
        QCOMPARE(r.updated, 1);
        QCOMPARE(r.added, 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), 1);
        QCOMPARE(scalar(db, u"SELECT id FROM articles"_s), id); // the same article
        QCOMPARE(scalar(db, u"SELECT quotes FROM articles"_s), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM quotes"_s), 2);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH "
                            "'shallow'"_s),
                 1);
        // the note follows its words into the new text
        const Document second = *Loader::loadFile(QFileInfo(path).canonicalFilePath()).document;
        const qsizetype now = second.text().indexOf(u"dredging plan"_s);
        QCOMPARE(scalar(db, u"SELECT start FROM notes"_s), second.toCodePoint(now));
        QCOMPARE(scalar(db, u"SELECT notes FROM articles"_s), 1);
        // as the window re-anchors it
        AnnotationStore store;
        store.setDataDir(box.paths.dataDir);
        store.open(second);
        QCOMPARE(store.annotations().size(), 1);
        QCOMPARE(store.annotations().first().span.start, now);
        QCOMPARE(store.annotations().first().state, AnchorState::Moved);
        // the old text went, the new one is kept
        const LibraryTexts texts(box.paths.texts());
        QVERIFY(!texts.read(first.sha256()).has_value());
        QVERIFY(texts.read(second.sha256()).has_value());
        QVERIFY(db.integrityCheck().isEmpty());
    }

    void backgroundImportReportsProgressAndCanBeCancelled()
    {
        librarytest::Sandbox box;
        gloss::testing::ArticleGenerator gen(7);
        for (int i = 0; i < 3 * LibraryImporter::kBatch; ++i)
            box.write(u"%1.txt"_s.arg(i, 4, 10, QChar(u'0')), gen.article(800));
        LibraryImporter importer(box.paths);
        QSignalSpy progress(&importer, &LibraryImporter::progress);
        QSignalSpy finished(&importer, &LibraryImporter::finished);
        // cancelled at the first batch written
        connect(&importer, &LibraryImporter::progress, &importer, &LibraryImporter::cancel);
        QVERIFY(importer.start({box.in()}));
        QVERIFY(!importer.start({box.in()})); // one at a time
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        const auto report = finished.first().first().value<LibraryImporter::Report>();
        QVERIFY(report.ok());
        QVERIFY(report.cancelled);
        QVERIFY(report.added >= LibraryImporter::kBatch);
        QVERIFY(report.added < 3 * LibraryImporter::kBatch);
        QVERIFY(progress.size() >= 1);
        LibraryDatabase db(box.paths.folder());
        QVERIFY(db.open());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), report.added);
        // going on later adds the rest
        const LibraryImporter::Report rest = box.add({box.in()});
        QCOMPARE(rest.added + report.added, 3 * LibraryImporter::kBatch);
    }

    void runningUntilItsReportIsDelivered()
    {
        librarytest::Sandbox box;
        gloss::testing::ArticleGenerator gen(11);
        box.write(u"one.txt"_s, gen.article(300));
        LibraryImporter importer(box.paths);
        QSignalSpy finished(&importer, &LibraryImporter::finished);
        QVERIFY(importer.start({box.in()}));
        importer.waitForFinished();
        // the work is done, its report not delivered yet: still running, a second start()
        // would take the place of the first one's report
        QVERIFY(importer.isRunning());
        QVERIFY(!importer.start({box.in()}));
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!importer.isRunning());
        QCOMPARE(finished.first().first().value<LibraryImporter::Report>().added, 1);
        // then the next one starts
        QVERIFY(importer.start({box.in()}));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.last().first().value<LibraryImporter::Report>().added, 0);
    }

    void killDuringImportKeepsWhatWasCommitted()
    {
        librarytest::Sandbox box;
        gloss::testing::ArticleGenerator gen(11);
        const int total = 12 * LibraryImporter::kBatch;
        for (int i = 0; i < total; ++i)
            box.write(u"%1.txt"_s.arg(i, 5, 10, QChar(u'0')), gen.article(1500));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GLOSS_TEST_IMPORT_CHILD"_s, box.paths.dataDir + u'\n' + box.in());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        // killed as soon as the first batch is committed, in the middle of the next
        QVERIFY(child.waitForReadyRead(120000));
        QVERIFY(child.readLine().startsWith("committed"));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        LibraryDatabase db(box.paths.folder());
        QVERIFY2(db.open(), qPrintable(db.error()));
        QVERIFY(!db.wasRecreated());
        QVERIFY(db.integrityCheck().isEmpty());
        const qint64 committed = scalar(db, u"SELECT count(*) FROM articles"_s);
        QVERIFY(committed >= LibraryImporter::kBatch);
        QVERIFY(committed < total);
        // whole batches only, each with its quotes and texts
        QCOMPARE(committed % LibraryImporter::kBatch, 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM articles WHERE quotes <> (SELECT count(*) "
                            "FROM quotes q WHERE q.article = articles.id)"_s),
                 0);
        const LibraryTexts texts(box.paths.texts());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT hash FROM articles"_s));
        while (q.next())
            QVERIFY(texts.read(q.value(0).toByteArray()).has_value());
        db.close();
        // the next import adds the rest, and nothing twice
        const LibraryImporter::Report r = box.add({box.in()});
        QVERIFY(r.ok());
        QCOMPARE(r.added + committed, total);
        QVERIFY(db.open());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), total);
    }

    void rebuildFromTextsAndNotes()
    {
        librarytest::Sandbox box;
        gloss::testing::ArticleGenerator gen(3);
        QStringList paths;
        for (int i = 0; i < 6; ++i)
            paths << box.write(u"%1.txt"_s.arg(i), gen.article(2000));
        QCOMPARE(box.add(paths).added, 6);
        // notes on two articles
        for (int i = 0; i < 2; ++i) {
            const Document doc =
                *Loader::loadFile(QFileInfo(paths.at(i)).canonicalFilePath()).document;
            AnnotationStore store;
            store.setDataDir(box.paths.dataDir);
            store.open(doc);
            Annotation note = Annotation::onSpan(doc, {0, 10}, u"note %1"_s.arg(i));
            note.tags = QStringList{u"followup"_s};
            store.add(note);
            QVERIFY(store.save());
        }
        box.add(paths); // the notes are indexed
        QString before;
        auto summary = [&box] {
            LibraryDatabase db(box.paths.folder());
            if (!db.open())
                return QString();
            QSqlQuery q(db.connection());
            q.exec(u"SELECT a.hash, a.path, a.title, a.added, a.quotes, a.notes, "
                   "(SELECT group_concat(text, '|') FROM notes WHERE article = a.id) "
                   "FROM articles a ORDER BY a.hash"_s);
            QString s;
            while (q.next())
                for (int c = 0; c < 7; ++c)
                    s += q.value(c).toString() + u';';
            return s;
        };
        before = summary();
        QVERIFY(before.contains(u"note 1"_s));
        // the database goes; the files stay
        const QString file = box.paths.folder() + u"/library.sqlite"_s;
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(file + suffix);
        const LibraryImporter::Report r = LibraryImporter::rebuild(box.paths);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.added, 6);
        QCOMPARE(r.notesFiles, 2);
        QCOMPARE(summary(), before);
        // a rebuild over an existing database keeps the old one aside
        const LibraryImporter::Report again = LibraryImporter::rebuild(box.paths);
        QVERIFY(again.ok());
        QVERIFY(QFile::exists(again.movedAside));
        QCOMPARE(summary(), before);
    }

    void damagedDatabaseIsRebuiltOnImport()
    {
        librarytest::Sandbox box;
        QCOMPARE(box.add({box.write(u"a.txt"_s, article(u"One"_s, u"Forella Fairholm"_s,
                                                        u"First words"_s))})
                     .added,
                 1);
        const QString file = box.paths.folder() + u"/library.sqlite"_s;
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s})
            QFile::remove(file + suffix);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(5000, 'x'));
        f.close();
        const LibraryImporter::Report r = box.add(
            {box.write(u"b.txt"_s, article(u"Two"_s, u"Gorwin Greystock"_s, u"Second words"_s))});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.movedAside.contains(u".broken-"_s));
        QCOMPARE(r.added, 1);
        LibraryDatabase db(box.paths.folder());
        QVERIFY(db.open());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM articles"_s), 2); // the first came back
    }
};

int main(int argc, char **argv)
{
    const QByteArray child = qgetenv("GLOSS_TEST_IMPORT_CHILD");
    if (!child.isEmpty()) {
        QCoreApplication app(argc, argv);
        const QStringList parts = QString::fromLocal8Bit(child).split(u'\n');
        return childImport(parts.value(0), parts.value(1));
    }
    QCoreApplication app(argc, argv);
    TestLibraryImporter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_libraryimporter.moc"
