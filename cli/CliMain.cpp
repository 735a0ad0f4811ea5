// Which sub-command `gloss` was asked for, and running it without any GUI.
#include "Cli.h"

#include "Language.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace gloss::cli {

namespace {

bool namesCommand(const char *arg)
{
    return std::strcmp(arg, "analyze") == 0 || std::strcmp(arg, "notes") == 0
        || std::strcmp(arg, "export") == 0 || std::strcmp(arg, "sync") == 0
        || std::strcmp(arg, "library") == 0;
}

/** `gloss --data-dir DIR notes ...`: the global option before a sub-command. */
bool dataDirFirst(int argc, char **argv)
{
    return argc > 3 && std::strcmp(argv[1], "--data-dir") == 0 && namesCommand(argv[3]);
}

} // namespace

bool isCommand(int argc, char **argv)
{
    return (argc > 1 && namesCommand(argv[1])) || dataDirFirst(argc, argv);
}

int run(int argc, char **argv)
{
    if (!(argc > 1 && namesCommand(argv[1])) && dataDirFirst(argc, argv))
        std::rotate(argv + 1, argv + 3, argv + 4); // the option goes after the command
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gloss"));
    // the same data folder as the window
    QCoreApplication::setOrganizationName(QStringLiteral("Gloss"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));
    // messages in the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
    Language::apply(Language::resolve(QString()));
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.takeFirst();
    if (command == u"analyze")
        return analyze(args);
    if (command == u"notes" && args.value(0) == u"import")
        return notesImport(args.mid(1));
    if (command == u"notes")
        return notes(args);
    if (command == u"export")
        return exportNotes(args);
    if (command == u"sync")
        return sync(args);
    if (command == u"library")
        return library(args);
    return BadInput;
}

} // namespace gloss::cli
