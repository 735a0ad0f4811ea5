#pragma once

#include <QString>
#include <QStringList>

namespace gloss {

/**
 * @brief How to start Gloss again the way this process was started (View > Language >
 * Restart Now).
 *
 * QCoreApplication::applicationFilePath() is not enough: a build-root Gloss runs under the
 * dynamic loader ("ld-linux-x86-64.so.2 --library-path … gloss ARGS", scripts/lib/env.sh), so
 * the executable is the loader, and the program's own argv[0] may be relative or found on PATH.
 * The command re-runs the process's executable (/proc/self/exe) with the words of its original
 * command line up to the program (the loader's options and the program itself), the program's
 * own options as given (theme, data folder, Qt's options), and the article to open instead of
 * the one it was started with. The environment is inherited.
 */
class RestartCommand
{
public:
    QString program;
    QStringList arguments;

    /**
     * Records the file arguments this process was started with (the command line's positional
     * arguments; main() calls it once): a restart opens another article instead.
     */
    static void setStartFiles(const QStringList &files);
    /**
     * The command for this process, opening @p open (a file path or web address; empty: the
     * default article) instead of the files it was started with.
     */
    static RestartCommand forThisProcess(const QString &open);

    /**
     * The command from what is known of a process: @p executable (what /proc/self/exe names),
     * @p commandLine (its words, /proc/self/cmdline; empty when unknown), @p appArguments
     * (QCoreApplication::arguments(): argv as the program saw it, Qt's own options taken out),
     * @p files (positional arguments to drop) and @p open (appended when not empty).
     */
    static RestartCommand make(const QString &executable, const QStringList &commandLine,
                               const QStringList &appArguments, const QStringList &files,
                               const QString &open);

    /** Starts the command, detached; false when it could not be started. */
    bool startDetached() const;
};

} // namespace gloss
