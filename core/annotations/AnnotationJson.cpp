#include "AnnotationJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

namespace gloss::AnnotationJson {

namespace {

const QString kStylePrefix = QStringLiteral("gloss-");

QString isoTime(const QDateTime &t)
{
    if (!t.isValid())
        return QString();
    const QDateTime utc = t.toUTC();
    int year = 0, month = 0, day = 0;
    utc.date().getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return utc.toString(Qt::ISODateWithMs); // (what Qt makes of them)
    // "2026-11-28T06:00:00.000Z", as Qt::ISODateWithMs writes it: written here, 50 times
    // faster (a save of 5,000 notes spent two thirds of its time in QDateTime::toString)
    const QTime time = utc.time();
    char16_t out[24];
    const auto put = [&out](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    out[4] = u'-';
    put(5, month, 2);
    out[7] = u'-';
    put(8, day, 2);
    out[10] = u'T';
    put(11, time.hour(), 2);
    out[13] = u':';
    put(14, time.minute(), 2);
    out[16] = u':';
    put(17, time.second(), 2);
    out[19] = u'.';
    put(20, time.msec(), 3);
    out[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(out), 24);
}

/** Digits of @p s at [from, from + count) as a number, or -1. */
int digits(QStringView s, qsizetype from, int count)
{
    int v = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

QDateTime readTime(const QJsonValue &v)
{
    const QString s = v.toString();
    // the form Gloss writes, "2026-11-28T06:00:00.000Z", read quickly (5,000 notes load often)
    if (s.size() == 24 && s.at(4) == u'-' && s.at(7) == u'-' && s.at(10) == u'T'
        && s.at(13) == u':' && s.at(16) == u':' && s.at(19) == u'.' && s.at(23) == u'Z') {
        const int year = digits(s, 0, 4); // -1 when not digits, and QDate takes year -1
        const QDate date(year, digits(s, 5, 2), digits(s, 8, 2));
        const QTime time(digits(s, 11, 2), digits(s, 14, 2), digits(s, 17, 2), digits(s, 20, 3));
        if (year > 0 && date.isValid() && time.isValid())
            return QDateTime(date, time, QTimeZone::UTC);
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return QDateTime();
    t = t.toUTC();
    // a time ISO 8601 cannot write back (a year before 1 or after 9999) would be lost on save
    return isoTime(t).isEmpty() ? QDateTime() : t;
}

/** True when a JSON-LD "type" (a string or an array) names @p type (with or without "oa:"). */
bool hasType(const QJsonValue &v, QLatin1StringView type)
{
    const auto is = [&](const QJsonValue &x) {
        const QString s = x.toString();
        return s == type || (s.startsWith(u"oa:") && QStringView(s).mid(3) == type);
    };
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        return std::any_of(a.begin(), a.end(), is);
    }
    return is(v);
}

/** An object, or the objects of an array. */
QList<QJsonObject> objects(const QJsonValue &v)
{
    QList<QJsonObject> out;
    if (v.isObject()) {
        out.append(v.toObject());
    } else if (v.isArray()) {
        for (const QJsonValue &x : v.toArray()) {
            if (x.isObject())
                out.append(x.toObject());
        }
    }
    return out;
}

QString styleClassOf(const QString &color)
{
    const QString c = Annotation::normalizedColor(color);
    if (c.isEmpty())
        return QString();
    return kStylePrefix + (c.startsWith(u'#') ? c.mid(1) : c);
}

QString colorOfStyle(const QString &styleClass, const QString &css)
{
    if (styleClass.startsWith(kStylePrefix)) {
        const QString c = Annotation::normalizedColor(styleClass.mid(kStylePrefix.size()));
        if (!c.isEmpty())
            return c;
    }
    // another tool's stylesheet: the first background colour in it
    const qsizetype at = css.indexOf(QLatin1StringView("background-color:"));
    if (at >= 0) {
        const QString rest = css.mid(at + 17).trimmed();
        qsizetype stop = 0;
        while (stop < rest.size() && rest.at(stop) != u';' && rest.at(stop) != u'}'
               && !rest.at(stop).isSpace())
            ++stop;
        return Annotation::normalizedColor(rest.left(stop));
    }
    return QString();
}

/** Nesting deeper than any annotation has: a damaged or hostile stretch. */
constexpr qsizetype kMaxItemDepth = 64;

/**
 * The end of the JSON object that starts at @p start ('{'): -1 when it never ends, -2 when it
 * nests deeper than an annotation does.
 */
qsizetype objectEnd(const QByteArray &bytes, qsizetype start)
{
    qsizetype depth = 0;
    bool inString = false;
    const char *d = bytes.constData();
    for (qsizetype i = start, n = bytes.size(); i < n; ++i) {
        const char c = d[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxItemDepth)
                return -2;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

/**
 * The start of the next note Gloss wrote, after @p from: a line that starts with the note's
 * id (collectionToBytes() writes one note per line). Escaped quotes inside strings never look
 * like this.
 */
qsizetype nextNoteStart(const QByteArray &bytes, qsizetype from)
{
    const qsizetype at = bytes.indexOf("\n{\"id\":\"urn:uuid:", from);
    return at < 0 ? -1 : at + 1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',';
}

/**
 * Reads the annotations of a damaged file one by one, from its "items" array on; past a
 * damaged stretch it picks up at the next note. Linear in the file's size.
 */
void salvage(const QByteArray &bytes, Collection &out)
{
    qsizetype at = bytes.indexOf("\"items\"");
    at = at < 0 ? bytes.indexOf('[') : bytes.indexOf('[', at);
    if (at < 0)
        return;
    ++at;
    int lost = 0;
    QSet<QUuid> seen; // hundreds of thousands of notes: no quadratic look-up
    const qsizetype n = bytes.size();
    while (at >= 0 && at < n) {
        while (at < n && isSpace(bytes.at(at)))
            ++at;
        if (at >= n || bytes.at(at) == ']')
            break; // the end of the items
        const qsizetype start = at;
        const qsizetype end = bytes.at(at) == '{' ? objectEnd(bytes, at) : -2;
        if (end == -1) {
            ++lost; // cut off: nothing after it is whole
            break;
        }
        std::optional<Annotation> a;
        if (end > 0) {
            const QJsonDocument doc = QJsonDocument::fromJson(bytes.mid(start, end - start));
            if (doc.isObject())
                a = fromJson(doc.object());
        }
        if (!a) {
            ++lost;
            at = nextNoteStart(bytes, start + 1);
            continue;
        }
        if (!seen.contains(a->id)) {
            seen.insert(a->id);
            out.annotations.append(*a);
        }
        at = end;
    }
    if (lost > 0)
        out.problems.append(QCoreApplication::translate(
            "gloss::AnnotationJson", "%Ln note(s) could not be read", nullptr, lost));
}

} // namespace

QString sourceIri(const QString &source)
{
    if (Document::isBundled(source))
        return Document::publicIri(source); // never the program's internal resource path
    const QUrl url(source);
    if (url.isValid() && url.scheme().size() > 1 && !url.isLocalFile())
        return source;
    if (url.isLocalFile())
        return url.toString(QUrl::FullyEncoded);
    return QUrl::fromLocalFile(source).toString(QUrl::FullyEncoded);
}

QJsonObject toJson(const Annotation &a, const QString &sourceIri, bool standalone)
{
    QJsonObject o;
    if (standalone)
        o.insert(QStringLiteral("@context"), QLatin1StringView(kContext));
    o.insert(QStringLiteral("id"), QString(u"urn:uuid:" + a.id.toString(QUuid::WithoutBraces)));
    o.insert(QStringLiteral("type"), QStringLiteral("Annotation"));
    o.insert(QStringLiteral("motivation"), QStringLiteral("commenting"));
    if (a.created.isValid())
        o.insert(QStringLiteral("created"), isoTime(a.created));
    if (a.modified.isValid())
        o.insert(QStringLiteral("modified"), isoTime(a.modified));

    QJsonArray body;
    body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                            {QStringLiteral("value"), a.text},
                            {QStringLiteral("format"), QStringLiteral("text/plain")},
                            {QStringLiteral("purpose"), QStringLiteral("commenting")}});
    for (const QString &tag : a.tags) {
        body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                {QStringLiteral("value"), tag},
                                {QStringLiteral("purpose"), QStringLiteral("tagging")}});
    }
    o.insert(QStringLiteral("body"), body);

