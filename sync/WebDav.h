#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace gloss {

/**
 * @brief A small blocking WebDAV client: PROPFIND, GET, PUT with preconditions, MKCOL.
 *
 * Each call waits for its answer (a local event loop), so use it from a worker thread or the
 * command line. Basic authentication is sent with every request (no challenge round trip, no
 * retry with the same wrong password); a request made on a thread asked to stop
 * (QThread::requestInterruption()) is aborted within 0.1 s. ETags are taken from PROPFIND only: a GET through Qt
 * asks for gzip, and some servers then give another ETag.
 */
class WebDav
{
public:
    /** How a request ended. */
    enum class Status {
        Ok,
        NotFound,          ///< 404 (or 409 on a PUT/MKCOL: a parent folder is missing)
        Unauthorized,      ///< 401, 403: wrong user or password, or no right to write
        PreconditionFailed,///< 412: the file changed since its ETag was read
        Unreachable,       ///< no connection, refused, reset, timed out
        ServerError,       ///< another answer (5xx, an unreadable PROPFIND, …)
    };

    struct Reply
    {
        Status status = Status::ServerError;
        int httpStatus = 0;
        QByteArray body;
        /** The ETag header of the answer (PUT), when the server sent one. */
        QByteArray etag;
        /** The server's clock (its Date header; invalid when not sent). */
        QDateTime date;
        /** Why, for the user, when not Ok. */
        QString error;
        bool ok() const { return status == Status::Ok; }
    };

    /** One entry of a PROPFIND (Depth 1) answer, the folder itself excluded. */
    struct Entry
    {
        /** The last segment of its path, decoded. */
        QString name;
        /** As the server gives it, quotes and W/ included; empty when it gives none. */
        QByteArray etag;
        bool isFolder = false;
        /** getlastmodified (invalid when not given). */
        QDateTime lastModified;
    };

    struct Listing
    {
        Reply reply;
        /** The folder's own ETag (empty when the server gives none for folders). */
        QByteArray folderEtag;
        QDateTime folderModified;
        QList<Entry> entries;
    };

    WebDav(const QUrl &base, const QString &user, const QString &password);
    ~WebDav();

    /** Seconds without progress before a request is given up (default 30). */
    void setTimeout(int seconds) { m_timeoutMs = seconds * 1000; }

    /** The URL of @p path (relative, '/'-separated) under the base URL. */
    QUrl url(const QString &path) const;

    /** PROPFIND Depth 1 of the folder @p path: the ETags of what it holds. */
    Listing list(const QString &path);
    Reply get(const QString &path);
    /**
     * PUT @p bytes to @p path only if it still has @p etag (If-Match; Apache's weak ETags,
     * "W/…", go in a WebDAV If: header, which compares them as they are), or, when @p etag is
     * empty, only if it does not exist yet (If-None-Match: *). With @p unconditional, neither.
     */
    Reply put(const QString &path, const QByteArray &bytes, const QByteArray &etag,
              bool unconditional = false);
    Reply mkcol(const QString &path);
    /** DELETE (the setup's test file only). */
    Reply remove(const QString &path);

    /** Requests sent so far (for the benchmark and the tests). */
    int requestCount() const { return m_requests; }

private:
    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &headers);

    QUrl m_base;
    QByteArray m_auth;
    int m_timeoutMs = 30000;
    int m_requests = 0;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace gloss
