// gloss: a headless sub-command (analyze, notes, export: glosscli), or the reading window.
//
// This executable links Qt Core only: the window (Qt Gui, Widgets, KSyntaxHighlighting and
// what they load) is the module gloss-window.so beside it, loaded when the window is wanted.
// `gloss analyze` of a short article spends most of its time loading libraries otherwise.
#include "Cli.h"
#include "Module.h"
#include "WindowMain.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

int runWindow(int argc, char **argv)
{
    // found beside this program, whatever the current folder
    QString error;
    using Entry = int (*)(int, char **);
    const auto entry = reinterpret_cast<Entry>(
        gloss::cli::moduleFunction("gloss-window.so", kGlossWindowEntry, &error));
    if (!entry) {
        const QString message = QCoreApplication::translate(
            "main", "gloss: the window cannot be loaded: %1\n");
        std::fputs(message.arg(error).toLocal8Bit().constData(), stderr);
        return gloss::cli::Failure;
    }
    return entry(argc, argv); // the module stays loaded until the process ends
}

} // namespace

int main(int argc, char **argv)
{
    if (gloss::cli::isCommand(argc, argv))
        return gloss::cli::run(argc, argv);
    if (const int status = gloss::cli::checkWindowArguments(argc, argv); status >= 0)
        return status;
    return runWindow(argc, argv);
}
