#pragma once

#include "SyncReport.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QThread;

namespace gloss {

/**
 * @brief Sync cycles for a window: each runs on a worker thread, and the runner tells where
 * it stands through signals (for a toolbar state: synced / syncing / offline / conflict).
 *
 * @code
 * auto *sync = new SyncRunner(AnnotationStore::defaultDataDir(), this);
 * connect(sync, &SyncRunner::stateChanged, this, &Window::showSyncState);
 * connect(sync, &SyncRunner::finished, this, [](const SyncReport &r) { … });
 * sync->start();                     // on open, on save, on a timer, by hand
 * @endcode
 * The settings and the password are read (SyncSettings, the keychain) at each start(), so a
 * settings dialog writes them with SyncSettings and setupSync() and the next cycle uses them.
 * A start() while a cycle runs is remembered: one more cycle follows it (changes saved during
 * a cycle are not left behind). After a wrong password (state Unauthorized) start() does
 * nothing until the settings change (resetAuthorization()): no retry loop against the server.
 * The notes files are written atomically; an open AnnotationStore watching its file
 * (setWatchingDisk) merges what a cycle brought in.
 */
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NotSetUp,     ///< no settings in the data folder
        Idle,         ///< set up, no cycle yet
        Syncing,
        Synced,       ///< the last cycle completed
        Conflict,     ///< the last cycle completed and made conflict copies
        Offline,      ///< the server could not be reached (the next cycle completes it)
        Unauthorized, ///< the server refused the user or password: cycles stop
        Failed,       ///< another error (lastError())
    };
    Q_ENUM(State)

    explicit SyncRunner(const QString &dataDir, QObject *parent = nullptr);
    ~SyncRunner() override;

    State state() const { return m_state; }
    /** Why the last cycle stopped (empty when it completed). */
    QString lastError() const { return m_lastReport.error; }
    const SyncReport &lastReport() const { return m_lastReport; }
    bool isRunning() const { return m_thread != nullptr; }

    /**
     * Starts a cycle (every article, or those with @p contentHashes); does nothing but
     * remember it when one runs, and nothing at all when the state is Unauthorized.
     */
    void start(const QList<QByteArray> &contentHashes = {});
    /** After new settings: cycles may run again. */
    void resetAuthorization();
    /**
     * Asks the running cycle to stop at once (its request under way is aborted, the article
     * it was syncing is left for later), and forgets the cycle asked for next (the window
     * closes: stop(), then wait()). The next cycle completes it.
     */
    void stop();
    /**
     * Waits for the running cycle to end (when the window closes); its state and finished()
     * come before wait() returns.
     */
    void wait();

Q_SIGNALS:
    void stateChanged(gloss::SyncRunner::State state);
    /** @p done of @p total articles of the running cycle. */
    void progress(int done, int total);
    void finished(const gloss::SyncReport &report);

private:
    void setState(State state);
    void onFinished();

    QString m_dataDir;
    State m_state = State::Idle;
    SyncReport m_lastReport;
    SyncReport m_running;
    QThread *m_thread = nullptr;
    bool m_again = false;
    /** Counts cycles, so that a cycle's end is taken once (by wait() or its signal). */
    int m_cycle = 0;
    QList<QByteArray> m_againHashes;
};

} // namespace gloss