    QJsonObject target{{QStringLiteral("source"), sourceIri}};
    const QString styleClass = styleClassOf(a.color);
    if (!styleClass.isEmpty()) {
        o.insert(QStringLiteral("stylesheet"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("CssStylesheet")},
                             {QStringLiteral("value"),
                              QStringLiteral(".%1 { background-color: %2; }")
                                  .arg(styleClass, Annotation::colorHex(a.color))}});
        target.insert(QStringLiteral("styleClass"), styleClass);
    }
    if (!a.isArticleNote()) {
        QJsonArray selectors;
        selectors.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                     {QStringLiteral("exact"), a.quote.exact},
                                     {QStringLiteral("prefix"), a.quote.prefix},
                                     {QStringLiteral("suffix"), a.quote.suffix}});
        if (a.position.isValid()) {
            selectors.append(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                            {QStringLiteral("start"), qint64(a.position.start)},
                            {QStringLiteral("end"), qint64(a.position.end)}});
        }
        target.insert(QStringLiteral("selector"), selectors);
    }
    o.insert(QStringLiteral("target"), target);
    return o;
}

std::optional<Annotation> fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [&](const QString &why) -> std::optional<Annotation> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!hasType(o.value(QLatin1StringView("type")), QLatin1StringView("Annotation")))
        return fail(QStringLiteral("not an Annotation"));
    Annotation a;
    const QString id = o.value(QLatin1StringView("id")).toString();
    if (id.isEmpty())
        return fail(QStringLiteral("annotation without an id"));
    if (id.startsWith(u"urn:uuid:"))
        a.id = QUuid::fromString(QStringView(id).mid(9));
    if (a.id.isNull()) {
        // another tool's id (an http IRI, ...): a stable UUID made from it
        a.id = QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c5e2a-34a8-4d5e-9b0e-0c5b1a7d9e21}")),
                                   id);
    }
    a.created = readTime(o.value(QLatin1StringView("created")));
    a.modified = readTime(o.value(QLatin1StringView("modified")));
    if (!a.modified.isValid())
        a.modified = a.created;

    QStringList texts;
    if (o.value(QLatin1StringView("bodyValue")).isString())
        texts.append(o.value(QLatin1StringView("bodyValue")).toString());
    for (const QJsonObject &b : objects(o.value(QLatin1StringView("body")))) {
        const QJsonValue value = b.value(QLatin1StringView("value"));
        if (!value.isString())
            continue;
        if (b.value(QLatin1StringView("purpose")).toString() == u"tagging")
            a.tags.append(value.toString());
        else
            texts.append(value.toString());
    }
    a.text = texts.join(QStringLiteral("\n\n"));
    a.tags = Annotation::normalizedTags(a.tags);

    const QJsonValue targetValue = o.value(QLatin1StringView("target"));
    const QList<QJsonObject> targets = objects(targetValue);
    if (targets.isEmpty() && !targetValue.isString())
        return fail(QStringLiteral("annotation without a target"));
    QString css;
    for (const QJsonObject &s : objects(o.value(QLatin1StringView("stylesheet"))))
        css += s.value(QLatin1StringView("value")).toString();
    const QJsonObject target = targets.value(0);
    a.color = colorOfStyle(target.value(QLatin1StringView("styleClass")).toString(), css);

    const QList<QJsonObject> selectors = objects(target.value(QLatin1StringView("selector")));
    bool haveQuote = false;
    for (const QJsonObject &s : selectors) {
        const QJsonValue type = s.value(QLatin1StringView("type"));
        if (hasType(type, QLatin1StringView("TextQuoteSelector"))) {
            a.quote.exact = s.value(QLatin1StringView("exact")).toString();
            a.quote.prefix = s.value(QLatin1StringView("prefix")).toString();
            a.quote.suffix = s.value(QLatin1StringView("suffix")).toString();
            haveQuote = !a.quote.exact.isEmpty();
        } else if (hasType(type, QLatin1StringView("TextPositionSelector"))) {
            const QJsonValue start = s.value(QLatin1StringView("start"));
            const QJsonValue end = s.value(QLatin1StringView("end"));
            if (start.isDouble() && end.isDouble() && start.toDouble() >= 0
                && end.toDouble() >= start.toDouble() && end.toDouble() < 1e15) {
                a.position.start = qsizetype(start.toDouble());
                a.position.end = qsizetype(end.toDouble());
            }
        }
    }
    if (!selectors.isEmpty() && !haveQuote)
        return fail(QStringLiteral("annotation without a TextQuoteSelector"));
    if (!haveQuote)
        a.position = TextPositionSelector{};
    a.state = AnchorState::Anchored;
    return a;
}

