#pragma once

// Internal to glosscli: what the sub-commands share: their output, translation function,
// --data-dir option and the loading of the article named.

#include "model/Document.h"

#include <QByteArrayView>
#include <QCommandLineOption>
#include <QString>

#include <optional>

class QCommandLineParser;

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

/** `--data-dir DIR`: the folder of Gloss's data (notes) for this run. */
QCommandLineOption dataDirOption();
/** Makes the folder given with dataDirOption(), if any, the notes' folder (AnnotationStore). */
void useDataDir(const QCommandLineParser &parser);

/**
 * The article at @p path (relative to the current folder; ":/…" for a resource), or nothing
 * when it cannot be loaded, after saying why (writeErr).
 */
std::optional<Document> loadArticle(const QString &path);

} // namespace gloss::cli
