#include "DeletionLog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gloss::DeletionLog {

QString path(const QString &dataDir, const QByteArray &contentHash)
{
    return QDir(dataDir).filePath(QStringLiteral("sync/deleted/%1.json")
                                      .arg(QString::fromLatin1(contentHash)));
}

QHash<QUuid, QDateTime> read(const QString &dataDir, const QByteArray &contentHash)
{
    QHash<QUuid, QDateTime> out;
    QFile file(path(dataDir, contentHash));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    const QJsonObject o = QJsonDocument::fromJson(file.read(16 * 1024 * 1024)).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QUuid id = QUuid::fromString(it.key());
        const QDateTime t = QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs);
        if (!id.isNull() && t.isValid())
            out.insert(id, t.toUTC());
    }
    return out;
}

bool write(const QString &dataDir, const QByteArray &contentHash,
           const QHash<QUuid, QDateTime> &deletions, QString *error)
{
    const QString file = path(dataDir, contentHash);
    if (deletions.isEmpty()) {
        QFile::remove(file);
        return true;
    }
    QJsonObject o;
    for (auto it = deletions.constBegin(); it != deletions.constEnd(); ++it)
        o.insert(it.key().toString(QUuid::WithoutBraces),
                 it.value().toUTC().toString(Qt::ISODateWithMs));
    QSaveFile out(file);
    if (!QDir().mkpath(QFileInfo(file).path()) || !out.open(QIODevice::WriteOnly)
        || out.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0 || !out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

bool record(const QString &dataDir, const QByteArray &contentHash,
            const QHash<QUuid, QDateTime> &deletions, QString *error)
{
    if (deletions.isEmpty())
        return true;
    QHash<QUuid, QDateTime> all = read(dataDir, contentHash);
    for (auto it = deletions.constBegin(); it != deletions.constEnd(); ++it) {
        if (!all.contains(it.key()) || all.value(it.key()) < it.value())
            all.insert(it.key(), it.value());
    }
    return write(dataDir, contentHash, all, error);
}

} // namespace gloss::DeletionLog
