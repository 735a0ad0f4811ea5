#include "TestPaths.h"

namespace gloss::test {

static QString below(const QString &root, const QString &relative)
{
    return relative.isEmpty() ? root : root + u'/' + relative;
}

QString dataPath(const QString &relative)
{
    return below(QStringLiteral(GLOSS_TEST_DATA), relative);
}

QString sourcePath(const QString &relative)
{
    return below(QStringLiteral(GLOSS_SOURCE_DIR), relative);
}

QString glossBinary()
{
    return QStringLiteral(GLOSS_BINARY);
}

} // namespace gloss::test
