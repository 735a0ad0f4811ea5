#include "SyncStateAction.h"

#include "Icons.h"

#include <QLocale>

namespace gloss {

SyncStateAction::SyncStateAction(QObject *parent)
    : QAction(parent)
{
    // one action for the menu and the toolbar: the menu says what it does (Sync Now), the
    // toolbar button where sync stands (its icon text)
    setObjectName(QStringLiteral("actionSyncNow"));
    setText(tr("S&ync Now"));
    refresh();
}

void SyncStateAction::setState(SyncRunner::State state, const QString &error, int conflicts)
{
    if (state == SyncRunner::State::Syncing && m_state != state)
        m_done = m_total = 0;
    m_state = state;
    m_error = error;
    m_conflicts = conflicts;
    refresh();
}

void SyncStateAction::setProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    refresh();
}

void SyncStateAction::setLastSync(const QDateTime &when)
{
    m_lastSync = when;
    refresh();
}

bool SyncStateAction::opensSettings() const
{
    return m_state == SyncRunner::State::NotSetUp || m_state == SyncRunner::State::Unauthorized;
}

QString SyncStateAction::iconName(SyncRunner::State state)
{
    switch (state) {
    case SyncRunner::State::NotSetUp:
        return QStringLiteral("sync-off");
    case SyncRunner::State::Idle:
        return QStringLiteral("sync-idle");
    case SyncRunner::State::Syncing:
        return QStringLiteral("sync");
    case SyncRunner::State::Synced:
        return QStringLiteral("sync-done");
    case SyncRunner::State::Conflict:
        return QStringLiteral("sync-conflict");
    case SyncRunner::State::Offline:
        return QStringLiteral("sync-offline");
    case SyncRunner::State::Unauthorized:
        return QStringLiteral("sync-password");
    case SyncRunner::State::Failed:
        break;
    }
    return QStringLiteral("sync-failed");
}

void SyncStateAction::refresh()
{
    QString text;
    QString tip;
    switch (m_state) {
    case SyncRunner::State::NotSetUp:
        text = tr("Sync Off");
        tip = tr("Notes are not synced. Click to set up sync with a WebDAV server "
                 "(Nextcloud, ownCloud, …).");
        break;
    case SyncRunner::State::Idle:
        text = tr("Sync");
        tip = tr("Sync is set up. Click to sync now.");
        break;
    case SyncRunner::State::Syncing:
        text = m_total > 0 ? tr("Syncing %1/%2").arg(m_done).arg(m_total) : tr("Syncing");
        tip = tr("Syncing notes with the server…");
        break;
    case SyncRunner::State::Synced:
        text = tr("Synced");
        tip = tr("Notes are synced. Click to sync now.");
        break;
    case SyncRunner::State::Conflict:
        text = tr("Conflict");
        tip = tr("%n note(s) were edited on two devices: both versions are kept, the copy is "
                 "tagged “conflict” in the Notes tab. Click to sync now.",
                 nullptr, m_conflicts);
        break;
    case SyncRunner::State::Offline:
        text = tr("Offline");
        tip = tr("The server could not be reached; notes are kept here and sync later. Click "
                 "to try now.");
        break;
    case SyncRunner::State::Unauthorized:
        text = tr("Wrong Password");
        tip = tr("The server refused the user or password; sync stopped. Click to open the "
                 "sync settings.");
        break;
    case SyncRunner::State::Failed:
        text = tr("Sync Failed");
        tip = tr("The last sync failed. Click to try again.");
        break;
    }
    if (m_state != SyncRunner::State::NotSetUp)
        tip += u'\n'
               + (m_lastSync.isValid()
                      ? tr("Last sync: %1")
                            .arg(QLocale().toString(m_lastSync.toLocalTime(), QLocale::ShortFormat))
                      : tr("Not synced yet."));
    if (!m_error.isEmpty() && m_state != SyncRunner::State::Syncing)
        tip += u'\n' + m_error;
    setIconText(text);
    setToolTip(tip);
    setStatusTip(tip.section(u'\n', 0, 0));
    setIcon(icons::icon(iconName(m_state)));
}

} // namespace gloss
