// gloss: a headless sub-command (analyze, notes, export: glosscli), or the reading window.
#include "Cli.h"
#include "WindowMain.h"

int main(int argc, char **argv)
{
    if (gloss::cli::isCommand(argc, argv))
        return gloss::cli::run(argc, argv);
    if (const int status = gloss::cli::checkWindowArguments(argc, argv); status >= 0)
        return status;
    return gloss::runWindow(argc, argv);
}
