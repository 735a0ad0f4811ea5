#pragma once

#include "SyncRunner.h"

#include <QAction>
#include <QDateTime>

namespace gloss {

/**
 * @brief Sync Now, and where sync stands: in the menu "Sync Now"; on the toolbar an icon and
 * a word (iconText(): not set up, synced, syncing with its progress, offline, conflict, wrong
 * password, failed), a tool tip with the last sync and the last error.
 *
 * It only shows what it is given (setState(), setProgress(), setLastSync()); SyncController
 * decides what a click does: opensSettings() says whether it should open Sync Settings (not
 * set up, wrong password) rather than sync now.
 */
class SyncStateAction : public QAction
{
    Q_OBJECT

public:
    explicit SyncStateAction(QObject *parent = nullptr);

    /** Shows @p state; @p error is the last cycle's error, @p conflicts its conflict copies. */
    void setState(SyncRunner::State state, const QString &error = {}, int conflicts = 0);
    SyncRunner::State state() const { return m_state; }
    /** Progress of the running cycle: @p done of @p total articles. */
    void setProgress(int done, int total);
    /** When the last cycle completed (invalid: never). */
    void setLastSync(const QDateTime &when);

    /** Whether a click should open the settings (nothing to sync with, or a wrong password). */
    bool opensSettings() const;
    /** The icon name (resources/icons) of @p state. */
    static QString iconName(SyncRunner::State state);

private:
    void refresh();

    SyncRunner::State m_state = SyncRunner::State::NotSetUp;
    QString m_error;
    int m_conflicts = 0;
    int m_done = 0;
    int m_total = 0;
    QDateTime m_lastSync;
};

} // namespace gloss
