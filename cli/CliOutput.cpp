#include "CliOutput.h"

#include <QCoreApplication>

#include <cstdio>

namespace gloss::cli {

bool writeOut(QByteArrayView bytes, bool flush)
{
    const auto size = static_cast<size_t>(bytes.size());
    const bool written = std::fwrite(bytes.data(), 1, size, stdout) == size;
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

} // namespace gloss::cli
