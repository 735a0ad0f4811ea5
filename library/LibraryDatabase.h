#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace gloss::library {

/**
 * @brief The library's SQLite file: opened, created, migrated, checked.
 *
 * One file, `DATA/library/library.sqlite` (DATA: AnnotationStore::defaultDataDir(), so
 * `GLOSS_DATA_DIR` and `--data-dir` apply), in WAL mode. The database is an index: the texts
 * are files (LibraryTexts) and the notes stay in their notes files, so a database that is lost
 * or damaged is rebuilt from them (LibraryImporter::rebuild()).
 *
 * Each object is one Qt SQL connection, for the thread that opened it (SQLite connections are
 * not shared between threads): the importer's writer opens its own.
 *
 * open() fails with a clear message (error()) when the file is locked by another program, is
 * from a newer Gloss (schema version above Schema::kVersion: never touched), or cannot be
 * created (a read-only folder). A file that is not a database or is damaged is renamed aside to
 * `library.sqlite.broken-<UTC time>` and a new, empty one made: wasRecreated() then says that
 * the caller should rebuild it from the files.
 */
class LibraryDatabase
{
public:
    enum class Status { Closed, Ok, ReadOnly, Locked, NewerSchema, CannotOpen };

    /** A database in @p folder (by default defaultFolder()). */
    explicit LibraryDatabase(QString folder = QString());
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    /** `DATA/library`. */
    static QString defaultFolder();
    static QString fileName() { return QStringLiteral("library.sqlite"); }

    const QString &folder() const { return m_folder; }
    QString filePath() const;

    /**
     * Opens (creating and migrating as needed). False with error() when the library cannot be
     * used. A folder or file that cannot be written is opened read-only when the database is
     * there and current (status() ReadOnly: searching works, adding does not).
     */
    bool open();
    void close();
    bool isOpen() const { return m_status == Status::Ok || m_status == Status::ReadOnly; }
    bool isReadOnly() const { return m_status == Status::ReadOnly; }
    Status status() const { return m_status; }
    /** Why open() or the last operation failed, a sentence for the user. */
    const QString &error() const { return m_error; }
    /** The database was damaged, kept aside (movedAside()) and made anew: rebuild it. */
    bool wasRecreated() const { return m_recreated; }
    const QString &movedAside() const { return m_movedAside; }
    /** The schema version of the file as found (0 for a new file). */
    int foundVersion() const { return m_foundVersion; }

    /** The connection (valid while open). */
    QSqlDatabase connection() const;

    /** `PRAGMA integrity_check`: empty when sound, else what SQLite found. */
    QStringList integrityCheck();

    /**
     * Closes and renames the database aside to `NAME.broken-<UTC time>` (with its WAL files);
     * returns the new name, or empty (with error()) when it could not be moved.
     */
    QString moveAside();

    /** Begins, commits, rolls back a transaction; false with error() on failure. */
    bool begin();
    bool commit();
    void rollback();

    /** A sentence for the user about a failed statement (locked, read-only, full, …). */
    static QString describe(const class QSqlError &error);

private:
    bool openConnection(bool readOnly);
    bool migrate();
    bool fail(Status status, const QString &message);

    QString m_folder;
    QString m_connection;
    Status m_status = Status::Closed;
    QString m_error;
    QString m_movedAside;
    bool m_recreated = false;
    int m_foundVersion = 0;
};

} // namespace gloss::library
