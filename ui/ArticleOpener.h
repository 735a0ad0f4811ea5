#pragma once

#include "model/Article.h"
#include "model/Document.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

template <typename T>
class QFutureWatcher;
class tst_ArticleOpener;

namespace gloss {

/**
 * @brief Turns a source into an analysed Article off the GUI thread, latest request first.
 *
 * The sources are a file (read with Loader) and a Document made already (a page downloaded by
 * ArticleFetcher, the clipboard's text or selection); reading and analysis run on a worker
 * thread (QtConcurrent) and the answer comes back on the opener's thread as opened() or
 * failed().
 *
 * Every request takes a generation, one more than the one before. Only the answer to the
 * latest request is delivered; an answer to an earlier one, article or error, is dropped
 * whenever it arrives, so a slow file never replaces an article asked for after it. A source
 * that is not ready yet (a page still downloading) takes its generation with reserve() when
 * the reader asks for it and is handed over with openDocument(document, generation) later: a
 * request made in between supersedes it.
 *
 * Uses no widget; the window shows what it delivers.
 */
class ArticleOpener : public QObject
{
    Q_OBJECT

public:
    using Generation = quint64;

    explicit ArticleOpener(QObject *parent = nullptr);
    /** Waits for the work still running (its answers are dropped). */
    ~ArticleOpener() override;

    /** Reads and analyses the file at @p path: opened() with @p path, or failed(). */
    Generation openFile(const QString &path);
    /**
     * Analyses @p document: opened() with an empty path. With @p reserved (from reserve()),
     * nothing is done unless that is still the latest request and not answered yet.
     */
    Generation openDocument(const Document &document, Generation reserved = 0);
    /** A generation for a source not ready yet; every request made before is superseded. */
    Generation reserve();
    /** Whether @p generation is the latest request (its answer, if any, will be delivered). */
    bool isLatest(Generation generation) const { return generation == m_latest; }
    /** Whether the latest request is being read or analysed. */
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /** The latest request's article; @p path is the file's (empty for a document). */
    void opened(const gloss::Article &article, const QString &path);
    /** The latest request's file could not be read (@p error says why, for the reader). */
    void failed(const QString &path, const QString &error);
    void busyChanged(bool busy);

private:
    friend class ::tst_ArticleOpener;

    struct Outcome
    {
        Generation generation = 0;
        QString path;
        std::optional<Article> article;
        QString error;
    };

    void start(Generation generation, std::function<Outcome()> job);
    void deliver(QFutureWatcher<Outcome> *watcher);
    void setBusy(bool busy);

    QList<QFutureWatcher<Outcome> *> m_running;
    Generation m_latest = 0;
    /** The generation reserve() gave and openDocument() has not used yet (0: none). */
    Generation m_reserved = 0;
    bool m_busy = false;
    /** For tests: runs on the worker before a request's work, with its generation. */
    std::function<void(Generation)> m_beforeWork;
};

} // namespace gloss
