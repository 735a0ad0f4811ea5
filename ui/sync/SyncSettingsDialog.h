#pragma once

#include "SyncSettings.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace gloss {

/**
 * @brief Notes > Sync Settings…: the WebDAV server, user, app password and device name, and
 * when the window syncs (an article opened, notes saved, every N minutes; none: by hand).
 *
 * Test Connection runs the setup's checks (checkSyncServer(): the user and password, the
 * folders, whether the server honours preconditions) on a worker thread and shows what they
 * found; nothing is saved. OK saves: when the server, user, device or password changed, after
 * the same checks passed (saveSyncSetup(): the settings, the password in the keychain or, with
 * a warning, in a 0600 file); when only the times changed, at once; with nothing entered on a
 * device without sync, nothing. Unticking the box turns sync off (SyncSettings::remove()). Cancel, Esc and closing the window save nothing; a check
 * still running then is left to end and its answer is dropped.
 */
class SyncSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncSettingsDialog(const QString &dataDir, QWidget *parent = nullptr);
    /** Waits for a check still running (at most the server's timeout). */
    ~SyncSettingsDialog() override;

    /** Fills the fields from the data folder's settings (call before showing). */
    void load();
    /** A check of the server runs (Test Connection, or OK with new server settings). */
    bool isChecking() const { return m_worker != nullptr; }
    /** What the dialog says under the fields (the checks' findings, the problem with OK). */
    QString report() const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    /**
     * OK saved new settings, or turned sync off (@p enabled false); @p warnings are for the
     * user to keep seeing (the password in a file, a server that ignores preconditions).
     */
    void settingsSaved(bool enabled, const QStringList &warnings);

private:
    /** Runs the checks; with @p thenSave, saves and closes when they pass. */
    void check(bool thenSave);
    void onChecked(bool thenSave, int folderEtags, const QString &password, QStringList messages,
                   QStringList warnings, const QString &error);
    /** The settings as the fields give them (when to sync included). */
    SyncSettings fieldSettings() const;
    bool connectionChanged() const;
    /** Whether the fields can be checked; else says why. */
    bool validate();
    void say(const QStringList &messages, const QStringList &warnings, const QString &error);
    void setBusy(bool busy);
    bool saveTimes(QString *error);

    QString m_dataDir;
    SyncSettings m_saved;
    bool m_wasSetUp = false;
    QGroupBox *m_enabled = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_device = nullptr;
    QCheckBox *m_onOpen = nullptr;
    QCheckBox *m_onSave = nullptr;
    QCheckBox *m_every = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_report = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QThread *m_worker = nullptr;
    /** Bumped when the dialog closes: a check's answer for an older round is dropped. */
    int m_round = 0;
};

} // namespace gloss