namespace {

/** Appends @p s as a JSON string. */
void appendString(QByteArray &out, QStringView s)
{
    out += '"';
    const QByteArray u = s.toUtf8();
    const char *d = u.constData();
    qsizetype run = 0;
    for (qsizetype i = 0, n = u.size(); i < n; ++i) {
        const auto c = static_cast<unsigned char>(d[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(d + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
        }
    }
    out.append(d + run, u.size() - run);
    out += '"';
}

void appendKey(QByteArray &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}

/** One annotation, as toJson() makes it, written directly (5,000 notes save quickly). */
void appendAnnotation(QByteArray &out, const Annotation &a, const QByteArray &iri)
{
    out += "{\"id\":\"urn:uuid:";
    out += a.id.toByteArray(QUuid::WithoutBraces);
    out += "\",\"type\":\"Annotation\",\"motivation\":\"commenting\"";
    if (a.created.isValid()) {
        out += ",\"created\":";
        appendString(out, isoTime(a.created));
    }
    if (a.modified.isValid()) {
        out += ",\"modified\":";
        appendString(out, isoTime(a.modified));
    }
    out += ",\"body\":[{\"type\":\"TextualBody\",\"value\":";
    appendString(out, a.text);
    out += ",\"format\":\"text/plain\",\"purpose\":\"commenting\"}";
    for (const QString &tag : a.tags) {
        out += ",{\"type\":\"TextualBody\",\"value\":";
        appendString(out, tag);
        out += ",\"purpose\":\"tagging\"}";
    }
    out += ']';
    const QString styleClass = styleClassOf(a.color);
    if (!styleClass.isEmpty()) {
        out += ",\"stylesheet\":{\"type\":\"CssStylesheet\",\"value\":";
        appendString(out, QStringLiteral(".%1 { background-color: %2; }")
                              .arg(styleClass, Annotation::colorHex(a.color)));
        out += '}';
    }
    out += ",\"target\":{\"source\":";
    out += iri;
    if (!styleClass.isEmpty()) {
        out += ",\"styleClass\":";
        appendString(out, styleClass);
    }
    if (!a.isArticleNote()) {
        out += ",\"selector\":[{\"type\":\"TextQuoteSelector\",\"exact\":";
        appendString(out, a.quote.exact);
        out += ",\"prefix\":";
        appendString(out, a.quote.prefix);
        out += ",\"suffix\":";
        appendString(out, a.quote.suffix);
        out += '}';
        if (a.position.isValid()) {
            out += ",{\"type\":\"TextPositionSelector\",\"start\":";
            out += QByteArray::number(qint64(a.position.start));
            out += ",\"end\":";
            out += QByteArray::number(qint64(a.position.end));
            out += '}';
        }
        out += ']';
    }
    out += "}}";
}

} // namespace

QByteArray collectionToBytes(const QList<Annotation> &annotations, const QString &source,
                             const QByteArray &contentHash)
{
    // Written by hand, not with QJsonDocument: several times faster for thousands of notes,
    // and one note per line (readable, and a damaged file is read again from the next line).
    QByteArray iri;
    appendString(iri, sourceIri(source));
    QByteArray out;
    out.reserve(1024 + annotations.size() * 700);
    out += "{\"@context\":[\"";
    out += kContext;
    out += "\",{\"gloss\":\"";
    out += kGlossNamespace;
    out += "\"}],\"id\":\"urn:gloss:notes:";
    out += contentHash;
    out += "\",\"type\":\"AnnotationCollection\",";
    appendKey(out, "label");
    appendString(out, QStringLiteral("Notes on %1").arg(source.section(u'/', -1)));
    out += ",\"generator\":{\"id\":\"https://gloss.example.org\",\"type\":\"Software\","
           "\"name\":\"Gloss " GLOSS_VERSION "\"},";
    appendKey(out, "gloss:source");
    appendString(out, Document::isBundled(source) ? Document::publicIri(source) : source);
    out += ",\"gloss:contentHash\":\"";
    out += contentHash;
    out += "\",\"total\":";
    out += QByteArray::number(annotations.size());
    out += ",\"first\":{\"type\":\"AnnotationPage\",\"startIndex\":0,\"items\":[";
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        out += i == 0 ? "\n" : ",\n";
        appendAnnotation(out, annotations.at(i), iri);
    }
    out += "\n]}}\n";
    return out;
}

Collection collectionFromBytes(const QByteArray &bytes)
{
    Collection out;
    if (bytes.trimmed().isEmpty()) {
        out.problems.append(QStringLiteral("the file is empty"));
        return out;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isNull()) {
        out.problems.append(QStringLiteral("damaged JSON at byte %1: %2")
                                .arg(error.offset)
                                .arg(error.errorString()));
        salvage(bytes, out);
        return out;
    }
    QList<QJsonObject> items;
    if (doc.isObject() && hasType(doc.object().value(QLatin1StringView("type")),
                                  QLatin1StringView("AnnotationCollection"))) {
        const QJsonObject o = doc.object();
        out.source = o.value(QLatin1StringView("gloss:source")).toString();
        out.contentHash = o.value(QLatin1StringView("gloss:contentHash")).toString().toLatin1();
        const QJsonValue first = o.value(QLatin1StringView("first"));
        if (!first.isObject()) {
            out.problems.append(QStringLiteral("a collection without an embedded page"));
            return out;
        }
        const QJsonValue list = first.toObject().value(QLatin1StringView("items"));
        if (!list.isArray()) {
            out.problems.append(QStringLiteral("a collection page without items"));
            return out;
        }
        out.wellFormed = true;
        for (const QJsonValue &v : list.toArray()) {
            if (v.isObject())
                items.append(v.toObject());
            else
                out.problems.append(QStringLiteral("an item that is not an object"));
        }
    } else {
        out.problems.append(QStringLiteral("not a Gloss notes file (foreign JSON)"));
        // Annotations another tool wrote (a bare annotation, an array or a page) are read.
        if (doc.isArray()) {
            for (const QJsonValue &v : doc.array()) {
                if (v.isObject())
                    items.append(v.toObject());
            }
        } else if (hasType(doc.object().value(QLatin1StringView("type")),
                           QLatin1StringView("Annotation"))) {
            items.append(doc.object());
        } else if (doc.object().value(QLatin1StringView("items")).isArray()) {
            for (const QJsonValue &v : doc.object().value(QLatin1StringView("items")).toArray()) {
                if (v.isObject())
                    items.append(v.toObject());
            }
        }
    }
    QSet<QUuid> seen;
    int lost = 0;
    for (const QJsonObject &item : std::as_const(items)) {
        QString why;
        std::optional<Annotation> a = fromJson(item, &why);
        if (!a || seen.contains(a->id)) {
            ++lost;
            continue;
        }
        seen.insert(a->id);
        out.annotations.append(*a);
    }
    if (lost > 0)
        out.problems.append(QCoreApplication::translate(
            "gloss::AnnotationJson", "%Ln note(s) could not be read", nullptr, lost));
    return out;
}

} // namespace gloss::AnnotationJson
