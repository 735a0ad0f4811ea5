#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gloss {

/** What a sync cycle did (or, with a dry run, would do). */
struct SyncReport
{
    /** Articles looked at. */
    int articles = 0;
    /** Notes added, changed and removed in the local notes files. */
    int added = 0;
    int changed = 0;
    int removed = 0;
    /** Conflict copies made (notes edited on two devices). */
    int conflicts = 0;
    /** This device's files sent, other devices' files fetched. */
    int uploaded = 0;
    int downloaded = 0;
    /** HTTP requests sent. */
    int requests = 0;
    /** Problems that did not stop the cycle (an unreadable file of another device, …). */
    QStringList problems;
    /** Why the cycle stopped, empty when it completed. */
    QString error;
    /** The cycle stopped because the server refused the user or password (no retry). */
    bool unauthorized = false;
    /** The cycle stopped because the server could not be reached. */
    bool offline = false;
    bool ok() const { return error.isEmpty(); }
};

/** The state of sync on this device, read from disk (`gloss sync status`). */
struct SyncStatus
{
    QDateTime lastSync;
    QString lastError;
    /** Articles synced at least once. */
    int articles = 0;
    /** Articles with local changes not sent yet. */
    int pending = 0;
};

} // namespace gloss
