#include "Cli.h"
#include "CliSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace gloss::cli {

int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    const bool parsed = parser.parse(QStringList{command} + args);
    const QStringList found = parser.optionNames(); // only the options given
    if (found.contains(QStringLiteral("help")) || found.contains(QStringLiteral("h"))
        || found.contains(QStringLiteral("help-all"))) {
        // Qt names the program by its first argument, which may be a build path or the
        // dynamic loader's: say what a user types instead
        QString text = parser.helpText();
        const QStringList appArgs = QCoreApplication::arguments();
        const QString program = appArgs.isEmpty() ? QString() : appArgs.constFirst();
        const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
        if (at >= 0 && at < text.indexOf(u'\n'))
            text.replace(at, program.size(), command);
        writeOut(text.toLocal8Bit());
        return Ok;
    }
    if (!parsed) {
        writeErrText(QStringLiteral("%1: %2\n").arg(command, parser.errorText())
                     + tr("  (see %1 --help)\n").arg(command));
        return BadInput;
    }
    if (found.contains(QStringLiteral("version")) || found.contains(QStringLiteral("v"))) {
        writeOut(QStringLiteral("gloss %1\n").arg(QCoreApplication::applicationVersion())
                     .toLocal8Bit());
        return Ok;
    }
    return -1;
}

} // namespace gloss::cli
