#include "ArticleFetcher.h"

#include "WebFetch.h"

#include "io/TextDecoder.h"
#include "io/html/HtmlCharset.h"
#include "io/html/HtmlExtractor.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace gloss {

ArticleFetcher::ArticleFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

ArticleFetcher::~ArticleFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl ArticleFetcher::urlFromUserInput(const QString &text)
{
    const QString t = text.trimmed();
    QUrl url = QUrl::fromUserInput(t);
    if (!t.contains(QStringLiteral("://")) && url.scheme() == u"http")
        url.setScheme(QStringLiteral("https"));
    return url;
}

bool ArticleFetcher::isWebUrl(const QString &text)
{
    return webfetch::isWebUrl(text);
}

ArticleFetcher::Result ArticleFetcher::fetchNow(const QUrl &url, Policy policy)
{
    Result result;
    ArticleFetcher fetcher;
    QEventLoop loop;
    connect(&fetcher, &ArticleFetcher::fetched, &loop, [&](const Document &doc, bool cached) {
        result.document = doc;
        result.fromCache = cached;
        loop.quit();
    });
    connect(&fetcher, &ArticleFetcher::failed, &loop, [&](const QUrl &, const QString &error) {
        result.error = error;
        loop.quit();
    });
    fetcher.fetch(url, policy);
    loop.exec();
    return result;
}

void ArticleFetcher::fetch(const QUrl &url, Policy policy)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply.clear();
    }
    m_url = url;
    m_body.clear();
    m_contentType.clear();
    m_abort = Abort::None;
    m_abortMessage.clear();

    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
        || url.host().isEmpty()) {
        // answered later, like every other result, so callers can connect after fetch()
        QTimer::singleShot(0, this, [this, url] {
            Q_EMIT failed(url, tr("%1 is not a web address (http or https)")
                                   .arg(url.toDisplayString()));
        });
        return;
    }
    if (policy == Policy::PreferCache) {
        if (std::optional<Document> cached = m_cache.find(url)) {
            QTimer::singleShot(0, this, [this, doc = *std::move(cached)] {
                Q_EMIT fetched(doc, true);
            });
            return;
        }
    }

    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeout);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Gloss/%1 (article reader)").arg(QStringLiteral(GLOSS_VERSION)));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,"
                                   "*/*;q=0.1");
    m_reply = m_network->get(request);
    QNetworkReply *reply = m_reply;
    // Qt reads from the socket on its own thread; a bounded buffer makes it wait for us, so a
    // huge body is never held in memory and the server is slowed down rather than drained.
    reply->setReadBufferSize(kReadBufferSize);
    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl &to) {
        if (checkRedirect(reply->url(), to))
            Q_EMIT reply->redirectAllowed();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &ArticleFetcher::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &ArticleFetcher::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &ArticleFetcher::progress);
    connect(reply, &QNetworkReply::finished, this, &ArticleFetcher::onFinished);
}

void ArticleFetcher::abort()
{
    if (m_reply)
        stop(Abort::User, tr("Download of %1 cancelled").arg(m_url.toDisplayString()));
}

void ArticleFetcher::stop(Abort why, const QString &message)
{
    m_abort = why;
    m_abortMessage = message;
    m_body.clear();
    m_body.squeeze();
    if (m_reply)
        m_reply->abort(); // finished() follows, reported from onFinished()
}

bool ArticleFetcher::checkRedirect(const QUrl &from, const QUrl &to)
{
    const bool sameOrUpgrade = to.scheme() == from.scheme()
                               || (from.scheme() == u"http" && to.scheme() == u"https");
    if (!sameOrUpgrade) {
        stop(Abort::BadRedirect, tr("%1 redirects to %2, which Gloss does not follow")
                                     .arg(m_url.toDisplayString(), to.toDisplayString()));
    }
    return sameOrUpgrade;
}

