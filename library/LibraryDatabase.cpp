#include "LibraryDatabase.h"

#include "LibrarySchema.h"
#include "annotations/AnnotationStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace gloss::library {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::library::LibraryDatabase", text);
}

// SQLite's primary result codes, as Qt's driver reports them (QSqlError::nativeErrorCode)
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCantOpen = 14;
constexpr int kNotADb = 26;

int codeOf(const QSqlError &e)
{
    return e.nativeErrorCode().toInt() & 0xff;
}

bool isDamage(const QSqlError &e)
{
    const int code = codeOf(e);
    return code == kCorrupt || code == kNotADb;
}

bool isBusy(const QSqlError &e)
{
    const int code = codeOf(e);
    return code == kBusy || code == kLocked;
}

} // namespace

LibraryDatabase::LibraryDatabase(QString folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : std::move(folder))
{
    static std::atomic_int counter{0};
    m_connection = QStringLiteral("gloss-library-%1").arg(++counter);
}

LibraryDatabase::~LibraryDatabase()
{
    close();
}

QString LibraryDatabase::defaultFolder()
{
    return QDir(AnnotationStore::defaultDataDir()).filePath(QStringLiteral("library"));
}

QString LibraryDatabase::filePath() const
{
    return QDir(m_folder).filePath(fileName());
}

QSqlDatabase LibraryDatabase::connection() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool LibraryDatabase::fail(Status status, const QString &message)
{
    close();
    m_status = status;
    m_error = message;
    return false;
}

QString LibraryDatabase::describe(const QSqlError &error)
{
    switch (codeOf(error)) {
    case kBusy:
    case kLocked:
        return tr("The library is locked by another program (another Gloss adding articles?). "
                  "Try again when it has finished.");
    case kReadOnly:
        return tr("The library is on a read-only disk or folder: nothing can be added.");
    case kFull:
        return tr("The disk is full: the library cannot grow.");
    case kCorrupt:
    case kNotADb:
        return tr("The library file is damaged (run gloss library check --rebuild).");
    case kCantOpen:
        return tr("The library file cannot be opened: %1").arg(error.databaseText());
    default:
        return error.text();
    }
}

bool LibraryDatabase::openConnection(bool readOnly)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Status::CannotOpen,
                    tr("Qt's SQLite driver is not installed (Debian: libqt6sql6-sqlite); the "
                       "library cannot be opened."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(filePath());
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (!db.open())
        return fail(Status::CannotOpen, describe(db.lastError()));
    m_status = readOnly ? Status::ReadOnly : Status::Ok;
    return true;
}

bool LibraryDatabase::open()
{
    close();
    m_error.clear();
    m_recreated = false;
    m_movedAside.clear();
    const QFileInfo file(filePath());
    if (!QDir().mkpath(m_folder))
        return fail(Status::CannotOpen, tr("Cannot create the library folder %1 (read-only?).")
                                            .arg(QDir::toNativeSeparators(m_folder)));
    const bool writable = QFileInfo(m_folder).isWritable()
                          && (!file.exists() || file.isWritable());
    if (!writable && !file.exists())
        return fail(Status::CannotOpen, tr("The library folder %1 is read-only: the library "
                                           "cannot be created there.")
                                            .arg(QDir::toNativeSeparators(m_folder)));
    if (file.exists() && !file.isFile())
        return fail(Status::CannotOpen, tr("%1 is not a file; the library cannot be opened.")
                                            .arg(QDir::toNativeSeparators(filePath())));

    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!openConnection(!writable))
            return false;
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            const QSqlError e = q.lastError();
            q.finish();
            if (isBusy(e))
                return fail(Status::Locked, describe(e));
            if (isDamage(e) && writable && attempt == 0) {
                if (moveAside().isEmpty())
                    return false;
                m_recreated = true;
                continue;
            }
            return fail(Status::CannotOpen, describe(e));
        }
        m_foundVersion = q.value(0).toInt();
        q.finish();
        if (m_foundVersion > Schema::kVersion)
            return fail(Status::NewerSchema,
                        tr("The library %1 was made by a newer Gloss (schema version %2; this "
                           "one knows %3). It is left as it is: use the newer Gloss, or move the "
                           "file away to start a new library.")
                            .arg(QDir::toNativeSeparators(filePath()))
                            .arg(m_foundVersion)
                            .arg(Schema::kVersion));
        if (!writable) {
            if (m_foundVersion < Schema::kVersion)
                return fail(Status::ReadOnly,
                            tr("The library %1 is read-only and from an older Gloss: it "
                               "cannot be updated.")
                                .arg(QDir::toNativeSeparators(filePath())));
            m_error = tr("The library %1 is read-only: it can be searched but nothing can be "
                         "added.")
                          .arg(QDir::toNativeSeparators(filePath()));
            return true;
        }
        QSqlQuery pragma(connection());
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
        if (!migrate()) {
            if (m_status == Status::CannotOpen && attempt == 0 && !m_recreated
                && m_error.contains(QStringLiteral("damaged"))) {
                openConnection(false);
                if (moveAside().isEmpty())
                    return false;
                m_recreated = true;
                continue;
            }
            return false;
        }
        return true;
    }
    return false;
}

