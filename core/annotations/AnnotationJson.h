#pragma once

#include "Annotation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace gloss {

/**
 * @brief Notes as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/).
 *
 * One note:
 * @code
 * { "@context": "http://www.w3.org/ns/anno.jsonld",      // only when standalone
 *   "id": "urn:uuid:…", "type": "Annotation", "motivation": "commenting",
 *   "created": "2026-11-28T06:00:00.000Z", "modified": "…",
 *   "body": [ { "type": "TextualBody", "value": "the note", "format": "text/plain",
 *               "purpose": "commenting" },
 *             { "type": "TextualBody", "value": "a-tag", "purpose": "tagging" } ],
 *   "stylesheet": { "type": "CssStylesheet",
 *                   "value": ".gloss-yellow { background-color: #ffe066; }" },
 *   "target": { "source": "file:///…/article.txt", "styleClass": "gloss-yellow",
 *               "selector": [ { "type": "TextQuoteSelector", "exact": "…", "prefix": "…",
 *                               "suffix": "…" },
 *                             { "type": "TextPositionSelector", "start": 10, "end": 20 } ] } }
 * @endcode
 * A note on the whole article has a target without selectors. Positions are code points.
 *
 * The notes file of an article is an AnnotationCollection with one embedded page:
 * @code
 * { "@context": ["http://www.w3.org/ns/anno.jsonld",
 *                {"gloss": "https://gloss.example.org/ns#"}],
 *   "id": "urn:gloss:notes:<sha256>", "type": "AnnotationCollection", "label": "…",
 *   "generator": {…}, "gloss:source": "/path/as/opened", "gloss:contentHash": "<sha256>",
 *   "total": N, "first": { "type": "AnnotationPage", "startIndex": 0, "items": [ … ] } }
 * @endcode
 */
namespace AnnotationJson {

inline constexpr char kContext[] = "http://www.w3.org/ns/anno.jsonld";
inline constexpr char kGlossNamespace[] = "https://gloss.example.org/ns#";

/** The IRI of a source: a URL as is, ":/x" as "qrc:/x", a path as a file: URL. */
QString sourceIri(const QString &source);

/** One note as a W3C Annotation (without "@context" unless @p standalone). */
QJsonObject toJson(const Annotation &annotation, const QString &sourceIri,
                   bool standalone = false);
/**
 * Reads one W3C Annotation. Accepts ids "urn:uuid:…" (others get a fresh UUID derived from
 * the id, so re-reading gives the same one), a body as an object or array, a target as an
 * IRI, an object or an array (the first), selectors as an object or array, and also a
 * RangeSelector-free subset of what Hypothesis exports. Returns nullopt with @p error set
 * when it is not an annotation with a usable target.
 */
std::optional<Annotation> fromJson(const QJsonObject &object, QString *error = nullptr);

/** What a notes file held. */
struct Collection
{
    QString source;
    QByteArray contentHash;
    QList<Annotation> annotations;
    /** What could not be read (empty when the file was whole and valid). */
    QStringList problems;
    /** The file parsed as JSON and was a collection (problems may still name bad items). */
    bool wellFormed = false;
};

/** The notes file of an article (compact JSON: one line). */
QByteArray collectionToBytes(const QList<Annotation> &annotations, const QString &source,
                             const QByteArray &contentHash);
/**
 * Reads a notes file, keeping every note that can be read: when the JSON as a whole is broken
 * (truncated, damaged) the annotations in it are read one by one.
 */
Collection collectionFromBytes(const QByteArray &bytes);

} // namespace AnnotationJson

} // namespace gloss
