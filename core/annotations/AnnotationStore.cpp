#include "AnnotationStore.h"

#include "Anchorer.h"
#include "AnnotationJson.h"
#include "sync/DeletionLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <QTimeZone>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace gloss {

namespace {

QString &defaultDataDirOverride()
{
    static QString dir;
    return dir;
}

const QString kIndexName = QStringLiteral("index.json");

/**
 * Milliseconds from a change on disk to its sync: the events of one save (a QSaveFile writes a
 * temporary file and renames it) come together, and a writer that does not save atomically has
 * time to finish.
 */
constexpr int kWatchDelayMs = 200;

/** The key of a source in the index: a canonical path for files, URLs and resources as is. */
QString sourceKey(const QString &source)
{
    if (Document::isBundled(source))
        return Document::publicIri(source); // ":/…" and the IRI its notes file gives it
    if (source.contains(QLatin1StringView("://")))
        return source;
    const QFileInfo fi(source);
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? fi.absoluteFilePath() : canonical;
}

bool sameContent(const Annotation &a, const Annotation &b)
{
    return a.text == b.text && a.color == b.color && a.tags == b.tags && a.quote == b.quote
           && a.position == b.position;
}

} // namespace

struct AnnotationStore::Loaded
{
    QList<Annotation> annotations;
    QByteArray contentHash;
    bool clean = false; ///< read whole, nothing wrong with it
};

AnnotationStore::AnnotationStore(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, [this]() { save(); });
    m_watchTimer.setSingleShot(true);
    m_watchTimer.setInterval(kWatchDelayMs);
    connect(&m_watchTimer, &QTimer::timeout, this, &AnnotationStore::onDiskEvent);
}

AnnotationStore::~AnnotationStore()
{
    if (m_open && m_dirty && !save())
        rescue();
}

void AnnotationStore::rescue()
{
    // The notes cannot be saved where they belong (a full disk, a read-only folder) and the
    // store is closing: a copy goes to the temporary folder, so that no note is lost.
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString path = QDir(QDir::tempPath())
                             .filePath(QStringLiteral("gloss-unsaved-notes-%1-%2.json")
                                           .arg(QString::fromLatin1(m_document.sha256().left(16)),
                                                stamp));
    QString error;
    const QByteArray bytes = AnnotationJson::collectionToBytes(m_annotations, m_document.source(),
                                                               m_document.sha256());
    if (writeFile(path, bytes, &error)) {
        report(tr("The unsaved notes were written to %1; import them with \"gloss notes import "
                  "%2 %1\" once the notes folder can be written.")
                   .arg(QDir::toNativeSeparators(path), m_document.source()));
    } else {
        report(tr("The notes could not be saved anywhere (%1): %n note(s) of %2 are lost.",
                  nullptr, int(m_annotations.size()))
                   .arg(error, m_document.displaySource()));
    }
}

QString AnnotationStore::defaultDataDir()
{
    if (!defaultDataDirOverride().isEmpty())
        return defaultDataDirOverride();
    const QString env = qEnvironmentVariable("GLOSS_DATA_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void AnnotationStore::setDefaultDataDir(const QString &dir)
{
    defaultDataDirOverride() = dir;
}

void AnnotationStore::setDataDir(const QString &dir)
{
    m_dataDir = dir;
}

QString AnnotationStore::dataDir() const
{
    return m_dataDir.isEmpty() ? defaultDataDir() : m_dataDir;
}

QString AnnotationStore::notesDir() const
{
    return QDir(dataDir()).filePath(QStringLiteral("notes"));
}

QString AnnotationStore::filePath() const
{
    return QDir(notesDir()).filePath(QString::fromLatin1(m_document.sha256()) + u".json");
}

const Annotation *AnnotationStore::annotation(const QUuid &id) const
{
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_annotations.at(*it);
}

void AnnotationStore::setSaveDelay(int milliseconds)
{
    m_timer.setInterval(std::clamp(milliseconds, 0, 1000));
}

bool AnnotationStore::entryExists(const QString &path)
{
    const QFileInfo fi(path);
    return fi.exists() || fi.isSymLink();
}

AnnotationStore::Stamp AnnotationStore::stampOf(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Stamp{};
    return Stamp{fi.size(), fi.lastModified(QTimeZone::UTC)};
}

void AnnotationStore::report(const QString &message)
{
    m_problems.append(message);
    Q_EMIT problemFound(message);
}

QString AnnotationStore::moveAside(const QString &path, const QString &why)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; entryExists(target); ++n)
        target = path + QStringLiteral(".broken-") + stamp + u'-' + QString::number(n);
    // rename(2) moves a file, a folder or the symbolic link itself, never what it points to
    if (std::rename(QFile::encodeName(path).constData(), QFile::encodeName(target).constData())
        != 0) {
        report(why + u' ' +
               tr("It could not be moved aside (%1): it is left as it is and will not be "
                  "written to.")
                   .arg(QString::fromLocal8Bit(std::strerror(errno))));
        return QString();
    }
    report(why + u' ' + tr("It was kept aside as %1.").arg(QFileInfo(target).fileName()));
    return target;
}

