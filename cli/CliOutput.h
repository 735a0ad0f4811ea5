#pragma once

// Internal to glosscli: what every sub-command writes with, and its translation function.

#include <QByteArrayView>
#include <QString>

namespace gloss::cli {

/**
 * Writes @p bytes to standard output as they are and, unless @p flush is false (a stream of
 * pieces), flushes them. False when not all were written.
 */
bool writeOut(QByteArrayView bytes, bool flush = true);

/** @p text on standard error in the locale's encoding, as it is (no prefix, no newline). */
void writeErrText(const QString &text);

/** "gloss: @p message" and a newline on standard error. */
void writeErr(const QString &message);

/**
 * @p text translated in the context "gloss::cli" (the one lupdate gives tr() calls in this
 * namespace); @p n chooses the plural form of "%n" texts.
 */
QString tr(const char *text, const char *disambiguation = nullptr, qsizetype n = -1);

} // namespace gloss::cli
