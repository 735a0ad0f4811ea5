#include "Loader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace gloss {

Loader::Result Loader::loadFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, QCoreApplication::translate("Loader", "%1: no such file").arg(path)};
    if (info.isDir())
        return {std::nullopt, QCoreApplication::translate("Loader", "%1: is a folder, not a file").arg(path)};
    if (info.size() > kMaxFileSize)
        return {std::nullopt, QCoreApplication::translate("Loader", "%1: too large (%2 MB; the limit is %3 MB)")
                                  .arg(path).arg(info.size() / (1024 * 1024)).arg(kMaxFileSize / (1024 * 1024))};
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, QCoreApplication::translate("Loader", "%1: cannot read: %2").arg(path, file.errorString())};
    return loadBytes(file.readAll(), path);
}

Loader::Result Loader::loadBytes(const QByteArray &bytes, const QString &name)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    Document doc(text.normalized(QString::NormalizationForm_C), name);
    doc.format = QStringLiteral("text");
    return {std::move(doc), {}};
}

} // namespace gloss
