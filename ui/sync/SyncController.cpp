#include "SyncController.h"

#include "MainWindow.h"
#include "MessageBar.h"
#include "SyncEngine.h"
#include "SyncSettingsDialog.h"
#include "SyncStateAction.h"
#include "annotations/AnnotationStore.h"
#include "notes/NoteLayer.h"
#include "sync/SyncMerge.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QSizePolicy>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace gloss {

namespace {

const QString kTopic = QStringLiteral("sync");

} // namespace

SyncController::SyncController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_dataDir(window->notesStore()->dataDir())
{
    setObjectName(QStringLiteral("syncController"));
    m_state = new SyncStateAction(this);
    m_state->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    connect(m_state, &QAction::triggered, this, &SyncController::syncNow);
    m_settingsAction = new QAction(tr("&Sync Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("actionSyncSettings"));
    m_settingsAction->setStatusTip(tr("The WebDAV server, user and password, and when to sync"));
    connect(m_settingsAction, &QAction::triggered, this, &SyncController::showSettings);
    window->addAction(m_state); // works in focus mode too

    QMenu *notes = window->noteLayer()->menu();
    notes->addSeparator();
    notes->addAction(m_state);
    notes->addAction(m_settingsAction);

    // the state at the end of the toolbar, with its word beside the icon
    QToolBar *bar = window->mainToolBar();
    bar->addSeparator();
    bar->addAction(m_state);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_state)))
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { start({}); });
    AnnotationStore *store = window->notesStore();
    connect(window, &MainWindow::articleShown, this, [this, store] {
        if (m_settings.syncOnOpen && store->isOpen())
            start({store->document().sha256()});
    });
    connect(store, &AnnotationStore::saved, this, [this, store] {
        if (m_settings.syncOnSave && store->isOpen())
            start({store->document().sha256()});
    });
    connect(window, &MainWindow::closing, this, &SyncController::windowClosing);
    makeRunner();
    applySettings();
}

SyncController::~SyncController()
{
    m_runner->stop();
    delete m_runner; // waits for its cycle, without signals
}

void SyncController::makeRunner()
{
    if (m_runner)
        m_runner->stop();
    delete m_runner; // waits for its cycle
    m_runner = new SyncRunner(m_dataDir, this);
    connect(m_runner, &SyncRunner::stateChanged, this, &SyncController::onStateChanged);
    connect(m_runner, &SyncRunner::progress, m_state, &SyncStateAction::setProgress);
    connect(m_runner, &SyncRunner::finished, this, &SyncController::onFinished);
    onStateChanged(m_runner->state());
}

void SyncController::applySettings()
{
    QString ignored;
    m_settings = SyncSettings::load(m_dataDir, &ignored);
    if (!m_settings.isValid()) {
        m_timer.stop();
        m_state->setLastSync({});
        return;
    }
    const SyncStatus status = SyncEngine::status(m_dataDir, m_settings);
    if (status.lastError.isEmpty())
        m_state->setLastSync(status.lastSync);
    if (m_settings.syncEveryMinutes > 0)
        m_timer.start(m_settings.syncEveryMinutes * 60 * 1000);
    else
        m_timer.stop();
}

void SyncController::start(const QList<QByteArray> &contentHashes)
{
    if (m_closing || !m_settings.isValid())
        return;
    m_runner->start(contentHashes); // nothing after a wrong password
}

void SyncController::syncNow()
{
    if (m_state->opensSettings()) {
        showSettings();
        return;
    }
    start({});
}

void SyncController::showSettings()
{
    if (!m_dialog) {
        m_dialog = new SyncSettingsDialog(m_dataDir, m_window);
        connect(m_dialog, &SyncSettingsDialog::settingsSaved, this,
                &SyncController::onSettingsSaved);
    } else {
        m_dialog->load();
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

void SyncController::onSettingsSaved(bool enabled, const QStringList &warnings)
{
    if (!enabled) {
        makeRunner(); // not set up any more
        applySettings();
        m_window->messageBar()->setMessage(kTopic, QString());
        showMessage(tr("Sync is off. The notes stay on this device."));
        return;
    }
    applySettings();
    m_runner->resetAuthorization();
    m_window->messageBar()->setMessage(kTopic, warnings.join(u'\n'));
    m_refusedShown = false;
    start({}); // the new settings at work at once
}

void SyncController::onStateChanged(SyncRunner::State state)
{
    const SyncReport &last = m_runner->lastReport();
    m_state->setState(state, last.error, last.conflicts);
}

void SyncController::onFinished(const SyncReport &report)
{
    AnnotationStore *store = m_window ? m_window->notesStore() : nullptr;
    if (store && store->isOpen())
        store->syncWithDisk(); // what the cycle brought in, shown at once
    if (report.ok())
        m_state->setLastSync(QDateTime::currentDateTimeUtc());
    onStateChanged(m_runner->state());
    if (!m_window)
        return;
    MessageBar *bar = m_window->messageBar();
    if (report.unauthorized) {
        bar->setMessage(kTopic, tr("The server refused the user name or password, so sync "
                                   "stopped. Enter them again in Notes > Sync Settings."));
        m_refusedShown = true;
        return;
    }
    if (!report.ok()) {
        showMessage(report.offline ? tr("Sync: the server cannot be reached; the notes sync "
                                        "later. %1").arg(report.error)
                                   : tr("Sync failed: %1").arg(report.error));
        return;
    }
    if (report.conflicts > 0) {
        qsizetype here = 0;
        if (store && store->isOpen())
            here = std::count_if(store->annotations().cbegin(), store->annotations().cend(),
                                 [](const Annotation &a) {
                                     return a.tags.contains(QLatin1StringView(
                                         SyncMerge::kConflictTag));
                                 });
        bar->setMessage(kTopic,
                        tr("Sync kept both versions of %n note(s) edited on two devices: each "
                           "copy is next to its note, tagged “%1” (Notes tab; %2 in this "
                           "article).", nullptr, report.conflicts)
                            .arg(QLatin1StringView(SyncMerge::kConflictTag))
                            .arg(here));
    } else if (m_refusedShown) {
        bar->setMessage(kTopic, QString()); // the password works again
    }
    m_refusedShown = false;
    QStringList parts;
    if (report.added > 0)
        parts.append(tr("%n note(s) added", nullptr, report.added));
    if (report.changed > 0)
        parts.append(tr("%n changed", "notes", report.changed));
    if (report.removed > 0)
        parts.append(tr("%n removed", "notes", report.removed));
    if (!parts.isEmpty())
        showMessage(tr("Synced: %1.").arg(parts.join(QStringLiteral(", "))));
}

void SyncController::showMessage(const QString &text)
{
    if (m_window)
        m_window->statusBar()->showMessage(text, 8000);
}

void SyncController::windowClosing()
{
    // no new cycle, the running one stops (its request aborted)
    m_closing = true;
    m_timer.stop();
    if (m_runner->isRunning()) {
        m_runner->stop();
        m_runner->wait();
    }
}

} // namespace gloss
