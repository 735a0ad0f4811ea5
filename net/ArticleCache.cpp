#include "ArticleCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace gloss {

namespace {
constexpr int kFormatVersion = 1;
}

ArticleCache::ArticleCache(QString directory)
    : m_directory(std::move(directory))
{
}

QString ArticleCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/pages");
}

QUrl ArticleCache::keyUrl(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
}

QString ArticleCache::pathFor(const QUrl &url) const
{
    const QByteArray key = keyUrl(url).toEncoded();
    return m_directory + u'/'
           + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex())
           + QStringLiteral(".json");
}

std::optional<Document> ArticleCache::find(const QUrl &url) const
{
    QFile file(pathFor(url));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    // a hash collision or a foreign file: never show another page's text
    if (o.value(u"version").toInt() != kFormatVersion
        || o.value(u"url").toString() != QString::fromUtf8(keyUrl(url).toEncoded()))
        return std::nullopt;
    Document doc(o.value(u"text").toString(), o.value(u"source").toString());
    doc.format = o.value(u"format").toString();
    doc.metaTitle = o.value(u"title").toString();
    doc.metaAuthor = o.value(u"author").toString();
    doc.metaSite = o.value(u"site").toString();
    doc.metaUrl = o.value(u"pageUrl").toString();
    doc.metaDate = QDateTime::fromString(o.value(u"date").toString(), Qt::ISODateWithMs);
    for (const QJsonValue &w : o.value(u"warnings").toArray())
        doc.warnings << w.toString();
    return doc;
}

bool ArticleCache::store(const QUrl &url, const Document &document, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QDir().mkpath(m_directory))
        return fail(QCoreApplication::translate("ArticleCache", "Cannot create %1")
                        .arg(m_directory));
    QJsonObject o;
    o.insert(u"version", kFormatVersion);
    o.insert(u"url", QString::fromUtf8(keyUrl(url).toEncoded()));
    o.insert(u"source", document.source());
    o.insert(u"fetched", QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    o.insert(u"format", document.format);
    o.insert(u"title", document.metaTitle);
    o.insert(u"author", document.metaAuthor);
    o.insert(u"site", document.metaSite);
    o.insert(u"pageUrl", document.metaUrl);
    o.insert(u"date", document.metaDate.isValid()
                          ? document.metaDate.toString(Qt::ISODateWithMs) : QString());
    o.insert(u"sha256", QString::fromLatin1(document.sha256()));
    o.insert(u"warnings", QJsonArray::fromStringList(document.warnings));
    o.insert(u"text", document.text());
    QSaveFile file(pathFor(url));
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    file.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool ArticleCache::remove(const QUrl &url) const
{
    return QFile::remove(pathFor(url));
}

} // namespace gloss
