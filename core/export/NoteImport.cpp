#include "NoteImport.h"

#include "annotations/Anchorer.h"
#include "annotations/AnnotationJson.h"
#include "annotations/AnnotationStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QUrl>

namespace gloss::NoteImport {

namespace {

/** A source IRI in a form that compares: no fragment, no trailing slash. */
QString comparable(const QString &source)
{
    if (source.isEmpty())
        return QString();
    QUrl url(AnnotationJson::sourceIri(source));
    url.setFragment(QString());
    QString s = url.toString(QUrl::FullyEncoded);
    while (s.endsWith(u'/'))
        s.chop(1);
    return s;
}

void targetSourcesOf(const QJsonObject &annotation, QStringList &out, QSet<QString> &seen)
{
    const QJsonValue target = annotation.value(QLatin1StringView("target"));
    const QJsonArray targets = target.isArray() ? target.toArray() : QJsonArray{target};
    for (const QJsonValue &t : targets) {
        const QString s = t.isString() ? t.toString()
                                       : t.toObject().value(QLatin1StringView("source")).toString();
        if (!s.isEmpty() && !seen.contains(s)) {
            seen.insert(s); // a file may name a different source in each of 100,000 notes
            out.append(s);
        }
    }
}

/** The target sources of the annotations in a W3C document (the shapes AnnotationJson reads). */
QStringList targetSources(const QByteArray &bytes)
{
    QStringList out;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    QJsonArray items;
    if (doc.isArray()) {
        items = doc.array();
    } else if (doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.value(QLatin1StringView("items")).isArray())
            items = o.value(QLatin1StringView("items")).toArray();
        else if (o.value(QLatin1StringView("first")).isObject())
            items = o.value(QLatin1StringView("first"))
                        .toObject()
                        .value(QLatin1StringView("items"))
                        .toArray();
        else
            items.append(o);
    }
    QSet<QString> seen;
    for (const QJsonValue &v : std::as_const(items))
        targetSourcesOf(v.toObject(), out, seen);
    return out;
}

} // namespace

QString Result::summary() const
{
    const int count = int(added.size() + updated.size()) + unchanged;
    const QLocale locale;
    return QCoreApplication::translate("gloss::NoteImport",
                                       "%Ln note(s) imported: %1 new, %2 updated, %3 unchanged; "
                                       "%4 orphaned",
                                       nullptr, count)
        .arg(locale.toString(added.size()), locale.toString(updated.size()),
             locale.toString(unchanged), locale.toString(orphaned));
}

Result read(const QByteArray &bytes, const Document &document, const QList<Annotation> &existing,
            bool force)
{
    Result result;
    AnnotationJson::Collection file = AnnotationJson::collectionFromBytes(bytes);
    for (const QString &p : std::as_const(file.problems)) {
        if (!p.startsWith(QLatin1StringView("not a Gloss notes file")))
            result.problems.append(p);
    }
    if (file.annotations.isEmpty()) {
        result.error = result.problems.isEmpty()
                           ? QStringLiteral("no annotations found in the file")
                           : QStringLiteral("no annotations could be read: %1")
                                 .arg(result.problems.join(QStringLiteral("; ")));
        return result;
    }

    const bool sameText = !file.contentHash.isEmpty() && file.contentHash == document.sha256();
    // the targets' sources are only needed (a second parse) when the hash does not tell
    const QStringList targets = sameText ? QStringList() : targetSources(bytes);
    result.fileSource = Document::displaySource(!file.source.isEmpty() ? file.source
                                                                        : targets.value(0));
    bool sameArticle = sameText;
    if (!sameArticle) {
        QStringList sources = targets;
        if (!file.source.isEmpty())
            sources.prepend(file.source);
        const QString mine = comparable(document.source());
        const QString url = comparable(document.metaUrl);
        const bool known = !file.contentHash.isEmpty() || !sources.isEmpty();
        sameArticle = !known;
        for (const QString &s : std::as_const(sources)) {
            const QString c = comparable(s);
            sameArticle |= c == mine || (!url.isEmpty() && c == url);
            if (sameArticle)
                break;
        }
    }
    if (!sameArticle) {
        result.otherArticle = true;
        if (!force) {
            result.error = QStringLiteral("the notes were made on another article (%1), not on "
                                          "%2; nothing imported (force the import to take "
                                          "them anyway)")
                               .arg(result.fileSource.isEmpty() ? QStringLiteral("another text")
                                                                : result.fileSource,
                                    document.displaySource());
            return result;
        }
    }

    QHash<QUuid, const Annotation *> byId;
    for (const Annotation &a : existing)
        byId.insert(a.id, &a);
    const Anchorer anchorer(document);
    for (Annotation &a : file.annotations) {
        const Annotation *old = byId.value(a.id);
        if (old && !(a.modified > old->modified)) {
            ++result.unchanged;
            continue;
        }
        anchorer.anchor(a, sameText);
        if (a.isOrphan())
            ++result.orphaned;
        (old ? result.updated : result.added).append(a);
    }
    result.ok = true;
    return result;
}

void apply(const Result &result, AnnotationStore &store)
{
    for (const Annotation &a : result.updated)
        store.update(a);
    for (const Annotation &a : result.added)
        store.add(a);
}

QList<Annotation> merged(const QList<Annotation> &existing, const Result &result)
{
    QList<Annotation> out = existing;
    QHash<QUuid, qsizetype> at;
    for (qsizetype i = 0; i < out.size(); ++i)
        at.insert(out.at(i).id, i);
    for (const Annotation &a : result.updated) {
        if (at.contains(a.id))
            out[at.value(a.id)] = a;
    }
    out += result.added;
    return out;
}

} // namespace gloss::NoteImport
