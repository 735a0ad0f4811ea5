#pragma once

#include "SyncMerge.h"

#include <QByteArray>
#include <QString>

namespace gloss {

/**
 * @brief A device's sync file: a W3C AnnotationCollection of its notes on one article, with
 * versions and tombstones.
 *
 * @code
 * { "@context": ["http://www.w3.org/ns/anno.jsonld", {"gloss": "https://gloss.example.org/ns#"}],
 *   "id": "urn:gloss:sync:<device>:<article id>", "type": "AnnotationCollection",
 *   "gloss:article": "<article id>", "gloss:contentHash": "<sha256 of the text>",
 *   "gloss:source": "<where the device read it>", "gloss:device": "<user>-<device>",
 *   "total": N, "first": { "type": "AnnotationPage", "startIndex": 0, "items": [
 *       { …a W3C Annotation (AnnotationJson)…, "gloss:device": "…", "gloss:version": "<key>",
 *         "gloss:history": ["<key>", …] } ] },
 *   "gloss:tombstones": [ { "id": "urn:uuid:…", "gloss:deleted": "<time>",
 *       "gloss:device": "…", "gloss:version": "<key>", "gloss:history": […] } ] }
 * @endcode
 * Readers of W3C annotations see the notes and ignore the rest. The same form keeps the last
 * synced state on the device (DATA/sync/).
 */
namespace SyncJson {

/** What a sync file names besides its notes. */
struct Header
{
    QString article;
    QByteArray contentHash;
    QString source;
    QString device;
};

QByteArray toBytes(const QList<SyncVersion> &state, const Header &header);

/** What a sync file held. */
struct Parsed
{
    Header header;
    QList<SyncVersion> state;
    /** Empty when the file was read whole. */
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/** Reads a sync file; versions without a key get one (a foreign writer's file). */
Parsed fromBytes(const QByteArray &bytes);

} // namespace SyncJson

} // namespace gloss