AnnotationStore::Loaded AnnotationStore::readNotesFile(const QString &path)
{
    Loaded out;
    const QFileInfo fi(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (fi.isSymLink()) {
        moveAside(path, tr("The notes file %1 is a symbolic link.").arg(shown));
        return out;
    }
    if (fi.isDir()) {
        moveAside(path, tr("The notes file %1 is a folder.").arg(shown));
        return out;
    }
    if (!fi.isFile()) {
        moveAside(path, tr("The notes file %1 is not a regular file.").arg(shown));
        return out;
    }
    if (fi.size() > kMaxFileSize) {
        moveAside(path, tr("The notes file %1 is too large to be a notes file (%2 MB).")
                            .arg(shown)
                            .arg(fi.size() / (1024 * 1024)));
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        moveAside(path,
                  tr("The notes file %1 cannot be read (%2).").arg(shown, file.errorString()));
        return out;
    }
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    file.close();
    AnnotationJson::Collection c = AnnotationJson::collectionFromBytes(bytes);
    out.annotations = std::move(c.annotations);
    out.contentHash = c.contentHash;
    out.clean = c.problems.isEmpty();
    if (!out.clean) {
        const QString why = c.problems.join(QStringLiteral("; "));
        moveAside(path, tr("The notes file %1 is damaged (%2); %n note(s) could be read.", nullptr,
                           int(out.annotations.size()))
                            .arg(shown, why));
    }
    return out;
}

bool AnnotationStore::open(const Document &document)
{
    close();
    m_document = document;
    m_sourceKey = sourceKey(document.source());
    m_problems.clear();
    m_migratedFrom.clear();
    m_open = true;

    const QString path = filePath();
    // The notes of this source were last saved under another text's hash (the article changed)
    const QString old = readIndex().value(m_sourceKey);
    const QString oldPath = QDir(notesDir()).filePath(old + u".json");
    const bool haveOld = !old.isEmpty() && oldPath != path && entryExists(oldPath);
    QString from;
    if (entryExists(path)) {
        from = path;
    } else if (haveOld) {
        from = oldPath;
        m_migratedFrom = oldPath;
    }
    if (!from.isEmpty()) {
        const Stamp stamp = stampOf(from);
        Loaded loaded = readNotesFile(from);
        const bool sameText = from == path
                              && (loaded.contentHash.isEmpty()
                                  || loaded.contentHash == document.sha256());
        Anchorer(document).anchorAll(loaded.annotations, sameText);
        m_annotations = std::move(loaded.annotations);
        rebuildIdIndex();
        if (loaded.clean && from == path) {
            m_diskStamp = stamp;
            for (const Annotation &a : std::as_const(m_annotations))
                m_synced.insert(a.id, a.modified);
        }
        if (!loaded.clean) {
            m_migratedFrom.clear(); // it was moved aside already
            if (!m_annotations.isEmpty())
                m_dirty = true; // the notes read from a damaged file are saved at once
        }
        if (from == path && haveOld)
            mergeOlderText(oldPath);
    }
    Q_EMIT annotationsReset();
    if (m_dirty)
        save();
    rewatch();
    return m_problems.isEmpty();
}

void AnnotationStore::mergeOlderText(const QString &oldPath)
{
    // Both this text and an older one of the same source have notes: the older text was open
    // (in a window) while the file changed, and notes were added there after this text's notes
    // were saved. Its notes are taken in (by id, the later version wins), so none is lost; the
    // older file goes once they are saved here.
    Loaded older = readNotesFile(oldPath);
    Anchorer(m_document).anchorAll(older.annotations, false);
    for (Annotation &a : older.annotations) {
        const auto it = m_byId.constFind(a.id);
        if (it == m_byId.cend()) {
            m_byId.insert(a.id, m_annotations.size());
            m_annotations.append(std::move(a));
        } else if (a.modified > m_annotations.at(*it).modified) {
            m_annotations[*it] = std::move(a);
        }
    }
    m_migratedFrom = older.clean ? oldPath : QString(); // else moved aside already
    m_dirty = true; // saved at once: the index then names this text
}

void AnnotationStore::close()
{
    if (m_open && m_dirty && !save())
        rescue();
    m_timer.stop();
    m_open = false;
    m_dirty = false;
    m_document = Document();
    m_annotations.clear();
    m_byId.clear();
    m_synced.clear();
    m_deleted.clear();
    m_diskStamp = Stamp{};
    m_migratedFrom.clear();
    m_lastSync = SyncCounts{};
    rewatch();
    Q_EMIT annotationsReset();
}

void AnnotationStore::rebuildIdIndex()
{
    m_byId.clear();
    m_byId.reserve(m_annotations.size());
    for (qsizetype i = 0; i < m_annotations.size(); ++i)
        m_byId.insert(m_annotations.at(i).id, i);
}

void AnnotationStore::markDirty()
{
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start(); // not restarted by later changes: saved within saveDelay() of the first
}

void AnnotationStore::add(const Annotation &annotation)
{
    if (!m_open || annotation.id.isNull() || m_byId.contains(annotation.id))
        return;
    m_byId.insert(annotation.id, m_annotations.size());
    m_annotations.append(annotation);
    m_deleted.remove(annotation.id); // a removal undone
    markDirty();
    Q_EMIT annotationAdded(annotation.id);
}

bool AnnotationStore::update(const Annotation &annotation)
{
    const auto it = m_byId.constFind(annotation.id);
    if (it == m_byId.cend())
        return false;
    Annotation &slot = m_annotations[*it];
    Annotation next = annotation;
    if (sameContent(slot, next) && slot.state == next.state && slot.span == next.span)
        return true;
    if (!sameContent(slot, next))
        next.modified = QDateTime::currentDateTimeUtc();
    slot = next;
    markDirty();
    Q_EMIT annotationChanged(annotation.id);
    return true;
}

bool AnnotationStore::remove(const QUuid &id)
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return false;
    m_annotations.removeAt(*it);
    m_deleted.insert(id, QDateTime::currentDateTimeUtc());
    rebuildIdIndex();
    markDirty();
    Q_EMIT annotationRemoved(id);
    return true;
}

