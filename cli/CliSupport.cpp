#include "CliSupport.h"

#include "annotations/AnnotationStore.h"
#include "io/Loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace gloss::cli {

bool writeOut(QByteArrayView bytes, bool flush)
{
    const auto size = static_cast<size_t>(bytes.size());
    // an empty view may have no data at all: fwrite must not be given a null pointer
    const bool written = size == 0 || std::fwrite(bytes.data(), 1, size, stdout) == size;
    return written && (!flush || std::fflush(stdout) == 0);
}

void writeErrText(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

void writeErr(const QString &message)
{
    writeErrText(QStringLiteral("gloss: ") + message + u'\n');
}

QString tr(const char *text, const char *disambiguation, qsizetype n)
{
    return QCoreApplication::translate("gloss::cli", text, disambiguation, int(n));
}

QCommandLineOption dataDirOption()
{
    return QCommandLineOption(
        QStringLiteral("data-dir"),
        tr("Folder of Gloss's data (default: $GLOSS_DATA_DIR, else the standard one)."),
        QStringLiteral("dir"));
}

void useDataDir(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("data-dir")))
        AnnotationStore::setDefaultDataDir(
            QFileInfo(parser.value(QStringLiteral("data-dir"))).absoluteFilePath());
}

std::optional<Document> loadArticle(const QString &path)
{
    const Loader::Result loaded =
        Loader::loadFile(path.startsWith(u":/") ? path : QFileInfo(path).absoluteFilePath());
    if (!loaded.ok()) {
        writeErr(loaded.error);
        return std::nullopt;
    }
    return loaded.document;
}

} // namespace gloss::cli
