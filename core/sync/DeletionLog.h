#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QUuid>

namespace gloss {

/**
 * @brief The notes deleted on this device, with the time of each deletion, so that a sync can
 * send them (as tombstones) to the other devices.
 *
 * One small JSON file per article, `DATA/sync/deleted/<sha256 of the text>.json`, beside the
 * notes (whose file format is left as it is): `{"<uuid>": "<UTC time>", …}`. AnnotationStore
 * records every deletion when it saves; the sync reads them (SyncMerge::localState) and drops
 * the ones it has sent. Written atomically (QSaveFile).
 */
namespace DeletionLog {

QString path(const QString &dataDir, const QByteArray &contentHash);
/** The deletions recorded for the article with @p contentHash (empty when none). */
QHash<QUuid, QDateTime> read(const QString &dataDir, const QByteArray &contentHash);
/** Adds @p deletions to the record (a later time replaces an earlier one). */
bool record(const QString &dataDir, const QByteArray &contentHash,
            const QHash<QUuid, QDateTime> &deletions, QString *error = nullptr);
/** Replaces the record with @p deletions (removes the file when empty). */
bool write(const QString &dataDir, const QByteArray &contentHash,
           const QHash<QUuid, QDateTime> &deletions, QString *error = nullptr);

} // namespace DeletionLog

} // namespace gloss
