#include "SyncRunner.h"

#include "SyncEngine.h"
#include "SyncSettings.h"

#include <QDir>
#include <QFile>
#include <QThread>

namespace gloss {

SyncRunner::SyncRunner(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    if (!QFile::exists(QDir(SyncSettings::syncDir(dataDir)).filePath(
            QStringLiteral("config.json"))))
        m_state = State::NotSetUp;
}

SyncRunner::~SyncRunner()
{
    if (m_thread)
        m_thread->wait(); // no signals from a runner going away
}

void SyncRunner::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncRunner::resetAuthorization()
{
    if (m_state == State::Unauthorized || m_state == State::NotSetUp)
        setState(State::Idle);
}

void SyncRunner::start(const QList<QByteArray> &contentHashes)
{
    if (m_state == State::Unauthorized)
        return;
    if (m_thread) {
        // one more cycle after this one, for everything asked meanwhile
        if (!m_again)
            m_againHashes = contentHashes;
        else if (contentHashes.isEmpty() || m_againHashes.isEmpty())
            m_againHashes.clear();
        else
            m_againHashes += contentHashes;
        m_again = true;
        return;
    }
    setState(State::Syncing);
    const QString dataDir = m_dataDir;
    m_thread = QThread::create([this, dataDir, contentHashes] {
        SyncReport report;
        QString error;
        const SyncSettings settings = SyncSettings::load(dataDir, &error);
        const QString env = qEnvironmentVariable("GLOSS_SYNC_PASSWORD");
        const QString password =
            !settings.isValid() ? QString() : !env.isEmpty() ? env
                                                             : settings.password(dataDir, &error);
        if (password.isEmpty()) {
            report.error = error;
        } else {
            SyncEngine engine(dataDir, settings, password);
            QObject::connect(&engine, &SyncEngine::progress, this, &SyncRunner::progress,
                             Qt::QueuedConnection);
            SyncEngine::Options options;
            options.contentHashes = contentHashes;
            report = engine.run(options);
        }
        m_running = report; // read by onFinished() once the thread has ended
    });
    // wait() may have taken the cycle's end already: a late call for it is dropped
    connect(m_thread, &QThread::finished, this, [this, cycle = ++m_cycle] {
        if (cycle == m_cycle)
            onFinished();
    });
    m_thread->start();
}

void SyncRunner::onFinished()
{
    if (!m_thread)
        return;
    ++m_cycle;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_lastReport = m_running;
    const SyncReport &r = m_lastReport;
    if (r.ok())
        setState(r.conflicts > 0 ? State::Conflict : State::Synced);
    else if (r.unauthorized)
        setState(State::Unauthorized);
    else if (r.offline)
        setState(State::Offline);
    else
        setState(State::Failed);
    Q_EMIT finished(r);
    if (m_again && m_state != State::Unauthorized) {
        m_again = false;
        start(std::exchange(m_againHashes, {}));
    }
}

void SyncRunner::stop()
{
    m_again = false;
    m_againHashes.clear();
    if (m_thread)
        m_thread->requestInterruption();
}

void SyncRunner::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    onFinished(); // the state, finished(), and the cycle asked for meanwhile (unless stopped)
}

} // namespace gloss
