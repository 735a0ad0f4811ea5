#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

/**
 * A small HTTP/1.1 server on 127.0.0.1 (port chosen by the system) for network tests. Each
 * path answers with a fixed response, a generated body streamed as the client reads it (so
 * a 50 MB answer costs 64 kB of memory), or not at all (to test timeouts).
 */
class TestHttpServer : public QObject
{
public:
    struct Response
    {
        int status = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        /** When > 0: a generated body of this many bytes, streamed. */
        qint64 streamBytes = 0;
        /** With streamBytes: announce the length (else the body ends when the socket closes). */
        bool sendLength = true;
        /** Accept the request and never answer. */
        bool silent = false;
    };

    explicit TestHttpServer(QObject *parent = nullptr)
        : QObject(parent)
        , m_chunk(64 * 1024, 'x')
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::accept);
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    void setResponse(const QByteArray &path, const Response &response) { m_routes[path] = response; }
    static Response html(const QByteArray &body, const QByteArray &type = "text/html; charset=utf-8")
    {
        Response r;
        r.headers = {{"Content-Type", type}};
        r.body = body;
        return r;
    }
    static Response redirect(int status, const QByteArray &location)
    {
        Response r;
        r.status = status;
        r.reason = "Moved";
        r.headers = {{"Location", location}, {"Content-Type", "text/html"}};
        r.body = "<p>moved</p>";
        return r;
    }

    /** Body bytes written for streamed responses so far. */
    qint64 streamed() const { return m_streamed; }
    /** Paths requested, in order. */
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            auto *buffer = new QByteArray;
            connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                if (!buffer->contains("\r\n\r\n") || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
                answer(socket, requestLine.value(1));
            });
        }
    }

    void answer(QTcpSocket *socket, const QByteArray &path)
    {
        m_requests << path;
        Response r = m_routes.value(path);
        if (!m_routes.contains(path)) {
            r = html("<h1>Not here</h1>");
            r.status = 404;
            r.reason = "Not Found";
        }
        if (r.silent)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + r.reason + "\r\n";
        for (const auto &[name, value] : std::as_const(r.headers))
            head += name + ": " + value + "\r\n";
        const qint64 length = r.streamBytes > 0 ? r.streamBytes : r.body.size();
        if (r.streamBytes == 0 || r.sendLength)
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        if (r.streamBytes == 0) {
            socket->write(r.body);
            socket->disconnectFromHost();
            return;
        }
        auto *left = new qint64(r.streamBytes);
        connect(socket, &QObject::destroyed, this, [left] { delete left; });
        auto pump = [this, socket, left] {
            // keep a little in flight; write more as the client reads
            while (*left > 0 && socket->bytesToWrite() < 4 * m_chunk.size()) {
                const qint64 n = std::min<qint64>(*left, m_chunk.size());
                socket->write(m_chunk.constData(), n);
                *left -= n;
                m_streamed += n;
            }
            if (*left == 0)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, this, pump);
        pump();
    }

    QTcpServer m_server;
    QHash<QByteArray, Response> m_routes;
    QList<QByteArray> m_requests;
    QByteArray m_chunk;
    qint64 m_streamed = 0;
};
