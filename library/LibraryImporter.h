#pragma once

#include "LibraryTypes.h"
#include "model/Article.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace gloss::library {

/**
 * @brief Adds articles to the library: files, folders, documents already loaded; and rebuilds
 * the library from its files.
 *
 * The files are read and analysed in parallel (QtConcurrent, the global thread pool) and
 * written from one thread, in transactions of kBatch articles: a crash or a kill loses at most
 * the batch being written, never what was committed, and leaves a valid database. A text the
 * library has already (same content hash) is skipped without analysis (a duplicate, or the same
 * file unchanged); a file whose text changed (same path, new hash) is analysed again and its
 * article updated in place (its notes are then re-anchored in the new text). Files that cannot
 * be read are reported, one line each, and the import goes on. Folders are read recursively
 * for `.txt`, `.text`, `.md`, `.markdown`, `.html`, `.htm` files (hidden ones left out); a file
 * named explicitly is read whatever its name.
 *
 * After the articles, the notes index is brought up to date (LibraryNotes::refresh()). A damaged
 * database found on opening is kept aside and rebuilt from the files first.
 *
 * run() and rebuild() block (the command line, tests, benchmarks); start() runs in the
 * background for the window, with progress() and finished() signals and cancel().
 */
class LibraryImporter : public QObject
{
    Q_OBJECT

public:
    /** Articles written per transaction. */
    static constexpr int kBatch = 200;

    struct Report
    {
        int total = 0;      ///< articles found to add
        int added = 0;
        int updated = 0;    ///< changed files analysed again
        int duplicates = 0; ///< a text the library has already, from another path
        int unchanged = 0;  ///< the same file again, unchanged
        int failed = 0;     ///< files that could not be read (see problems)
        /** One line per file that could not be read or stored: "PATH: why". */
        QStringList problems;
        /** Notes files read into the index. */
        int notesFiles = 0;
        bool cancelled = false;
        /** A database problem that stopped the import (empty when none). */
        QString error;
        /** The damaged database kept aside (and rebuilt), when that happened. */
        QString movedAside;
        bool ok() const { return error.isEmpty(); }
    };
    /** Called from the writing thread after each batch: articles done, of @p total. */
    using Progress = std::function<void(int done, int total)>;

    explicit LibraryImporter(LibraryPaths paths = LibraryPaths::standard(),
                             QObject *parent = nullptr);
    ~LibraryImporter() override;

    /** Adds @p paths (files and folders) in the background; false when one is running. */
    bool start(const QStringList &paths);
    /** Adds documents already loaded (the window: an opened file, link or clipboard text). */
    bool startDocuments(const QList<Document> &documents);
    /** Stops after the batch being written (what was written stays). */
    void cancel();
    /** From start() until finished() has been emitted (not only until the work is done:
     *  a second start() before then would take the place of the first one's report). */
    bool isRunning() const;
    /** Blocks until the running import (if any) has finished its work; finished() is emitted
     *  when the event loop runs next. */
    void waitForFinished();

    /** The files to read for @p paths: files as given, folders walked (see the class). */
    static QStringList expand(const QStringList &paths, QStringList *problems = nullptr);

    static Report run(const LibraryPaths &paths, const QStringList &inputs,
                      const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);
    static Report runDocuments(const LibraryPaths &paths, const QList<Document> &documents,
                               const Progress &progress = {},
                               const std::atomic_bool *cancel = nullptr);
    /** The same for articles analysed already (the window's): not analysed again. */
    static Report runArticles(const LibraryPaths &paths, const QList<Article> &articles,
                              const Progress &progress = {},
                              const std::atomic_bool *cancel = nullptr);
    /**
     * Makes the library anew from its files: the database is moved aside (kept as
     * `library.sqlite.broken-<time>` if it was there) and every text of LibraryTexts analysed
     * again, the user's choices of people read back, the notes files indexed.
     */
    static Report rebuild(const LibraryPaths &paths, const Progress &progress = {},
                          const std::atomic_bool *cancel = nullptr);

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const gloss::library::LibraryImporter::Report &report);

private:
    bool startJob(std::function<Report(const Progress &, const std::atomic_bool *)> job);

    LibraryPaths m_paths;
    std::atomic_bool m_cancel{false};
    /** The writing thread (the analysis uses the global pool). */
    QThreadPool m_pool;
    QFutureWatcher<Report> m_watcher;
    bool m_running = false;
};

} // namespace gloss::library
