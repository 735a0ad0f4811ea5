#pragma once

// The interface of gloss-library.so (CliLibrary.cpp): `gloss library ...` with the library's
// code and Qt SQL, loaded only for that command (CliLibraryLoader.cpp), so that `gloss analyze`
// and the other commands start without them. Header only.

#include <QStringList>

namespace gloss::librarymodule {

/** Runs `gloss library` with @p args (after the word "library"); returns the exit status. */
using CommandFunction = int (*)(const QStringList &args);
inline constexpr const char *kModuleName = "gloss-library.so";
inline constexpr const char *kCommandEntry = "gloss_library_command";

} // namespace gloss::librarymodule
