#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace gloss {

/**
 * @brief The channel that makes Gloss one window per user: a second `gloss FILE` hands FILE to
 * the running window instead of opening another.
 *
 * A QLocalServer on a Unix socket named after the application id and the user id
 * (defaultName()), in `$XDG_RUNTIME_DIR` (private to the user) when there is one, else in the
 * temporary folder. The first window listen()s; a later `gloss` calls sendToRunning() first
 * and exits when the running window took its arguments.
 *
 * The message is one line of JSON, `{"open": ["/absolute/path", "https://…"]}`, answered by
 * the line `ok`; anything else (a line that is not such an object, more than 64 KiB without
 * a line break) is dropped and the connection closed, and received() is not emitted.
 */
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    /** The socket's name: `$XDG_RUNTIME_DIR/<app id>-<uid>`, or `<app id>-<uid>` in /tmp. */
    static QString defaultName();
    /**
     * @p arguments made independent of the current folder @p cwd: relative paths become
     * absolute, `file://` URLs local paths, web addresses stay as they are.
     */
    static QStringList absoluteArguments(const QStringList &arguments, const QString &cwd);

    explicit SingleInstance(QString name = defaultName(), QObject *parent = nullptr);
    ~SingleInstance() override;

    QString name() const { return m_name; }

    /** How sendToRunning() went. */
    enum class Delivery {
        Delivered, ///< a running Gloss took the arguments
        NoInstance, ///< nobody listens (no socket, or a stale one)
        NoAnswer, ///< somebody listens but did not answer in time: open a window all the same
    };
    /**
     * Hands @p arguments (absoluteArguments() first) to the Gloss listening on name(); waits
     * at most @p timeoutMs for each step (connecting, the answer).
     */
    Delivery sendToRunning(const QStringList &arguments, int timeoutMs = 3000);

    /**
     * Listens on name() for other instances. A socket left behind by a Gloss that crashed
     * (nobody answers on it) is removed first. False when another Gloss listens already (it
     * started at the same moment; its socket is left alone) or the socket cannot be made.
     */
    bool listen();
    bool isListening() const;
    /**
     * Stops listening (the socket file goes): from now on a new `gloss` opens a window of its
     * own. The window calls it once it is closed, before a restart starts the next Gloss.
     */
    void close();

Q_SIGNALS:
    /** Another instance asked for @p arguments (absolute paths, web addresses). */
    void received(const QStringList &arguments);

private:
    void onNewConnection();
    void readMessage(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace gloss