bool AnnotationStore::syncWithDisk()
{
    m_lastSync = SyncCounts{};
    if (!m_open)
        return false;
    const QString path = filePath();
    const Stamp stamp = stampOf(path);
    if (stamp == m_diskStamp || !entryExists(path))
        return false;
    Loaded disk = readNotesFile(path);
    if (!disk.clean) {
        // moved aside and reported; what could be read is merged as new notes
        m_diskStamp = Stamp{};
        if (!disk.annotations.isEmpty())
            m_dirty = true;
    } else {
        m_diskStamp = stamp;
    }
    const bool sameText = disk.contentHash.isEmpty() || disk.contentHash == m_document.sha256();
    Anchorer anchorer(m_document);
    bool changed = false;
    QHash<QUuid, QDateTime> onDisk;
    for (Annotation &d : disk.annotations) {
        onDisk.insert(d.id, d.modified);
        const auto it = m_byId.constFind(d.id);
        if (it == m_byId.cend()) {
            if (m_synced.contains(d.id))
                continue; // removed here since the last sync
            anchorer.anchor(d, sameText);
            m_byId.insert(d.id, m_annotations.size());
            m_annotations.append(d);
            changed = true;
            ++m_lastSync.added;
            Q_EMIT annotationAdded(d.id);
            continue;
        }
        Annotation &ours = m_annotations[*it];
        // changed there only, or on both sides and later there: the later version is kept
        const bool unchangedHere = m_synced.value(d.id) == ours.modified;
        if (d.modified != ours.modified && (unchangedHere || d.modified > ours.modified)) {
            anchorer.anchor(d, sameText);
            ours = d;
            changed = true;
            ++m_lastSync.changed;
            Q_EMIT annotationChanged(d.id);
        }
    }
    if (disk.clean) {
        QList<QUuid> gone;
        for (const Annotation &ours : std::as_const(m_annotations)) {
            if (!onDisk.contains(ours.id) && m_synced.contains(ours.id)
                && m_synced.value(ours.id) == ours.modified)
                gone.append(ours.id); // removed by the other process
        }
        for (const QUuid &id : std::as_const(gone)) {
            m_annotations.removeAt(m_byId.value(id));
            rebuildIdIndex();
            changed = true;
            ++m_lastSync.removed;
            Q_EMIT annotationRemoved(id);
        }
        m_synced = onDisk;
        // what differs from the file still has to be written
        bool differs = onDisk.size() != m_annotations.size();
        for (const Annotation &a : std::as_const(m_annotations))
            differs |= onDisk.value(a.id) != a.modified || !onDisk.contains(a.id);
        if (differs)
            m_dirty = true;
    }
    return changed;
}

