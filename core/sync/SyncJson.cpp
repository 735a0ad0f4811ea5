#include "SyncJson.h"

#include "annotations/AnnotationJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gloss::SyncJson {

using namespace Qt::StringLiterals;

namespace {

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QUuid readId(const QJsonValue &v)
{
    QString s = v.toString();
    if (s.startsWith(QLatin1StringView("urn:uuid:")))
        s = s.mid(9);
    return QUuid::fromString(s);
}

QStringList readHistory(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    out.reserve(a.size());
    for (const QJsonValue &k : a) {
        if (k.isString())
            out.append(k.toString());
    }
    return out;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::SyncJson", text);
}

} // namespace

QByteArray toBytes(const QList<SyncVersion> &state, const Header &header)
{
    const QString iri = AnnotationJson::sourceIri(header.source);
    QJsonArray items;
    QJsonArray tombstones;
    for (const SyncVersion &v : state) {
        QJsonObject o;
        if (v.deleted) {
            o.insert(QStringLiteral("id"),
                     QString(u"urn:uuid:"_s + v.id.toString(QUuid::WithoutBraces)));
            o.insert(QStringLiteral("gloss:deleted"), isoTime(v.time));
        } else {
            o = AnnotationJson::toJson(v.annotation, iri);
        }
        o.insert(QStringLiteral("gloss:device"), v.device);
        o.insert(QStringLiteral("gloss:version"), v.key);
        if (!v.history.isEmpty())
            o.insert(QStringLiteral("gloss:history"), QJsonArray::fromStringList(v.history));
        (v.deleted ? tombstones : items).append(o);
    }
    QJsonObject page{{QStringLiteral("type"), QStringLiteral("AnnotationPage")},
                     {QStringLiteral("startIndex"), 0},
                     {QStringLiteral("items"), items}};
    QJsonObject root{
        {QStringLiteral("@context"),
         QJsonArray{QString::fromLatin1(AnnotationJson::kContext),
                    QJsonObject{{QStringLiteral("gloss"),
                                 QString::fromLatin1(AnnotationJson::kGlossNamespace)}}}},
        {QStringLiteral("id"),
         QStringLiteral("urn:gloss:sync:%1:%2").arg(header.device, header.article)},
        {QStringLiteral("type"), QStringLiteral("AnnotationCollection")},
        {QStringLiteral("gloss:article"), header.article},
        {QStringLiteral("gloss:contentHash"), QString::fromLatin1(header.contentHash)},
        {QStringLiteral("gloss:source"), header.source},
        {QStringLiteral("gloss:device"), header.device},
        {QStringLiteral("total"), items.size()},
        {QStringLiteral("first"), page},
        {QStringLiteral("gloss:tombstones"), tombstones},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Parsed fromBytes(const QByteArray &bytes)
{
    Parsed out;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject()) {
        out.error = error.error != QJsonParseError::NoError
                        ? tr("not JSON (%1 at byte %2)").arg(error.errorString()).arg(error.offset)
                        : tr("not a JSON object");
        return out;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1StringView("type")).toString() != u"AnnotationCollection") {
        out.error = tr("not an AnnotationCollection");
        return out;
    }
    out.header.article = root.value(QLatin1StringView("gloss:article")).toString();
    out.header.contentHash =
        root.value(QLatin1StringView("gloss:contentHash")).toString().toLatin1();
    out.header.source = root.value(QLatin1StringView("gloss:source")).toString();
    out.header.device = root.value(QLatin1StringView("gloss:device")).toString();
    int bad = 0;
    const QJsonArray items = root.value(QLatin1StringView("first"))
                                 .toObject()
                                 .value(QLatin1StringView("items"))
                                 .toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        std::optional<Annotation> a = AnnotationJson::fromJson(o);
        if (!a) {
            ++bad;
            continue;
        }
        SyncVersion v;
        v.id = a->id;
        v.annotation = *a;
        v.time = a->modified;
        v.device = o.value(QLatin1StringView("gloss:device")).toString(out.header.device);
        v.key = o.value(QLatin1StringView("gloss:version")).toString();
        if (v.key.isEmpty())
            v.key = SyncMerge::versionKey(v.annotation, v.device);
        v.history = readHistory(o.value(QLatin1StringView("gloss:history")));
        out.state.append(v);
    }
    const QJsonArray tombs = root.value(QLatin1StringView("gloss:tombstones")).toArray();
    for (const QJsonValue &item : tombs) {
        const QJsonObject o = item.toObject();
        SyncVersion v;
        v.id = readId(o.value(QLatin1StringView("id")));
        v.deleted = true;
        v.time = QDateTime::fromString(o.value(QLatin1StringView("gloss:deleted")).toString(),
                                       Qt::ISODateWithMs);
        if (v.id.isNull() || !v.time.isValid()) {
            ++bad;
            continue;
        }
        v.time = v.time.toUTC();
        v.device = o.value(QLatin1StringView("gloss:device")).toString(out.header.device);
        v.key = o.value(QLatin1StringView("gloss:version")).toString();
        if (v.key.isEmpty())
            v.key = SyncMerge::tombstoneKey(v.id, v.time, v.device);
        v.history = readHistory(o.value(QLatin1StringView("gloss:history")));
        out.state.append(v);
    }
    if (bad > 0)
        out.error = QCoreApplication::translate("gloss::SyncJson", "%n item(s) could not be read",
                                                nullptr, bad);
    return out;
}

} // namespace gloss::SyncJson
