// One Gloss window per user: the local socket channel (see SingleInstance.h).
#include "SingleInstance.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QUrl>

#include <optional>
#include <unistd.h>

namespace gloss {

namespace {

/** A message longer than this without a line break is not Gloss's. */
constexpr qsizetype kMaxMessage = 64 * 1024;
const QString kOpenKey = QStringLiteral("open");

/** The arguments of a message, or nothing when it is not a well-formed one. */
std::optional<QStringList> parseMessage(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonValue open = doc.object().value(kOpenKey);
    if (!open.isArray())
        return std::nullopt;
    QStringList arguments;
    for (const QJsonValue &v : open.toArray()) {
        if (!v.isString() || v.toString().isEmpty())
            return std::nullopt;
        arguments.append(v.toString());
    }
    return arguments;
}

void dropConnection(QLocalSocket *socket)
{
    socket->abort();
    socket->deleteLater();
}

} // namespace

QString SingleInstance::defaultName()
{
    const QString base = QStringLiteral(GLOSS_APP_ID "-%1").arg(::getuid());
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir())
        return QDir(runtime).filePath(base);
    return base; // QLocalServer puts it in the temporary folder
}

QStringList SingleInstance::absoluteArguments(const QStringList &arguments, const QString &cwd)
{
    QStringList result;
    for (const QString &argument : arguments) {
        const QUrl url(argument.trimmed());
        if (url.isLocalFile())
            result.append(url.toLocalFile());
        else if (url.scheme() == u"http" || url.scheme() == u"https")
            result.append(argument.trimmed());
        else
            result.append(QFileInfo(QDir(cwd), argument).absoluteFilePath());
    }
    return result;
}

SingleInstance::SingleInstance(QString name, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
{
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Delivery SingleInstance::sendToRunning(const QStringList &arguments,
                                                       int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return Delivery::NoInstance; // no socket, or nobody behind it (listen() removes it)
    const QJsonObject message{
        {kOpenKey, QJsonArray::fromStringList(absoluteArguments(arguments, QDir::currentPath()))}};
    socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return Delivery::NoAnswer;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return Delivery::NoAnswer;
    }
    return socket.readLine().trimmed() == "ok" ? Delivery::Delivered : Delivery::NoAnswer;
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    // the name may be taken: by a live Gloss (it answers: leave it alone; QLocalServer would
    // replace its socket), or by the socket file of one that crashed (nobody answers: remove)
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000))
        return false;
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::close()
{
    if (m_server)
        m_server->close();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        if (socket->bytesAvailable() > 0)
            readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kMaxMessage)
            dropConnection(socket); // not a message of ours
        return;
    }
    const std::optional<QStringList> arguments = parseMessage(socket->readLine(kMaxMessage + 1));
    if (!arguments) {
        dropConnection(socket);
        return;
    }
    socket->write("ok\n");
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT received(*arguments);
}

} // namespace gloss