void ArticleFetcher::onMetaData()
{
    if (!m_reply || m_abort != Abort::None)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400) {
        // Qt refuses unknown schemes before asking us; check here for a clear message
        const QUrl location = m_reply->header(QNetworkRequest::LocationHeader).toUrl();
        if (location.isValid())
            checkRedirect(m_reply->url(), m_reply->url().resolved(location));
        return;
    }
    if (status >= 400)
        return; // reported with the status text in onFinished()
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (length > m_maxBytes) {
        stop(Abort::TooLarge, tr("%1 is too large (%2 MB; the limit is %3 MB)")
                                  .arg(m_url.toDisplayString())
                                  .arg(double(length) / (1024 * 1024), 0, 'f', 1)
                                  .arg(m_maxBytes / (1024 * 1024)));
        return;
    }
    m_contentType = m_reply->rawHeader("Content-Type");
    const QByteArray mime = m_contentType.split(';').first().trimmed().toLower();
    const bool html = mime.isEmpty() || mime == "text/html" || mime == "application/xhtml+xml"
                      || mime == "text/plain";
    if (!html)
        stop(Abort::NotHtml, tr("%1 is not a web page but %2; Gloss opens HTML pages and text")
                                 .arg(m_url.toDisplayString(), QString::fromLatin1(mime)));
}

void ArticleFetcher::onReadyRead()
{
    if (!m_reply || m_abort != Abort::None)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300) {
        m_reply->readAll(); // redirect or error page: not kept
        return;
    }
    // read at most one byte past the cap: enough to know the page is too large
    const QByteArray chunk = m_reply->read(m_maxBytes + 1 - m_body.size());
    m_body += chunk;
    if (m_body.size() > m_maxBytes) {
        stop(Abort::TooLarge, tr("%1 is larger than %2 MB; download stopped")
                                  .arg(m_url.toDisplayString())
                                  .arg(m_maxBytes / (1024 * 1024)));
    }
}

void ArticleFetcher::fail(const QString &error)
{
    Q_EMIT failed(m_url, error);
}

void ArticleFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    reply->deleteLater();
    if (m_abort != Abort::None) {
        fail(m_abortMessage);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString reason = QString::fromUtf8(
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        fail(tr("The server answered %1 %2 for %3")
                 .arg(status).arg(reason, m_url.toDisplayString()));
        return;
    }
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::OperationCanceledError: // what a transfer timeout looks like
    case QNetworkReply::TimeoutError:
        fail(tr("%1 did not answer within %2 seconds")
                 .arg(m_url.toDisplayString())
                 .arg(double(m_timeout.count()) / 1000.0, 0, 'g', 3));
        return;
    case QNetworkReply::TooManyRedirectsError:
        fail(tr("%1 redirects more than %2 times").arg(m_url.toDisplayString()).arg(m_maxRedirects));
        return;
    default:
        fail(tr("Cannot download %1: %2").arg(m_url.toDisplayString(), reply->errorString()));
        return;
    }
    m_body += reply->readAll();
    if (m_body.size() > m_maxBytes) {
        fail(tr("%1 is larger than %2 MB").arg(m_url.toDisplayString()).arg(m_maxBytes >> 20));
        return;
    }

    const QByteArray bytes = std::exchange(m_body, {});
    const QByteArray mime = m_contentType.split(';').first().trimmed().toLower();
    const QByteArray charset = HtmlCharset::charsetFromContentType(m_contentType);
    const QString source = m_url.toString();
    Document doc;
    QString pageUrl;
    if (mime == "text/plain") {
        const HtmlCharset::Decoded text = HtmlCharset::decode(bytes, charset);
        doc = Document(TextDecoder::normalise(text.text), source);
        doc.format = QStringLiteral("text");
        doc.warnings = text.warnings;
    } else {
        const HtmlArticle article = HtmlExtractor::extract(bytes, charset);
        pageUrl = article.url;
        doc = HtmlExtractor::toDocument(article, source);
    }
    // the page's own address, else where the redirects ended
    doc.metaUrl = pageUrl.isEmpty() ? reply->url().toString() : pageUrl;
    if (doc.text().trimmed().isEmpty()) {
        fail(tr("No article text found at %1").arg(m_url.toDisplayString()));
        return;
    }
    QString cacheError;
    if (!m_cache.store(m_url, doc, &cacheError))
        doc.warnings << tr("The page text could not be kept for later: %1").arg(cacheError);
    Q_EMIT fetched(doc, false);
}

} // namespace gloss
