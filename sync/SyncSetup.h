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

} // namespace gloss
