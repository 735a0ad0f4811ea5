// `gloss library`: the module gloss-library.so, loaded (with Qt SQL) for this command only.
#include "Cli.h"
#include "CliSupport.h"
#include "LibraryModule.h"
#include "Module.h"

namespace gloss::cli {

int library(const QStringList &args)
{
    QString loadError;
    const auto command = reinterpret_cast<librarymodule::CommandFunction>(moduleFunction(
        librarymodule::kModuleName, librarymodule::kCommandEntry, &loadError));
    if (!command) {
        writeErr(tr("the library cannot be used here (%1)").arg(loadError));
        return Failure;
    }
    return command(args);
}

} // namespace gloss::cli
