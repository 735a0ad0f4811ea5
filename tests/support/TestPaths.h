#pragma once

#include <QString>

/**
 * Paths the tests need: the test data, the source tree and the built gloss binary.
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

} // namespace gloss::test
