#include "TestPaths.h"

#include <QDir>
#include <QFile>

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

QString writeTextFile(const QString &dir, const QString &name, const QString &text)
{
    const QString path = QDir(dir).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        return {};
    return path;
}

} // namespace gloss::test
