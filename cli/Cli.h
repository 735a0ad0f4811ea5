#pragma once

#include <QStringList>

class QCommandLineParser;

/**
 * The command line of `gloss` without the window: the headless sub-commands (analyze, notes,
 * export) and the window's options checked before any display is needed.
 *
 * glosscli links Qt Core, Network and Concurrent only (never Qt Gui or Widgets: tests/core/cli
 * checks its link interface), so headless tools and servers can use it, and `gloss analyze`
 * starts without loading the GUI libraries.
 */
namespace gloss::cli {

/** Exit statuses shared by the sub-commands. */
enum ExitStatus { Ok = 0, Failure = 1, BadInput = 2 };

/**
 * Whether @p argv names a sub-command (`gloss analyze …`, also after a leading
 * `--data-dir DIR`).
 */
bool isCommand(int argc, char **argv);

/**
 * Runs the sub-command @p argv names (isCommand()) in a QCoreApplication of its own, with the
 * messages in the system's language; returns its exit status. Reorders @p argv (a leading
 * `--data-dir DIR` goes after the command's name).
 */
int run(int argc, char **argv);

/** `gloss analyze FILE... [--format json|text]` */
int analyze(const QStringList &args);

/**
 * `gloss notes add|list|remove FILE ...` (see `gloss notes --help`); `--data-dir DIR` picks
 * the data folder.
 */
int notes(const QStringList &args);

/** `gloss export FILE --format md|html|w3c|csv [-o OUT] [--include claims,quotes]` */
int exportNotes(const QStringList &args);

/**
 * `gloss sync setup URL --user NAME [--device NAME]`, `gloss sync [--dry-run] [FILE...]`,
 * `gloss sync status` (through the module gloss-sync.so).
 */
int sync(const QStringList &args);

/**
 * `gloss library add|list|search|people|export|check ...`: run by the module gloss-library.so
 * (cli/CliLibrary.cpp), loaded here, so that the other commands never load Qt SQL.
 */
int library(const QStringList &args);

/** `gloss notes import FILE ANNOTATIONS.json [--force]` */
int notesImport(const QStringList &args);

/**
 * Parses @p args (without the program and command names) for @p command ("gloss",
 * "gloss notes"). --help prints the help with @p command as the program (never the path the
 * binary was started by), --version "gloss VERSION", a wrong option the reason; each returns
 * its exit status (Ok, Ok, BadInput). -1: nothing printed, go on.
 */
int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args);

/**
 * The window's options (--screenshot, --size, --theme, --new-window, --data-dir, --library,
 * --library-search, --library-kind, FILE|URL...) and its help, in the language installed (the descriptions are translated as they are made).
 */
void describeWindowOptions(QCommandLineParser &parser);

/**
 * Whether the window, started with the options in @p parser (describeWindowOptions(), parsed),
 * first hands its files to a Gloss running already (app/SingleInstance): not with
 * --new-window, never with --screenshot.
 */
bool usesRunningInstance(const QCommandLineParser &parser);

/** Whether there is a display for the window (QT_QPA_PLATFORM, DISPLAY, WAYLAND_DISPLAY). */
bool hasDisplay();

/**
 * The window's command line checked before the window is made, in a QCoreApplication of its
 * own, when that needs no display: --help and --version are answered, a wrong option is named,
 * and without a display the user is told the alternatives. Returns the exit status then; -1
 * when the window should open. With --screenshot, sets QT_QPA_PLATFORM=offscreen (unless set).
 */
int checkWindowArguments(int argc, char **argv);

} // namespace gloss::cli