bool AnnotationStore::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    if (entryExists(path) && (QFileInfo(path).isSymLink() || !QFileInfo(path).isFile())) {
        const QString shown = QDir::toNativeSeparators(path);
        if (moveAside(path, tr("The notes file %1 is not a regular file.").arg(shown)).isEmpty()) {
            *error = tr("%1 is in the way").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) { // errno of a failed write
        *error = file.errorString();
        return false;
    }
    errno = 0;
    if (file.write(bytes) != bytes.size()) {
        // QSaveFile says "Unknown error" for a short write: the system's reason is clearer
        const int e = errno;
        *error = e != 0 ? QString::fromLocal8Bit(std::strerror(e)) : file.errorString();
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool AnnotationStore::save()
{
    m_timer.stop();
    if (!m_open)
        return false;
    syncWithDisk();
    const QString path = filePath();
    if (m_annotations.isEmpty() && !entryExists(path) && m_migratedFrom.isEmpty()) {
        m_dirty = false;
        return true; // nothing to keep, and no file to empty
    }
    if (!QDir().mkpath(notesDir())) {
        report(tr("Cannot create the notes folder %1; notes are not saved.")
                   .arg(QDir::toNativeSeparators(notesDir())));
        return false;
    }
    const QByteArray bytes = AnnotationJson::collectionToBytes(m_annotations, m_document.source(),
                                                               m_document.sha256());
    QString error;
    if (!writeFile(path, bytes, &error)) {
        report(tr("Cannot save the notes to %1: %2. They stay open and are saved at the next "
                  "change.")
                   .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    m_dirty = false;
    m_diskStamp = stampOf(path);
    if (!m_deleted.isEmpty()) {
        // for sync: the other devices learn of these deletions (a failure here loses no note:
        // the deleted notes come back at the next sync)
        QString deletionError;
        if (!DeletionLog::record(dataDir(), m_document.sha256(), m_deleted, &deletionError))
            report(tr("Cannot record the deleted notes for sync: %1").arg(deletionError));
        m_deleted.clear();
    }
    m_synced.clear();
    for (const Annotation &a : std::as_const(m_annotations))
        m_synced.insert(a.id, a.modified);

    QHash<QString, QString> index = readIndex();
    const QString hash = QString::fromLatin1(m_document.sha256());
    if (index.value(m_sourceKey) != hash) {
        const QString previous = index.value(m_sourceKey);
        index.insert(m_sourceKey, hash);
        writeIndex(index);
        // The notes moved to the new text's file; the old one goes unless another source
        // (a copy of the same text elsewhere) still uses it.
        if (!m_migratedFrom.isEmpty() && !index.values().contains(previous)
            && QFileInfo(m_migratedFrom).fileName() == previous + u".json")
            QFile::remove(m_migratedFrom);
    }
    m_migratedFrom.clear();
    rewatch(); // the file may be new (the first note), and a saved file is a new file
    Q_EMIT saved();
    return true;
}

void AnnotationStore::setWatchingDisk(bool on)
{
    if (on == (m_watcher != nullptr))
        return;
    if (on) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this,
                [this] { m_watchTimer.start(); });
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
                [this] { m_watchTimer.start(); });
        rewatch();
    } else {
        m_watchTimer.stop();
        delete m_watcher;
        m_watcher = nullptr;
    }
}

void AnnotationStore::rewatch()
{
    if (!m_watcher)
        return;
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList wanted;
    if (m_open) {
        const QString path = filePath();
        const QFileInfo fi(path);
        if (fi.isFile() && !fi.isSymLink())
            wanted.append(path);
        // the folder tells when the file is made or replaced (QSaveFile renames a new file
        // over it); before any note is saved the folder may not exist yet: then the nearest
        // folder on its way that does (each event looks again, a level deeper)
        QString dir = QFileInfo(notesDir()).absoluteFilePath();
        while (!dir.isEmpty()) {
            if (QFileInfo(dir).isDir()) {
                wanted.append(dir);
                break;
            }
            const QString up = QFileInfo(dir).absolutePath();
            if (up == dir)
                break;
            dir = up;
        }
    }
    // a path replaced on disk is dropped by the watcher: added again (remove + add)
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (!wanted.isEmpty())
        m_watcher->addPaths(wanted);
}

void AnnotationStore::onDiskEvent()
{
    rewatch();
    if (!m_open)
        return;
    if (!syncWithDisk())
        return;
    const SyncCounts counts = m_lastSync;
    if (m_dirty && !m_timer.isActive())
        m_timer.start(); // what this side has that the file lacks is written back soon
    Q_EMIT changedOnDisk(counts.added, counts.changed, counts.removed);
}

QHash<QString, QString> AnnotationStore::readIndex()
{
    QHash<QString, QString> index;
    const QString path = QDir(notesDir()).filePath(kIndexName);
    if (!entryExists(path))
        return index;
    const QFileInfo fi(path);
    QJsonObject sources;
    bool ok = false;
    if (fi.isFile() && !fi.isSymLink() && fi.size() <= kMaxFileSize) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
            const QJsonValue v = doc.object().value(QLatin1StringView("sources"));
            ok = doc.isObject() && v.isObject();
            sources = v.toObject();
        }
    }
    if (!ok) {
        moveAside(path, tr("The notes index %1 is damaged; it is rebuilt from the notes files.")
                            .arg(QDir::toNativeSeparators(path)));
        // rebuilt from the notes files, each of which records its source
        const QDir dir(notesDir());
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString &name : files) {
            if (name == kIndexName)
                continue;
            QFile file(dir.filePath(name));
            if (file.size() > kMaxFileSize || !file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
            const QString source = o.value(QLatin1StringView("gloss:source")).toString();
            const QString hash = o.value(QLatin1StringView("gloss:contentHash")).toString();
            if (!source.isEmpty() && name == hash + u".json")
                index.insert(sourceKey(source), hash);
        }
        writeIndex(index);
        return index;
    }
    for (auto it = sources.constBegin(); it != sources.constEnd(); ++it) {
        if (it.value().isString())
            index.insert(it.key(), it.value().toString());
    }
    return index;
}

bool AnnotationStore::writeIndex(const QHash<QString, QString> &index)
{
    QJsonObject sources;
    for (auto it = index.constBegin(); it != index.constEnd(); ++it)
        sources.insert(it.key(), it.value());
    const QJsonObject o{{QStringLiteral("gloss:index"), 1},
                        {QStringLiteral("sources"), sources}};
    QString error;
    const QString path = QDir(notesDir()).filePath(kIndexName);
    if (!QDir().mkpath(notesDir()) || !writeFile(path, QJsonDocument(o).toJson(), &error)) {
        report(tr("Cannot save the index of notes %1: %2")
                   .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return true;
}

} // namespace gloss
