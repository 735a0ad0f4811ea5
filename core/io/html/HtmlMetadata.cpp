#include "HtmlMetadata_p.h"
#include "HtmlNodes_p.h"
#include "HtmlText_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <initializer_list>
#include <string>

namespace gloss::html {

QString cleanAuthor(QString s)
{
    s = s.simplified();
    static const QRegularExpression by(QStringLiteral("^(by|von|par|por|door)\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    s.remove(by);
    while (!s.isEmpty() && (s.back() == u',' || s.back() == u'|' || s.back() == u'-'))
        s.chop(1);
    return s.trimmed();
}

namespace {

bool looksLikeUrl(const QString &s)
{
    return s.startsWith(u"http://") || s.startsWith(u"https://") || s.startsWith(u"//");
}

/** Reads the metadata a head element (or <h1>, <time>) holds; true when @p n was one. */
bool readMetaElement(const GumboNode *n, Meta &meta)
{
    switch (tagOf(n)) {
    case GUMBO_TAG_TITLE:
        if (meta.titleElement.isEmpty()) {
            TextSink sink;
            forEachChild(n, [&](const GumboNode *c) { collectText(c, sink); });
            meta.titleElement = sink.take();
        }
        return true;
    case GUMBO_TAG_META: {
        const QString content = qstr(attribute(n, "content")).trimmed();
        if (content.isEmpty())
            return true;
        for (const char *key : {"property", "name", "itemprop"}) {
            const QString k = qstr(attribute(n, key)).trimmed().toLower();
            if (!k.isEmpty() && !meta.tags.contains(k))
                meta.tags.insert(k, content);
        }
        return true;
    }
    case GUMBO_TAG_LINK:
        if (lowered(attribute(n, "rel")) == "canonical" && meta.canonical.isEmpty())
            meta.canonical = qstr(attribute(n, "href")).trimmed();
        return true;
    case GUMBO_TAG_SCRIPT: {
        if (lowered(attribute(n, "type")) != "application/ld+json")
            return true;
        QByteArray json;
        forEachChild(n, [&](const GumboNode *c) {
            if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA
                || c->type == GUMBO_NODE_WHITESPACE)
                json += c->v.text.text;
        });
        meta.jsonLd.append(json);
        return true;
    }
    case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
        return true;
    case GUMBO_TAG_H1:
        if (meta.h1.isEmpty())
            meta.h1 = textOf(n);
        return true;
    case GUMBO_TAG_TIME: {
        const QString dt = qstr(attribute(n, "datetime")).trimmed();
        if (!dt.isEmpty()) {
            if (meta.timeDatetime.isEmpty())
                meta.timeDatetime = dt;
            const bool published = lowered(attribute(n, "itemprop")) == "datepublished"
                                   || gumbo_get_attribute(&n->v.element.attributes, "pubdate");
            if (published && meta.timePublished.isEmpty())
                meta.timePublished = dt;
        }
        return true;
    }
    default:
        return false;
    }
}

/** Takes the text of a byline element (rel/itemprop author, a byline or author class). */
void readByline(const GumboNode *n, Meta &meta)
{
    if (!meta.bylineText.isEmpty() || isHidden(n))
        return;
    const bool relAuthor = lowered(attribute(n, "rel")) == "author";
    const bool itemAuthor = lowered(attribute(n, "itemprop")) == "author";
    const std::string cls = lowered(attribute(n, "class"));
    const bool bylineClass = cls.find("byline") != std::string::npos
                             || cls.find("author") != std::string::npos;
    if (relAuthor || itemAuthor || bylineClass) {
        QString text = cleanAuthor(textOf(n));
        if (!text.isEmpty() && text.size() < 100)
            meta.bylineText = std::move(text);
    }
}

bool isArticleType(const QJsonValue &type)
{
    static const QStringList extra = {QStringLiteral("BlogPosting"),
                                      QStringLiteral("LiveBlogPosting"), QStringLiteral("Report")};
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(),
                           [](const QJsonValue &v) { return isArticleType(v); });
    }
    const QString t = type.toString();
    return t.endsWith(u"Article") || extra.contains(t);
}

void indexJsonLd(const QJsonValue &v, QHash<QString, QJsonObject> &byId,
                 QList<QJsonObject> &articles, int depth)
{
    if (depth > 6)
        return;
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            indexJsonLd(e, byId, articles, depth + 1);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    const QString id = o.value(u"@id").toString();
    if (!id.isEmpty() && o.size() > 1)
        byId.insert(id, o);
    if (isArticleType(o.value(u"@type")))
        articles.append(o);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it->isObject() || it->isArray())
            indexJsonLd(*it, byId, articles, depth + 1);
    }
}