bool LibraryDatabase::migrate()
{
    if (m_foundVersion == Schema::kVersion)
        return true;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(isBusy(q.lastError()) ? Status::Locked : Status::CannotOpen,
                    describe(q.lastError()));
    // another connection (another window, the recorder, an import) may have made or updated
    // the library since the version was read: read it again under the write lock
    int current = m_foundVersion;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        current = q.value(0).toInt();
    if (current >= Schema::kVersion) {
        q.exec(QStringLiteral("COMMIT"));
        return true;
    }
    const QList<QStringList> &steps = Schema::migrations();
    for (int version = current + 1; version <= Schema::kVersion; ++version) {
        for (const QString &statement : steps.at(version - 1)) {
            if (!q.exec(statement)) {
                const QSqlError e = q.lastError();
                q.exec(QStringLiteral("ROLLBACK"));
                return fail(isBusy(e) ? Status::Locked : Status::CannotOpen,
                            isDamage(e) ? describe(e)
                                        : tr("The library could not be updated to schema "
                                             "version %1: %2")
                                              .arg(version)
                                              .arg(e.text()));
            }
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Schema::kVersion))
        || !q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError e = q.lastError();
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(isBusy(e) ? Status::Locked : Status::CannotOpen, describe(e));
    }
    return true;
}

void LibraryDatabase::close()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_status = Status::Closed;
}

QStringList LibraryDatabase::integrityCheck()
{
    QStringList problems;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << describe(q.lastError());
        return problems;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok")
            problems << line;
    }
    // the full-text indexes against their content (external-content tables)
    for (const char *table : {"quotes_fts", "notes_fts"}) {
        QSqlQuery check(connection());
        if (!check.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES ('integrity-check', 1)")
                            .arg(QLatin1StringView(table))))
            problems << QStringLiteral("%1: %2").arg(QLatin1StringView(table),
                                                     check.lastError().databaseText());
    }
    return problems;
}

QString LibraryDatabase::moveAside()
{
    const QString path = filePath();
    close();
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".broken-%1-%2").arg(stamp).arg(n);
    if (!QFile::rename(path, target)) {
        fail(Status::CannotOpen, tr("The damaged library %1 could not be moved aside.")
                                     .arg(QDir::toNativeSeparators(path)));
        return QString();
    }
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString extra = path + QLatin1StringView(suffix);
        if (QFileInfo::exists(extra))
            QFile::rename(extra, target + QLatin1StringView(suffix));
    }
    m_movedAside = target;
    return target;
}

bool LibraryDatabase::begin()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = describe(q.lastError());
        return false;
    }
    return true;
}

bool LibraryDatabase::commit()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = describe(q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

void LibraryDatabase::rollback()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace gloss::library
