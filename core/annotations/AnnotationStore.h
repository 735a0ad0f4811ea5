#pragma once

#include "Annotation.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

class QFileSystemWatcher;

namespace gloss {

/**
 * @brief The notes of the open article, kept safely on disk.
 *
 * One W3C AnnotationCollection file per article (see AnnotationJson) in `DATA/notes/`, named
 * after the SHA-256 of the article's text; `DATA/notes/index.json` maps each source path to the
 * hash its notes were last saved under, so an article whose text changed still finds its notes
 * (they are re-anchored with Anchorer and saved under the new hash on the next change).
 *
 * DATA is, first found: setDataDir(), setDefaultDataDir() (the `--data-dir` option), the
 * `GLOSS_DATA_DIR` environment variable, QStandardPaths::AppDataLocation.
 *
 * Safety: every write goes through QSaveFile (a crash leaves the old file or the new one).
 * Changes are saved after saveDelay() (under a second; save() saves at once; pending changes
 * are saved when the store closes). A notes file that is not a clean notes collection (damaged,
 * truncated, empty, foreign JSON, too large, a folder, a symbolic link, not a regular file) is
 * never overwritten: it is renamed aside to `NAME.broken-<UTC time>`, the problem is reported
 * (problems(), problemFound()) and the notes that could be read from it are kept and saved to a
 * fresh file. Before writing, changes another process saved meanwhile (the `gloss notes` CLI
 * while the window is open) are merged in, note by note.
 */
class AnnotationStore : public QObject
{
    Q_OBJECT

public:
    /** Notes files larger than this are not read (kept aside, reported). */
    static constexpr qint64 kMaxFileSize = 64LL * 1024 * 1024;

    explicit AnnotationStore(QObject *parent = nullptr);
    ~AnnotationStore() override;

    /** The data folder used when none is set on the store (see the class description). */
    static QString defaultDataDir();
    /** Overrides GLOSS_DATA_DIR and the standard location (the `--data-dir` option). */
    static void setDefaultDataDir(const QString &dir);

    /** Sets this store's data folder; takes effect at the next open(). */
    void setDataDir(const QString &dir);
    QString dataDir() const;
    QString notesDir() const;

    /**
     * Loads the notes of @p document and anchors them in its text (saving any pending change
     * of the previous one first). False when a problem was found (see problems()); the notes
     * that could be read are loaded all the same.
     */
    bool open(const Document &document);
    /** Saves pending changes and forgets the document. */
    void close();
    bool isOpen() const { return m_open; }
    const Document &document() const { return m_document; }
    /** The notes file of the open document (it may not exist yet). */
    QString filePath() const;

    /** All notes, in the order they were added. */
    const QList<Annotation> &annotations() const { return m_annotations; }
    /** The note with @p id, or nullptr. */
    const Annotation *annotation(const QUuid &id) const;

    /** Adds a note (as given: make it with Annotation::onSpan() / onArticle()). */
    void add(const Annotation &annotation);
    /**
     * Replaces the note with the same id; `modified` is set to now when anything but the
     * times changed. False when there is no such note.
     */
    bool update(const Annotation &annotation);
    /**
     * Removes the note; the deletion (id and time) is recorded with the next save in the sync
     * state (DeletionLog), so that a sync can send it to the other devices.
     */
    bool remove(const QUuid &id);

    /** Milliseconds between a change and its save (default 500). */
    void setSaveDelay(int milliseconds);
    int saveDelay() const { return m_timer.interval(); }
    bool hasUnsavedChanges() const { return m_dirty; }
    /** Saves now (merging what other processes saved meanwhile). False on failure. */
    bool save();
    /**
     * Merges notes that another process added, changed or removed in the file since this store
     * last read or wrote it. Returns true when something changed here.
     */
    bool syncWithDisk();

    /**
     * Watches the notes file (and its folder: another process may create the file, and
     * QSaveFile replaces it with a new one) and merges what other processes save there with
     * syncWithDisk() shortly after they do (changedOnDisk() tells what came in). The store's own
     * saves are recognised by the file's size and time and ignored. A note changed on both sides
     * keeps the later version (by `modified`); a note changed here is never removed by the
     * other side. Off by default (the command line has no use for it); the window turns it on.
     */
    void setWatchingDisk(bool on);
    bool isWatchingDisk() const { return m_watcher != nullptr; }

    /** Problems met since open(), for the user. */
    const QStringList &problems() const { return m_problems; }

Q_SIGNALS:
    void annotationAdded(const QUuid &id);
    void annotationChanged(const QUuid &id);
    void annotationRemoved(const QUuid &id);
    /** The whole list changed (open(), close()). */
    void annotationsReset();
    /** A damaged notes file, a failed save, ...: a message for the user. */
    void problemFound(const QString &message);
    void saved();
    /** A watched notes file changed: notes other processes added, changed and removed here. */
    void changedOnDisk(int added, int changed, int removed);

private:
    struct Loaded;
    struct Stamp
    {
        qint64 size = -1;
        QDateTime modified;
        friend bool operator==(const Stamp &, const Stamp &) = default;
    };

    Loaded readNotesFile(const QString &path);
    /**
     * Renames @p path to PATH.broken-<UTC time> and reports @p why (a whole sentence) with what
     * became of the file; returns the new name, or empty when it could not be moved.
     */
    QString moveAside(const QString &path, const QString &why);
    void mergeOlderText(const QString &oldPath);
    void rescue();
    void report(const QString &message);
    void markDirty();
    void rebuildIdIndex();
    QHash<QString, QString> readIndex();
    bool writeIndex(const QHash<QString, QString> &index);
    bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    static Stamp stampOf(const QString &path);
    static bool entryExists(const QString &path);
    /** Watches the notes file and the nearest existing folder on its way (when watching). */
    void rewatch();
    void onDiskEvent();

    QString m_dataDir;
    bool m_open = false;
    Document m_document;
    QString m_sourceKey;
    QList<Annotation> m_annotations;
    QHash<QUuid, qsizetype> m_byId;
    /** Each note's `modified` as last read from or written to the file. */
    QHash<QUuid, QDateTime> m_synced;
    /** Notes removed here since the last save, with when (recorded in DeletionLog by save()). */
    QHash<QUuid, QDateTime> m_deleted;
    Stamp m_diskStamp;
    /** Notes file of an older text of this source, to remove once saved under the new hash. */
    QString m_migratedFrom;
    bool m_dirty = false;
    QStringList m_problems;
    QTimer m_timer;
    QFileSystemWatcher *m_watcher = nullptr;
    /** Gathers the events of one write (a QSaveFile rename is several) into one sync. */
    QTimer m_watchTimer;
    struct SyncCounts
    {
        int added = 0;
        int changed = 0;
        int removed = 0;
    };
    /** What the last syncWithDisk() brought in. */
    SyncCounts m_lastSync;
};

} // namespace gloss