QString jsonName(const QJsonValue &v, const QHash<QString, QJsonObject> &byId)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &e : v.toArray()) {
            const QString n = jsonName(e, byId);
            if (!n.isEmpty() && !names.contains(n))
                names << n;
        }
        return names.join(QStringLiteral(", "));
    }
    QJsonObject o = v.toObject();
    if (!o.contains(u"name") && byId.contains(o.value(u"@id").toString()))
        o = byId.value(o.value(u"@id").toString());
    return o.value(u"name").toString();
}

QString firstOf(const Meta &meta, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QString v = meta.tags.value(QString::fromLatin1(k)).simplified();
        if (!v.isEmpty())
            return v;
    }
    return {};
}

/** The site name, the headline (cleaned of the site name) and the author. */
void readNames(const Meta &meta, const JsonLdArticle &ld, HtmlArticle &article)
{
    article.site = firstOf(meta, {"og:site_name", "application-name", "twitter:site"});
    if (article.site.isEmpty() || article.site.startsWith(u'@'))
        article.site = ld.publisher.isEmpty() ? article.site : ld.publisher;
    QString title = ld.headline;
    if (title.isEmpty())
        title = firstOf(meta, {"og:title", "twitter:title", "headline", "sailthru.title"});
    if (title.isEmpty())
        title = meta.h1;
    if (title.isEmpty())
        title = meta.titleElement;
    article.title = cleanTitle(title, article.site);

    article.author = ld.author;
    if (article.author.isEmpty()) {
        const QString a = firstOf(meta, {"author", "article:author", "byl", "parsely-author",
                                         "sailthru.author", "dc.creator"});
        if (!looksLikeUrl(a))
            article.author = cleanAuthor(a);
    }
    if (article.author.isEmpty())
        article.author = meta.bylineText;
}

/** The publication date and the page's own address. */
void readDateAndUrl(const Meta &meta, const JsonLdArticle &ld, HtmlArticle &article)
{
    const QString dateCandidates[] = {
        ld.date,
        firstOf(meta, {"article:published_time", "datepublished", "og:article:published_time",
                       "pubdate", "publishdate", "publish-date", "parsely-pub-date",
                       "sailthru.date", "dc.date.issued", "dcterms.created", "date"}),
        meta.timePublished, meta.timeDatetime};
    for (const QString &d : dateCandidates) {
        article.published = parseDate(d);
        if (article.published.isValid())
            break;
    }

    article.url = firstOf(meta, {"og:url"});
    if (article.url.isEmpty())
        article.url = meta.canonical;
    if (article.url.isEmpty())
        article.url = ld.url;
}

} // namespace

void collectMeta(const GumboNode *n, Meta &meta)
{
    if (!isElement(n) || readMetaElement(n, meta))
        return;
    readByline(n, meta);
    forEachChild(n, [&](const GumboNode *c) { collectMeta(c, meta); });
}

