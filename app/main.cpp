// gloss: a headless sub-command (analyze, notes, export: glosscli), or the reading window.
//
// This executable links Qt Core only: the window (Qt Gui, Widgets, KSyntaxHighlighting and
// what they load) is the module gloss-window.so beside it, loaded when the window is wanted.
// `gloss analyze` of a short article spends most of its time loading libraries otherwise.
#include "Cli.h"
#include "WindowMain.h"

#include <QCoreApplication>

#include <cstdio>
#include <dlfcn.h>

namespace {

int runWindow(int argc, char **argv)
{
    // found beside this program (RUNPATH $ORIGIN), whatever the current folder
    void *module = dlopen("gloss-window.so", RTLD_NOW | RTLD_LOCAL);
    using Entry = int (*)(int, char **);
    const auto entry =
        module ? reinterpret_cast<Entry>(dlsym(module, kGlossWindowEntry)) : nullptr;
    if (!entry) {
        const QString message = QCoreApplication::translate(
            "main", "gloss: the window cannot be loaded: %1\n");
        std::fputs(message.arg(QString::fromLocal8Bit(dlerror())).toLocal8Bit().constData(),
                   stderr);
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
