#pragma once

#include <QStringList>

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

} // namespace gloss::cli
