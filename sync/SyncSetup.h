#pragma once

#include "SyncModule.h"

namespace gloss {

/**
 * `gloss sync setup`: checks that @p request's server answers this user and password, makes
 * the folders `gloss/v1/`, checks that the server honours preconditions (a PUT with a wrong
 * If-Match, and one with If-None-Match: * on an existing file, must get 412; a warning when
 * not), then saves the settings in the data folder and the password (SyncSettings). Nothing is
 * saved when the check fails.
 */
void setupSync(const syncmodule::SetupRequest &request, syncmodule::SetupResult &result);

/**
 * The checks of setupSync() alone (a settings dialog's Test): the server is asked, nothing is
 * saved locally. Returns whether the server's folder ETags follow their files (1) or not (0),
 * for saveSyncSetup().
 */
int checkSyncServer(const syncmodule::SetupRequest &request, syncmodule::SetupResult &result);
/**
 * The saving half of setupSync(), once checkSyncServer() passed: the settings (keeping when to
 * sync from those saved before), the server's traits and the password.
 */
void saveSyncSetup(const syncmodule::SetupRequest &request, int folderEtags,
                   syncmodule::SetupResult &result);

} // namespace gloss
