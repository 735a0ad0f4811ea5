#pragma once

#include "annotations/Annotation.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace gloss {

/**
 * @brief One version of a note as sync sees it: the note itself, or its tombstone.
 *
 * Every version has a key, "<time>|<device>|<content hash>", unique in practice, and a history:
 * the keys of the versions it replaced (the version it was edited from, and what that one
 * replaced, the most recent SyncMerge::kHistoryLength kept). A version whose history holds the
 * other's key knows it and replaces it; two versions that do not know each other are
 * concurrent: edits made on two devices between syncs.
 */
struct SyncVersion
{
    QUuid id;
    /** A tombstone: the note was deleted at `time` on `device`. */
    bool deleted = false;
    /** The note (when not deleted). */
    Annotation annotation;
    /** `modified` of the note, or when it was deleted. */
    QDateTime time;
    /** The device that made this version ("<user>-<device>"). */
    QString device;
    QString key;
    /** Keys this version replaces, newest first, at most SyncMerge::kHistoryLength. */
    QStringList history;

    /** Whether this version replaces the one with @p otherKey (knows it or is it). */
    bool knows(const QString &otherKey) const
    {
        return key == otherKey || history.contains(otherKey);
    }
    friend bool operator==(const SyncVersion &, const SyncVersion &) = default;
};

/**
 * @brief The merge of the notes of an article from several devices, by note id: pure, no I/O.
 *
 * A device's state (its notes and tombstones, with versions) is merged with the states the
 * other devices uploaded. The merge of two versions of a note:
 * - the same version, or one that the other knows (its history names it): the later one;
 * - concurrent versions (edited on two devices between syncs): the winner is the one with the
 *   later time, then the greater device id, then the greater key. The loser is kept:
 *   a losing edit becomes a **conflict copy**, a new note on the same target whose body starts
 *   with conflictMarker() and that is tagged "conflict", its id derived from the note's id and
 *   the losing version (so every device makes the same copy and they converge); a losing
 *   tombstone makes the note come back (nothing is lost). The winner's history takes in the
 *   loser's key, so the loser never wins again.
 * So a deletion beats the edits it saw, and an edit it did not see (made concurrently) is kept:
 * as the note itself when it is later than the deletion, else as a conflict copy. A clock set
 * wrong by an hour changes which version wins, never whether a text survives.
 *
 * The merge is commutative, associative and idempotent (a join): devices that have merged the
 * same states hold the same notes, whatever the order of their syncs.
 */
namespace SyncMerge {

/** How many replaced keys a version remembers (older ones: in doubt, a conflict copy). */
inline constexpr int kHistoryLength = 64;
/** The tag of conflict copies. */
inline constexpr char kConflictTag[] = "conflict";

/** The key of @p annotation's version made on @p device. */
QString versionKey(const Annotation &annotation, const QString &device);
/** The key of a tombstone of @p id made at @p time on @p device. */
QString tombstoneKey(const QUuid &id, const QDateTime &time, const QString &device);

/**
 * The first line of a conflict copy's body: "⚠ conflict copy (DEVICE, TIME)". Language-neutral
 * data, not a translated message: every device must make the same copy byte for byte.
 */
QString conflictMarker(const SyncVersion &loser);

/**
 * This device's state: the notes @p local (as the notes file holds them now) against @p base,
 * the state of the last sync. A note unchanged since (same content) keeps its base version; a
 * changed or new one becomes a version of @p device (its history: the base version's). A note
 * of @p base missing from @p local becomes a tombstone only when @p deletions records its
 * deletion (DeletionLog: the store records every deletion, with its time); missing without a
 * record (a notes file damaged, replaced or edited by hand), it is kept: a sync never turns a
 * lost file into deletions. Tombstones of @p base are kept. In the order of @p local, then
 * @p base.
 */
QList<SyncVersion> localState(const QList<Annotation> &local, const QList<SyncVersion> &base,
                              const QHash<QUuid, QDateTime> &deletions, const QString &device);

/** What merge() made. */
struct Result
{
    /** The merged state, in a stable order: the first input's order, then new ids. */
    QList<SyncVersion> versions;
    /** Conflict copies made (new notes). */
    int conflicts = 0;
};

/** Merges @p states (each device's state); the first one's order is kept. */
Result merge(const QList<QList<SyncVersion>> &states);

/** Merges two versions of the same note; @p copy gets the conflict copy, if one is made. */
SyncVersion mergeVersions(const SyncVersion &a, const SyncVersion &b, SyncVersion *copy);

/** The notes of @p state that are not deleted, in its order. */
QList<Annotation> liveNotes(const QList<SyncVersion> &state);

} // namespace SyncMerge

} // namespace gloss
