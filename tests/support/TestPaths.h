#pragma once

#include <QString>

/**
 * Paths the tests need: the test data, the source tree and the built gloss binary (and a
 * text file written where a test wants one).
 *
 * They are compiled into one small file (TestPaths.cpp) instead of every test, so that a
 * clone in another folder rebuilds only that file, not every test, from the compiler cache.
 */
namespace gloss::test {

/** tests/data, or a file below it (@p relative like "html/page.html"). */
QString dataPath(const QString &relative = {});
/** The source tree, or a file below it ("resources/data/sample-article.txt"). */
QString sourcePath(const QString &relative = {});
/** The gloss executable of this build. */
QString glossBinary();
/** Writes @p text as UTF-8 to @p dir/@p name; the file's path, or empty when it cannot. */
QString writeTextFile(const QString &dir, const QString &name, const QString &text);

} // namespace gloss::test
