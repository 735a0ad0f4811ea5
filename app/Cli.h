#pragma once

#include <QStringList>

/** Headless sub-commands of `gloss`. Each takes the arguments after its name. */
namespace gloss::cli {

/** `gloss analyze FILE... [--format json|text]` */
int analyze(const QStringList &args);

/** Exit statuses shared by the sub-commands. */
enum ExitStatus { Ok = 0, Failure = 1, BadInput = 2 };

} // namespace gloss::cli
