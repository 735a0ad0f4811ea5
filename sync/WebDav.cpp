#include "WebDav.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>
#include <QXmlStreamReader>

namespace gloss {

namespace {

/** An HTTP date ("Sun, 06 Dec 2026 02:08:15 GMT", RFC 9110); invalid when it is not one. */
QDateTime httpDate(QString text)
{
    text = text.trimmed();
    if (text.endsWith(QLatin1StringView(" GMT")))
        text = text.chopped(4) + QStringLiteral(" +0000"); // the form Qt's RFC 2822 reader takes
    return QDateTime::fromString(text, Qt::RFC2822Date);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::WebDav", text);
}

const QByteArray kPropfindBody =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/><d:getlastmodified/><d:resourcetype/></d:prop></d:propfind>";

/** The entries of a multistatus answer; false when it is not one. */
bool parseMultistatus(const QByteArray &xml, const QString &folderPath, WebDav::Listing &out)
{
    QXmlStreamReader r(xml);
    bool sawMultistatus = false;
    QString href;
    QByteArray etag;
    QDateTime modified;
    bool folder = false;
    bool okStat = true;
    QString normalizedFolder = folderPath;
    while (normalizedFolder.endsWith(u'/'))
        normalizedFolder.chop(1);
    const auto flush = [&]() {
        if (href.isEmpty())
            return;
        QString path = QUrl::fromPercentEncoding(QUrl(href).path(QUrl::FullyEncoded).toUtf8());
        while (path.endsWith(u'/'))
            path.chop(1);
        if (path == normalizedFolder) {
            out.folderEtag = etag;
            out.folderModified = modified;
        } else if (okStat || !etag.isEmpty()) {
            out.entries.append({path.section(u'/', -1), etag, folder, modified});
        }
    };
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const QStringView name = r.name();
            if (r.namespaceUri() != u"DAV:")
                continue;
            if (name == u"multistatus") {
                sawMultistatus = true;
            } else if (name == u"response") {
                href.clear();
                etag.clear();
                modified = QDateTime();
                folder = false;
                okStat = true;
            } else if (name == u"href") {
                href = r.readElementText().trimmed();
            } else if (name == u"getetag") {
                etag = r.readElementText().trimmed().toUtf8();
            } else if (name == u"getlastmodified") {
                modified = httpDate(r.readElementText());
            } else if (name == u"collection") {
                folder = true;
            }
        } else if (r.isEndElement() && r.namespaceUri() == u"DAV:" && r.name() == u"response") {
            flush();
        }
    }
    return sawMultistatus && !r.hasError();
}

} // namespace

WebDav::WebDav(const QUrl &base, const QString &user, const QString &password)
    : m_base(base)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    if (!m_base.path().endsWith(u'/'))
        m_base.setPath(m_base.path() + u'/');
    m_auth = "Basic " + (user + u':' + password).toUtf8().toBase64();
    // no cookies, no cache: every answer comes from the server
    m_nam->setCookieJar(nullptr);
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

WebDav::~WebDav() = default;

QUrl WebDav::url(const QString &path) const
{
    QUrl u = m_base;
    u.setPath(m_base.path() + path);
    return u;
}

WebDav::Reply WebDav::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    ++m_requests;
    QNetworkRequest request(url(path));
    request.setRawHeader("Authorization", m_auth);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // a worker thread asked to stop (SyncRunner::stop(), a window closing) gives up at once
    QTimer interrupted;
    QObject::connect(&interrupted, &QTimer::timeout, reply, [reply] {
        if (QThread::currentThread()->isInterruptionRequested())
            reply->abort();
    });
    interrupted.start(100);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    Reply out;
    out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->isOpen() ? reply->readAll() : QByteArray(); // not after an abort
    out.etag = reply->rawHeader("ETag");
    out.date = httpDate(QString::fromLatin1(reply->rawHeader("Date")));
    const QString where = url(path).toDisplayString(QUrl::RemoveUserInfo);
    const int s = out.httpStatus;
    if (s == 0) {
        out.status = Status::Unreachable;
        out.error = tr("%1: the server cannot be reached (%2)").arg(where, reply->errorString());
    } else if (s >= 200 && s < 300) {
        out.status = Status::Ok;
    } else if (s == 401 || s == 403) {
        out.status = Status::Unauthorized;
        out.error = s == 401 ? tr("%1: the server refused the user name or password (401)")
                                   .arg(where)
                             : tr("%1: this user may not do that here (403)").arg(where);
    } else if (s == 404 || ((verb == "PUT" || verb == "MKCOL") && s == 409)) {
        out.status = Status::NotFound;
        out.error = tr("%1: not found (%2)").arg(where).arg(s);
    } else if (s == 412) {
        out.status = Status::PreconditionFailed;
        out.error = tr("%1: changed meanwhile (412)").arg(where);
    } else {
        out.status = Status::ServerError;
        out.error = tr("%1: the server answered %2 %3")
                        .arg(where)
                        .arg(s)
                        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute)
                                 .toString());
    }
    reply->deleteLater();
    return out;
}

WebDav::Listing WebDav::list(const QString &path)
{
    Listing out;
    QString folder = path;
    if (!folder.isEmpty() && !folder.endsWith(u'/'))
        folder += u'/';
    out.reply = send("PROPFIND", folder, kPropfindBody,
                     {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}});
    if (!out.reply.ok())
        return out;
    if (out.reply.httpStatus != 207
        || !parseMultistatus(out.reply.body, url(folder).path(QUrl::FullyDecoded), out)) {
        out.reply.status = Status::ServerError;
        out.reply.error = tr("%1: not a WebDAV folder listing (HTTP %2)")
                              .arg(url(folder).toDisplayString(QUrl::RemoveUserInfo))
                              .arg(out.reply.httpStatus);
    }
    out.reply.body.clear();
    return out;
}

WebDav::Reply WebDav::get(const QString &path)
{
    return send("GET", path, {}, {});
}

WebDav::Reply WebDav::put(const QString &path, const QByteArray &bytes, const QByteArray &etag,
                          bool unconditional)
{
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/ld+json"}};
    if (!unconditional) {
        if (etag.isEmpty())
            headers.append({QByteArray("If-None-Match"), QByteArray("*")});
        else if (etag.startsWith("W/"))
            headers.append({QByteArray("If"), QByteArray("([" + etag + "])")});
        else
            headers.append({QByteArray("If-Match"), etag});
    }
    return send("PUT", path, bytes, headers);
}

WebDav::Reply WebDav::mkcol(const QString &path)
{
    return send("MKCOL", path, {}, {});
}

WebDav::Reply WebDav::remove(const QString &path)
{
    return send("DELETE", path, {}, {});
}

} // namespace gloss
