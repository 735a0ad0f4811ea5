// LibraryDatabase: creation, WAL, migrations from the first schema, damaged, newer and
// read-only files.
#include "LibraryDatabase.h"
#include "LibrarySchema.h"
#include "LibraryTestSupport.h"

#include <QDir>
#include <QMutex>
#include <QThread>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

#include <unistd.h>

using namespace gloss::library;
using namespace Qt::StringLiterals;

class TestLibraryDatabase : public QObject
{
    Q_OBJECT

private:
    static int pragma(LibraryDatabase &db, const QString &name)
    {
        QSqlQuery q(db.connection());
        return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0).toInt() : -1;
    }
    static QString text(LibraryDatabase &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }
    /** Makes a database of schema @p version with the migrations up to it, raw. */
    static void makeAtVersion(const QString &file, int version,
                              const QStringList &after = {})
    {
        const QString name = u"raw-%1"_s.arg(version);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (int v = 1; v <= version && v <= Schema::kVersion; ++v)
                for (const QString &s : Schema::migrations().at(v - 1))
                    QVERIFY2(q.exec(s), qPrintable(s));
            for (const QString &s : after)
                QVERIFY2(q.exec(s), qPrintable(s));
            QVERIFY(q.exec(u"PRAGMA user_version=%1"_s.arg(version)));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private Q_SLOTS:
    void createsCurrentSchemaInWalMode()
    {
        librarytest::Sandbox box;
        LibraryDatabase db(box.paths.folder());
        QVERIFY2(db.open(), qPrintable(db.error()));
        QCOMPARE(db.status(), LibraryDatabase::Status::Ok);
        QCOMPARE(db.foundVersion(), 0);
        QCOMPARE(pragma(db, u"user_version"_s), Schema::kVersion);
        QCOMPARE(text(db, u"PRAGMA journal_mode"_s), u"wal"_s);
        QVERIFY(db.integrityCheck().isEmpty());
        QVERIFY(QFile::exists(box.paths.folder() + u"/library.sqlite"_s));
        // opened again: nothing to migrate
        db.close();
        QVERIFY(db.open());
        QCOMPARE(db.foundVersion(), Schema::kVersion);
        QVERIFY(!db.wasRecreated());
    }

    void newLibraryOpenedByManyAtOnce_data()
    {
        QTest::addColumn<int>("connections");
        QTest::addRow("two") << 2;
        QTest::addRow("four") << 4;
    }
    void newLibraryOpenedByManyAtOnce()
    {
        // the window's view, the recorder and an import may all make a new library at once:
        // each finds no schema, one makes it, the others must take it as made (they failed with
        // "table articles already exists")
        QFETCH(int, connections);
        for (int round = 0; round < 10; ++round) {
            librarytest::Sandbox box;
            std::atomic<int> opened{0};
            QStringList errors;
            QMutex lock;
            QList<QThread *> threads;
            for (int i = 0; i < connections; ++i) {
                threads << QThread::create([&] {
                    LibraryDatabase db(box.paths.folder());
                    if (db.open()) {
                        ++opened;
                    } else {
                        const QMutexLocker locked(&lock);
                        errors << db.error();
                    }
                });
            }
            for (QThread *t : std::as_const(threads))
                t->start();
            for (QThread *t : std::as_const(threads)) {
                QVERIFY(t->wait(30000));
                delete t;
            }
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u"; "_s)));
            QCOMPARE(opened.load(), connections);
            LibraryDatabase db(box.paths.folder());
            QVERIFY(db.open());
            QCOMPARE(pragma(db, u"user_version"_s), Schema::kVersion);
            QVERIFY(db.integrityCheck().isEmpty());
        }
    }

    void migratesFromEachOlderVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Schema::kVersion; ++v)
            QTest::addRow("schema version %d", v) << v;
    }
    void migratesFromEachOlderVersion()
    {
        QFETCH(int, from);
        librarytest::Sandbox box;
        QDir().mkpath(box.paths.folder());
        const QString file = box.paths.folder() + u"/library.sqlite"_s;
        // an article and a quote as the first version stored them
        makeAtVersion(file, from,
                      {u"INSERT INTO articles(id, hash, path, title, added) VALUES "
                       "(7, 'abc', '/tmp/a.txt', 'An old article', 1700000000)"_s,
                       u"INSERT INTO people(id, key, name) VALUES (3, 'alder abernath', "
                       "'Alder Abernath')"_s,
                       u"INSERT INTO names(id, key, name, person) VALUES (5, 'alder abernath', "
                       "'Alder Abernath', 3)"_s,
                       u"INSERT INTO quotes(article, name, start, end, kind, text) VALUES "
                       "(7, 5, 10, 30, 0, 'the harbour needs dredging')"_s});
        LibraryDatabase db(box.paths.folder());
        QVERIFY2(db.open(), qPrintable(db.error()));
        QCOMPARE(db.foundVersion(), from);
        QCOMPARE(pragma(db, u"user_version"_s), Schema::kVersion);
        QVERIFY(!db.wasRecreated());
        QCOMPARE(text(db, u"SELECT title FROM articles WHERE id = 7"_s), u"An old article"_s);
        // what version 2 added is there and usable
        QCOMPARE(text(db, u"SELECT notes FROM articles WHERE id = 7"_s), u"0"_s);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"INSERT INTO notes(uuid, file, text, tags) VALUES ('u1', 'f', "
                       "'dredging matters', 'harbour')"_s));
        QCOMPARE(text(db, u"SELECT count(*) FROM notes_fts WHERE notes_fts MATCH 'dredging'"_s),
                 u"1"_s);
        // the old quote is still found by the full-text index
        QCOMPARE(text(db, u"SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'harbour'"_s),
                 u"1"_s);
        // version 3: the list's orders have their indexes (the site's now with the date)
        QCOMPARE(text(db, u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
                          "('articles_site', 'articles_notes', 'articles_added', "
                          "'articles_opened')"_s),
                 u"4"_s);
        QCOMPARE(text(db, u"SELECT count(*) FROM pragma_index_info('articles_site')"_s), u"2"_s);
        QCOMPARE(text(db, u"SELECT title FROM articles ORDER BY added LIMIT 1"_s),
                 u"An old article"_s);
        // the quotes' index has the speaker's name (names.id) beside the words, for the old
        // quote too; a quote deleted leaves it
        QCOMPARE(text(db, u"SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH "
                          "'text:harbour AND name:5'"_s),
                 u"1"_s);
        QVERIFY(q.exec(u"DELETE FROM quotes WHERE article = 7"_s));
        QCOMPARE(text(db, u"SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'name:5'"_s),
                 u"0"_s);
        QVERIFY(db.integrityCheck().isEmpty());
    }

    void eachListOrderIsReadFromAnIndex_data()
    {
        // the orders of LibraryCatalog (ArticleFilter::Sort), with and without a site filter
        QTest::addColumn<QString>("order");
        QTest::addColumn<QString>("where");
        const QStringList orders{
            u"published DESC, id DESC"_s,
            u"title COLLATE NOCASE, id"_s,
            u"site COLLATE NOCASE DESC, published DESC, id DESC"_s,
            u"notes DESC, published DESC, id DESC"_s,
            u"added, id"_s,
            u"opened DESC, id DESC"_s};
        for (const QString &order : orders)
            QTest::addRow("%s", qPrintable(order)) << order << QString();
        // one site, newest first (what the view shows when a site is chosen)
        QTest::addRow("one site, by date")
            << orders.first() << u"WHERE site = 'x' COLLATE NOCASE"_s;
    }
    void eachListOrderIsReadFromAnIndex()
    {
        QFETCH(QString, order);
        QFETCH(QString, where);
        librarytest::Sandbox box;
        LibraryDatabase db(box.paths.folder());
        QVERIFY(db.open());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"EXPLAIN QUERY PLAN SELECT id, title FROM articles "_s + where
                       + u" ORDER BY "_s + order + u" LIMIT 200"_s));
        QStringList plan;
        while (q.next())
            plan << q.value(3).toString();
        // a page is read in order from an index: nothing sorted
        QVERIFY2(!plan.join(u'\n').contains(u"TEMP B-TREE"_s), qPrintable(plan.join(u'\n')));
    }

    void damagedFileIsKeptAsideAndRemade_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("text, not a database") << QByteArray("these are not the bytes of a "
                                                            "SQLite database at all\n").repeated(50);
        QByteArray header("SQLite format 3");
        header.append('\0');
        header.append(QByteArray(4080, '\xff'));
        QTest::addRow("a header and garbage") << header;
        QTest::addRow("zeros") << QByteArray(8192, '\0').replace(0, 4, "junk");
    }
    void damagedFileIsKeptAsideAndRemade()
    {
        QFETCH(QByteArray, bytes);
        librarytest::Sandbox box;
        QDir().mkpath(box.paths.folder());
        const QString file = box.paths.folder() + u"/library.sqlite"_s;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        LibraryDatabase db(box.paths.folder());
        QVERIFY2(db.open(), qPrintable(db.error()));
        QVERIFY(db.wasRecreated());
        QVERIFY(db.movedAside().contains(u"library.sqlite.broken-"_s));
        QFile aside(db.movedAside());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), bytes); // kept as it was
        QCOMPARE(pragma(db, u"user_version"_s), Schema::kVersion);
        QVERIFY(db.integrityCheck().isEmpty());
    }

    void newerSchemaIsRefusedAndLeftAlone()
    {
        librarytest::Sandbox box;
        QDir().mkpath(box.paths.folder());
        const QString file = box.paths.folder() + u"/library.sqlite"_s;
        makeAtVersion(file, Schema::kVersion);
        {
            const QString name = u"bump"_s;
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(u"PRAGMA user_version=%1"_s.arg(Schema::kVersion + 5));
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        LibraryDatabase db(box.paths.folder());
        QVERIFY(!db.open());
        QCOMPARE(db.status(), LibraryDatabase::Status::NewerSchema);
        QVERIFY2(db.error().contains(u"newer Gloss"_s), qPrintable(db.error()));
        QVERIFY(db.error().contains(QString::number(Schema::kVersion + 5)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QCOMPARE(QDir(box.paths.folder()).entryList({u"*.broken-*"_s}).size(), 0);
    }

    void readOnlyFolder_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::addRow("no library yet") << false;
        QTest::addRow("a library there") << true;
    }
    void readOnlyFolder()
    {
        QFETCH(bool, existing);
        if (geteuid() == 0)
            QSKIP("running as root: permissions are not enforced");
        librarytest::Sandbox box;
        if (existing) {
            LibraryDatabase first(box.paths.folder());
            QVERIFY(first.open());
            QSqlQuery(first.connection()).exec(u"PRAGMA journal_mode=DELETE"_s);
        } else {
            QDir().mkpath(box.paths.folder());
        }
        QFile::setPermissions(box.paths.folder(), QFile::ReadOwner | QFile::ExeOwner);
        if (existing)
            QFile::setPermissions(box.paths.folder() + u"/library.sqlite"_s, QFile::ReadOwner);
        LibraryDatabase db(box.paths.folder());
        const bool opened = db.open();
        QFile::setPermissions(box.paths.folder(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (existing) {
            QVERIFY2(opened, qPrintable(db.error()));
            QVERIFY(db.isReadOnly());
            QVERIFY2(db.error().contains(u"read-only"_s), qPrintable(db.error()));
            // what is there can be read; adding is refused with the message
            QCOMPARE(pragma(db, u"user_version"_s), Schema::kVersion);
            const LibraryImporter::Report r =
                LibraryImporter::run(box.paths, {box.write(u"a.txt"_s, u"Some text."_s)});
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(u"read-only"_s), qPrintable(r.error));
        } else {
            QVERIFY(!opened);
            QCOMPARE(db.status(), LibraryDatabase::Status::CannotOpen);
            QVERIFY2(db.error().contains(u"read-only"_s), qPrintable(db.error()));
        }
    }

    void lockedLibraryIsAMessage()
    {
        librarytest::Sandbox box;
        LibraryDatabase holder(box.paths.folder());
        QVERIFY(holder.open());
        QVERIFY(holder.begin()); // another program writing, for longer than the busy timeout
        const LibraryImporter::Report r =
            LibraryImporter::run(box.paths, {box.write(u"a.txt"_s, u"Some text here."_s)});
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(u"locked by another program"_s), qPrintable(r.error));
        holder.rollback();
        // once it is done, adding works
        QCOMPARE(LibraryImporter::run(box.paths, {box.in()}).added, 1);
    }

    void moveAsideKeepsTheOldFile()
    {
        librarytest::Sandbox box;
        LibraryDatabase db(box.paths.folder());
        QVERIFY(db.open());
        const QString aside = db.moveAside();
        QVERIFY(!aside.isEmpty());
        QVERIFY(QFile::exists(aside));
        QVERIFY(!QFile::exists(db.filePath()));
        QVERIFY(db.open());
    }
};

QTEST_GUILESS_MAIN(TestLibraryDatabase)
#include "tst_librarydatabase.moc"