JsonLdArticle readJsonLd(const QList<QByteArray> &scripts, QStringList &warnings)
{
    QHash<QString, QJsonObject> byId;
    QList<QJsonObject> articles;
    for (QByteArray json : scripts) {
        json = json.trimmed();
        if (json.startsWith("<![CDATA[") && json.endsWith("]]>"))
            json = json.mid(9, json.size() - 12);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            warnings << QCoreApplication::translate("HtmlExtractor",
                                                    "Ignored invalid JSON-LD metadata: %1")
                            .arg(error.errorString());
            continue;
        }
        indexJsonLd(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), byId,
                    articles, 0);
    }
    JsonLdArticle out;
    for (const QJsonObject &a : std::as_const(articles)) {
        if (out.headline.isEmpty())
            out.headline = a.value(u"headline").toString().simplified();
        if (out.author.isEmpty())
            out.author = cleanAuthor(jsonName(a.value(u"author"), byId));
        if (out.date.isEmpty())
            out.date = a.value(u"datePublished").toString();
        if (out.publisher.isEmpty())
            out.publisher = jsonName(a.value(u"publisher"), byId).simplified();
        if (out.url.isEmpty()) {
            out.url = a.value(u"url").toString();
            const QJsonValue main = a.value(u"mainEntityOfPage");
            if (out.url.isEmpty())
                out.url = main.isString() ? main.toString() : main[u"@id"].toString();
        }
    }
    return out;
}

QDateTime parseDate(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(v, Qt::ISODate);
    if (!dt.isValid() && v.size() > 10 && v[10] == u' ') {
        QString t = v;
        t[10] = u'T';
        t.remove(QRegularExpression(QStringLiteral("\\s+(?=[+-]\\d\\d:?\\d\\d$|Z$)")));
        dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    }
    if (!dt.isValid()) {
        static const QRegularExpression zone(QStringLiteral("\\s(GMT|UTC|UT)$"));
        QString rfc = v;
        rfc.replace(zone, QStringLiteral(" +0000"));
        dt = QDateTime::fromString(rfc, Qt::RFC2822Date);
    }
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(v.left(10), Qt::ISODate);
        if (d.isValid())
            dt = d.startOfDay(QTimeZone::UTC);
    }
    return dt;
}

QString cleanTitle(const QString &title, const QString &site)
{
    QString t = title.simplified();
    static const QStringList separators = {QStringLiteral(" | "), QStringLiteral(" - "),
                                           QStringLiteral(" \u2013 "), QStringLiteral(" \u2014 "),
                                           QStringLiteral(" :: "), QStringLiteral(" \u00B7 "),
                                           QStringLiteral(" / "), QStringLiteral(" \u00BB ")};
    const QString s = site.simplified();
    for (const QString &sep : separators) {
        if (!s.isEmpty() && t.endsWith(sep + s, Qt::CaseInsensitive))
            return t.left(t.size() - sep.size() - s.size()).trimmed();
        if (!s.isEmpty() && t.startsWith(s + sep, Qt::CaseInsensitive))
            return t.mid(s.size() + sep.size()).trimmed();
    }
    auto words = [](QStringView v) {
        return v.trimmed().split(u' ', Qt::SkipEmptyParts).size();
    };
    qsizetype best = -1, bestSep = 0;
    for (const QString &sep : separators) {
        const qsizetype at = t.lastIndexOf(sep);
        if (at > best) {
            best = at;
            bestSep = sep.size();
        }
    }
    if (best > 0) {
        const QStringView head = QStringView(t).left(best);
        const QStringView tail = QStringView(t).mid(best + bestSep);
        if (words(tail) <= 4 && words(head) >= 3)
            return head.trimmed().toString();
    }
    return t;
}

void readMetadata(const GumboNode *root, HtmlArticle &article)
{
    Meta meta;
    collectMeta(root, meta);
    const JsonLdArticle ld = readJsonLd(meta.jsonLd, article.warnings);
    readNames(meta, ld, article);
    readDateAndUrl(meta, ld, article);
}

} // namespace gloss::html
