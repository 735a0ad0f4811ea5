#pragma once

#include "ArticleCache.h"
#include "model/Document.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace gloss {

/**
 * @brief Downloads a web page and extracts its article into a Document.
 *
 * One download at a time (a new fetch() cancels the previous one). Guards: a transfer timeout
 * (no data for that long), a limited number of redirects that keep the scheme or upgrade
 * http → https, and a size cap checked against Content-Length and again while the body streams
 * in, so an oversized page is refused without being held in memory. HTTP errors, non-HTML
 * content types (text/plain is accepted as plain text) and timeouts end in failed() with a
 * message for the reader.
 *
 * The document's source is the URL as requested; metaUrl is the page's own (canonical) address
 * or, failing that, the address after redirects. Extracted text is stored in an ArticleCache and,
 * unless the caller asks to reload, a cached URL is answered from there, so notes made on a page
 * stay anchored when the page changes later.
 */
class ArticleFetcher : public QObject
{
    Q_OBJECT

public:
    enum class Policy { PreferCache, Reload };

    explicit ArticleFetcher(QObject *parent = nullptr);
    ~ArticleFetcher() override;

    static constexpr qint64 kDefaultMaxBytes = 20LL * 1024 * 1024;
    static constexpr int kDefaultMaxRedirects = 5;
    static constexpr std::chrono::milliseconds kDefaultTimeout{20000};
    /** Bytes Qt may buffer ahead of us while downloading. */
    static constexpr qint64 kReadBufferSize = 256 * 1024;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxRedirects(int count) { m_maxRedirects = count; }
    int maxRedirects() const { return m_maxRedirects; }
    /** Longest time without any data from the server. */
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setCache(const ArticleCache &cache) { m_cache = cache; }
    const ArticleCache &cache() const { return m_cache; }

    /** Starts fetching @p url; the answer comes as fetched() or failed(). */
    void fetch(const QUrl &url, Policy policy = Policy::PreferCache);
    /** Cancels the running download (emits failed() with a "cancelled" message). */
    void abort();
    bool isBusy() const { return !m_reply.isNull(); }

    /** http(s) URLs typed by a reader: adds "https://" when there is no scheme. */
    static QUrl urlFromUserInput(const QString &text);
    /** Whether @p text is an http(s) URL with a host. */
    static bool isWebUrl(const QString &text);

    struct Result
    {
        std::optional<Document> document;
        QString error;
        bool fromCache = false;
    };
    /**
     * Fetches @p url and waits for the answer in a local event loop (for the command line;
     * call it on a thread that may run one, e.g. the main thread of a QCoreApplication).
     */
    static Result fetchNow(const QUrl &url, Policy policy = Policy::PreferCache);

Q_SIGNALS:
    void fetched(const gloss::Document &document, bool fromCache);
    void failed(const QUrl &url, const QString &error);
    void progress(qint64 received, qint64 total);

private:
    enum class Abort { None, User, TooLarge, NotHtml, BadRedirect };

    bool checkRedirect(const QUrl &from, const QUrl &to);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void fail(const QString &error);
    void stop(Abort why, const QString &message);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    ArticleCache m_cache;
    QUrl m_url;
    QByteArray m_body;
    QByteArray m_contentType;
    QString m_abortMessage;
    Abort m_abort = Abort::None;
    qint64 m_maxBytes = kDefaultMaxBytes;
    int m_maxRedirects = kDefaultMaxRedirects;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

} // namespace gloss
