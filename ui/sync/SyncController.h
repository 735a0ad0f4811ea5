#pragma once

#include "SyncReport.h"
#include "SyncRunner.h"
#include "SyncSettings.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAction;

namespace gloss {

class MainWindow;
class SyncSettingsDialog;
class SyncStateAction;

/**
 * @brief The window's sync (issue 19): Notes > Sync Now and Sync Settings…, the state on the
 * main toolbar, and the cycles the settings ask for.
 *
 * Installed once on a MainWindow (`new SyncController(window)`), using only its public API.
 * A SyncRunner on the notes store's data folder runs the cycles on a worker thread: when an
 * article opens (its notes), after its notes are saved, every N minutes (all notes), and by
 * hand (Sync Now, a click on the state); the settings say which (SyncSettings). After a cycle
 * the open notes store takes in what it brought (AnnotationStore::syncWithDisk()), conflict
 * copies and a wrong password are told in the message bar, the rest in the status bar. A wrong
 * password stops the cycles until the settings change (SyncRunner refuses to retry). When the
 * window closes, the running cycle is stopped (its request under way aborted) and waited for.
 */
class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(MainWindow *window);
    ~SyncController() override;

    SyncRunner *runner() const { return m_runner; }
    SyncStateAction *stateAction() const { return m_state; }
    QAction *settingsAction() const { return m_settingsAction; }
    /** The settings in use (when to sync). */
    const SyncSettings &settings() const { return m_settings; }

    /** Sync Now: every article; opens the settings when sync is not set up or was refused. */
    void syncNow();
    /** Notes > Sync Settings…: the dialog, made on first use. */
    void showSettings();
    SyncSettingsDialog *settingsDialog() const { return m_dialog; }

private:
    void makeRunner();
    /** Reads the settings: when to sync, the timer. */
    void applySettings();
    void start(const QList<QByteArray> &contentHashes);
    void onStateChanged(SyncRunner::State state);
    void onFinished(const SyncReport &report);
    void onSettingsSaved(bool enabled, const QStringList &warnings);
    void showMessage(const QString &text);
    /** The window closes: no new cycle, the running one stopped. */
    void windowClosing();

    QPointer<MainWindow> m_window;
    QString m_dataDir;
    SyncSettings m_settings;
    SyncRunner *m_runner = nullptr;
    SyncStateAction *m_state = nullptr;
    QAction *m_settingsAction = nullptr;
    SyncSettingsDialog *m_dialog = nullptr;
    QTimer m_timer;
    /** The message bar tells of a refused password (cleared by the next good cycle). */
    bool m_refusedShown = false;
    /** The window is closing: no more cycles. */
    bool m_closing = false;
};

} // namespace gloss
