#pragma once

// The interface of gloss-sync.so (SyncModule.cpp), through which the command line syncs notes:
// `gloss analyze` and `gloss notes` start without Qt Network and QtKeychain, which only
// `gloss sync` loads (cli/CliSync.cpp). Header only, no Qt Network: included without linking
// glosssync.

#include "SyncReport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace gloss::syncmodule {

/** `gloss sync setup`. */
struct SetupRequest
{
    QString dataDir;
    QUrl url;
    QString user;
    QString device;
    QString password;
};

struct SetupResult
{
    /** Why the setup failed (nothing was saved then). */
    QString error;
    /** What was done, for the user. */
    QStringList messages;
    /** What the user should know (the password in a file; a server that ignores preconditions). */
    QStringList warnings;
    bool ok() const { return error.isEmpty(); }
};

/** `gloss sync [--dry-run] [FILE…]` (contentHashes: the files' texts; empty: all). */
struct CycleRequest
{
    QString dataDir;
    bool dryRun = false;
    QList<QByteArray> contentHashes;
};

/** `gloss sync status`. */
struct StatusResult
{
    /** Empty when sync is set up. */
    QString error;
    QString url;
    QString user;
    QString deviceId;
    QString passwordStore;
    SyncStatus status;
};

using SetupFunction = void (*)(const SetupRequest &, SetupResult &);
using CycleFunction = void (*)(const CycleRequest &, SyncReport &);
using StatusFunction = void (*)(const QString &dataDir, StatusResult &);

inline constexpr const char *kModuleName = "gloss-sync.so";
inline constexpr const char *kSetupEntry = "gloss_sync_setup";
inline constexpr const char *kCycleEntry = "gloss_sync_cycle";
inline constexpr const char *kStatusEntry = "gloss_sync_status";

} // namespace gloss::syncmodule
