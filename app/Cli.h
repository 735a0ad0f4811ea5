#pragma once

#include <QStringList>

class QCommandLineParser;

/** Headless sub-commands of `gloss`. Each takes the arguments after its name. */
namespace gloss::cli {

/** `gloss analyze FILE... [--format json|text]` */
int analyze(const QStringList &args);

/**
 * `gloss notes add|list|remove FILE ...` (see `gloss notes --help`); `--data-dir DIR` picks
 * the data folder.
 */
int notes(const QStringList &args);

/** `gloss export FILE --format md|html|w3c|csv [-o OUT] [--include claims,quotes]` */
int exportNotes(const QStringList &args);

/** `gloss notes import FILE ANNOTATIONS.json [--force]` */
int notesImport(const QStringList &args);

/** Exit statuses shared by the sub-commands. */
enum ExitStatus { Ok = 0, Failure = 1, BadInput = 2 };

/**
 * Parses @p args (without the program and command names) for @p command ("gloss",
 * "gloss notes"). --help prints the help with @p command as the program (never the path the
 * binary was started by), --version "gloss VERSION", a wrong option the reason; each returns
 * its exit status (Ok, Ok, BadInput). -1: nothing printed, go on.
 */
int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args);

} // namespace gloss::cli
