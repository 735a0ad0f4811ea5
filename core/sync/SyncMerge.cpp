#include "SyncMerge.h"

#include <QCryptographicHash>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace gloss::SyncMerge {

namespace {

/** The namespace of conflict copies' ids (UUID v5). */
const QUuid kCopyNamespace(QStringLiteral("{6f1c2a8e-4b7d-5e21-9c3a-1d0b7e5f4a62}"));

QString keyTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs)
                          : QStringLiteral("0000-00-00T00:00:00.000Z");
}

bool sameContent(const Annotation &a, const Annotation &b)
{
    return a.text == b.text && a.color == b.color && a.tags == b.tags && a.quote == b.quote
           && a.position == b.position;
}

/** @p a then @p b, without duplicates or @p self, newest first, at most kHistoryLength. */
QStringList joinHistories(const QStringList &a, const QStringList &b, const QString &self)
{
    QStringList out;
    out.reserve(a.size() + b.size());
    QSet<QString> seen{self};
    for (const QStringList *list : {&a, &b}) {
        for (const QString &k : *list) {
            if (!seen.contains(k)) {
                seen.insert(k);
                out.append(k);
            }
        }
    }
    // keys start with their time (ISO 8601): the newest first
    std::sort(out.begin(), out.end(), std::greater<>());
    if (out.size() > kHistoryLength)
        out.resize(kHistoryLength);
    return out;
}

/** Whether @p a wins over the concurrent @p b: the later, then the greater device and key. */
bool wins(const SyncVersion &a, const SyncVersion &b)
{
    return std::tie(a.time, a.device, a.key) > std::tie(b.time, b.device, b.key);
}

SyncVersion conflictCopy(const SyncVersion &loser)
{
    SyncVersion copy;
    copy.id = QUuid::createUuidV5(kCopyNamespace,
                                  loser.id.toString(QUuid::WithoutBraces) + u'|' + loser.key);
    copy.annotation = loser.annotation;
    copy.annotation.id = copy.id;
    copy.annotation.text = conflictMarker(loser) + u'\n' + loser.annotation.text;
    copy.annotation.tags = Annotation::normalizedTags(
        loser.annotation.tags + QStringList{QString::fromLatin1(kConflictTag)});
    copy.time = loser.time;
    copy.device = loser.device;
    copy.key = versionKey(copy.annotation, copy.device);
    return copy;
}

} // namespace

QString versionKey(const Annotation &a, const QString &device)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto add = [&h](const QString &s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    };
    add(a.text);
    add(a.color);
    add(a.tags.join(QChar(0x1e)));
    add(a.quote.exact);
    add(a.quote.prefix);
    add(a.quote.suffix);
    add(QString::number(a.position.start));
    add(QString::number(a.position.end));
    return keyTime(a.modified) + u'|' + device + u'|'
           + QString::fromLatin1(h.result().toHex().left(16));
}

QString tombstoneKey(const QUuid &id, const QDateTime &time, const QString &device)
{
    Q_UNUSED(id)
    return keyTime(time) + u'|' + device + QStringLiteral("|deleted");
}

QString conflictMarker(const SyncVersion &loser)
{
    return QStringLiteral("\u26a0 conflict copy (%1, %2)")
        .arg(loser.device, loser.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
}

QList<SyncVersion> localState(const QList<Annotation> &local, const QList<SyncVersion> &base,
                              const QHash<QUuid, QDateTime> &deletions, const QString &device)
{
    QHash<QUuid, qsizetype> baseAt;
    for (qsizetype i = 0; i < base.size(); ++i)
        baseAt.insert(base.at(i).id, i);
    QList<SyncVersion> out;
    out.reserve(local.size() + base.size());
    QSet<QUuid> present;
    for (const Annotation &a : local) {
        if (a.id.isNull() || present.contains(a.id))
            continue;
        present.insert(a.id);
        const auto it = baseAt.constFind(a.id);
        const SyncVersion *b = it == baseAt.cend() ? nullptr : &base.at(*it);
        if (b && !b->deleted && sameContent(b->annotation, a)) {
            out.append(*b);
            continue;
        }
        SyncVersion v;
        v.id = a.id;
        v.annotation = a;
        v.annotation.state = AnchorState::Anchored;
        v.annotation.span = Span{};
        v.time = a.modified;
        v.device = device;
        v.key = versionKey(a, device);
        if (b)
            v.history = joinHistories({b->key}, b->history, v.key);
        out.append(v);
    }
    for (const SyncVersion &b : base) {
        if (present.contains(b.id))
            continue;
        const auto deleted = deletions.constFind(b.id);
        if (b.deleted || deleted == deletions.cend() || !deleted->isValid()) {
            out.append(b); // a tombstone, or a note missing without a deletion: kept
            continue;
        }
        // deleted here since the last sync
        SyncVersion t;
        t.id = b.id;
        t.deleted = true;
        t.time = deleted->toUTC();
        t.device = device;
        t.key = tombstoneKey(b.id, t.time, device);
        t.history = joinHistories({b.key}, b.history, t.key);
        out.append(t);
    }
    return out;
}

SyncVersion mergeVersions(const SyncVersion &a, const SyncVersion &b, SyncVersion *copy)
{
    if (a.key == b.key) {
        SyncVersion out = a;
        out.history = joinHistories(a.history, b.history, a.key);
        return out;
    }
    if (a.history.contains(b.key) || b.history.contains(a.key)) {
        SyncVersion out = a.history.contains(b.key) ? a : b;
        out.history = joinHistories(a.history, b.history, out.key);
        return out;
    }
    // concurrent: neither knew the other
    const bool aWins = wins(a, b);
    const SyncVersion &winner = aWins ? a : b;
    const SyncVersion &loser = aWins ? b : a;
    SyncVersion out = winner;
    out.history = joinHistories(QStringList{loser.key} + loser.history, winner.history, out.key);
    if (!loser.deleted && copy)
        *copy = conflictCopy(loser);
    return out;
}

Result merge(const QList<QList<SyncVersion>> &states)
{
    Result result;
    QHash<QUuid, qsizetype> at;
    QSet<QUuid> inputIds;
    for (const QList<SyncVersion> &state : states)
        for (const SyncVersion &v : state)
            inputIds.insert(v.id);
    QList<SyncVersion> &out = result.versions;
    QList<SyncVersion> copies;
    const auto fold = [&](const SyncVersion &v) {
        const auto it = at.constFind(v.id);
        if (it == at.cend()) {
            at.insert(v.id, out.size());
            out.append(v);
            return;
        }
        SyncVersion copy;
        out[*it] = mergeVersions(out.at(*it), v, &copy);
        if (!copy.id.isNull())
            copies.append(copy);
    };
    for (const QList<SyncVersion> &state : states)
        for (const SyncVersion &v : state)
            fold(v);
    // copies are notes of their own; one already made elsewhere merges with itself
    QSet<QUuid> counted;
    for (qsizetype i = 0; i < copies.size(); ++i) {
        const SyncVersion c = copies.at(i);
        if (!inputIds.contains(c.id) && !counted.contains(c.id)) {
            counted.insert(c.id);
            ++result.conflicts;
        }
        fold(c);
    }
    return result;
}

QList<Annotation> liveNotes(const QList<SyncVersion> &state)
{
    QList<Annotation> out;
    out.reserve(state.size());
    for (const SyncVersion &v : state) {
        if (!v.deleted)
            out.append(v.annotation);
    }
    return out;
}

} // namespace gloss::SyncMerge
