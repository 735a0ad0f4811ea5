#include "RestartCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace gloss {

namespace {

/** The words of this process's command line as the kernel keeps them (Linux), or empty. */
QStringList procCommandLine()
{
    QFile file(QStringLiteral("/proc/self/cmdline"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.endsWith('\0'))
        bytes.chop(1);
    QStringList words;
    for (const QByteArray &word : bytes.split('\0'))
        words.append(QString::fromLocal8Bit(word));
    return words;
}

/** The running executable (the loader when Gloss runs under it), or Qt's idea of it. */
QString procExecutable()
{
    QString exe = QFileInfo(QStringLiteral("/proc/self/exe")).symLinkTarget();
    // replaced by a rebuild while running: the file of that name is the new build
    const QLatin1StringView deleted(" (deleted)");
    if (exe.endsWith(deleted))
        exe.chop(deleted.size());
    return exe.isEmpty() ? QCoreApplication::applicationFilePath() : exe;
}

QStringList &startFiles()
{
    static QStringList files;
    return files;
}

} // namespace

RestartCommand RestartCommand::make(const QString &executable, const QStringList &commandLine,
                                    const QStringList &appArguments, const QStringList &files,
                                    const QString &open)
{
    RestartCommand command;
    command.program = executable;
    const QString argv0 = appArguments.value(0);
    // Where the program's own argv[0] is in the command line: 0 normally, later under the
    // loader. Qt removes only its own options from argv, so the program's words are the last
    // ones; the latest position that leaves room for them is taken.
    qsizetype at = -1;
    if (!argv0.isEmpty()) {
        for (qsizetype i = commandLine.size() - appArguments.size(); i >= 0; --i) {
            if (commandLine.at(i) == argv0) {
                at = i;
                break;
            }
        }
    }
    QStringList tail;
    if (at < 0) { // no /proc: what the program saw
        tail = appArguments.mid(1);
    } else {
        command.arguments = commandLine.mid(1, at); // the loader's words, then the program
        if (at > 0 && command.arguments.last().contains(u'/'))
            command.arguments.last() = QFileInfo(command.arguments.last()).absoluteFilePath();
        tail = commandLine.mid(at + 1);
    }
    for (qsizetype i = files.size() - 1; i >= 0; --i) {
        const qsizetype found = tail.lastIndexOf(files.at(i));
        if (found >= 0)
            tail.removeAt(found);
    }
    command.arguments += tail;
    if (!open.isEmpty())
        command.arguments.append(open);
    return command;
}

void RestartCommand::setStartFiles(const QStringList &files)
{
    startFiles() = files;
}

RestartCommand RestartCommand::forThisProcess(const QString &open)
{
    return make(procExecutable(), procCommandLine(), QCoreApplication::arguments(), startFiles(),
                open);
}

bool RestartCommand::startDetached() const
{
    return QProcess::startDetached(program, arguments);
}

} // namespace gloss
