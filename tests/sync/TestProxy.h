#pragma once

// A TCP proxy in front of a test server, as a test double for what a real server does not do
// on demand: cut an upload short (the connection dropped in the middle of a PUT), or ignore
// preconditions (If-Match, If-None-Match and If: headers removed on the way).

#include <QHostAddress>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

class TestProxy : public QObject
{
public:
    enum Mode { Pass, StripPreconditions, CutUploads };

    TestProxy(quint16 target, Mode mode)
        : m_target(target)
        , m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TestProxy::accept);
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server.serverPort(); }
    void setMode(Mode mode) { m_mode = mode; }
    int cuts() const { return m_cuts; }
    /** Requests passed on (their request lines counted). */
    int requests() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            connect(client, &QTcpSocket::readyRead, this, [this, client, upstream] {
                QByteArray data = client->readAll();
                static const QRegularExpression line(
                    QStringLiteral("(^|\r\n)[A-Z]+ /[^ \r\n]* HTTP/1\\.[01]\r\n"));
                for (auto it = line.globalMatch(QString::fromLatin1(data)); it.hasNext(); it.next())
                    ++m_requests;
                if (m_mode == StripPreconditions) {
                    static const QRegularExpression re(
                        QStringLiteral("\r\n(If-Match|If-None-Match|If): [^\r]*"),
                        QRegularExpression::CaseInsensitiveOption);
                    data = QString::fromLatin1(data).remove(re).toLatin1();
                }
                if (m_mode == CutUploads && data.contains("PUT /")) {
                    upstream->write(data.left(data.size() / 2));
                    upstream->flush();
                    ++m_cuts;
                    client->abort();
                    client->deleteLater();
                    return;
                }
                upstream->write(data);
            });
            connect(upstream, &QTcpSocket::readyRead, this,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, [client] {
                client->disconnectFromHost();
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        }
    }

    QTcpServer m_server;
    quint16 m_target;
    Mode m_mode;
    int m_cuts = 0;
    int m_requests = 0;
};
