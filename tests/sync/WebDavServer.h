#pragma once

// A real WebDAV server for the sync tests and the benchmark: lighttpd (mod_webdav, basic auth
// through mod_authn_file) or Apache (mod_dav_fs, weak ETags right after a write), started on
// 127.0.0.1 on a free port, serving a temporary folder. When the server program is missing,
// start() says so (the tests then FAIL: they are never skipped silently).

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

class WebDavServer
{
public:
    enum Kind { Lighttpd, Apache };

    static QString kindName(Kind kind) { return kind == Lighttpd ? "lighttpd" : "apache"; }

    explicit WebDavServer(Kind kind)
        : m_kind(kind)
    {
    }
    ~WebDavServer() { stop(); }

    QString user() const { return QStringLiteral("alice"); }
    QString password() const { return QStringLiteral("s3cret pass"); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/dav/").arg(m_port)); }
    QString root() const { return m_dir.filePath(QStringLiteral("www")); }
    quint16 port() const { return m_port; }

    /** Starts the server (on the same port when started again); empty, or why not. */
    QString start()
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QString program = m_kind == Lighttpd ? QStringLiteral("/usr/sbin/lighttpd")
                                                   : QStringLiteral("/usr/sbin/apache2");
        if (!QFile::exists(program))
            return QStringLiteral("%1 is missing: install %2 to run the sync tests")
                .arg(program, m_kind == Lighttpd ? QStringLiteral("lighttpd lighttpd-mod-webdav")
                                                 : QStringLiteral("apache2-bin"));
        if (m_port == 0) {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            m_port = probe.serverPort();
            probe.close();
            QDir().mkpath(root() + QStringLiteral("/dav"));
            writeConfig();
        }
        QStringList args;
        if (m_kind == Lighttpd)
            args << "-D" << "-f" << m_dir.filePath("server.conf") << "-m" << "/usr/lib/lighttpd";
        else
            args << "-f" << m_dir.filePath("server.conf") << "-X";
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, args);
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        for (int i = 0; i < 200; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, m_port);
            if (s.waitForConnected(100))
                return QString();
            if (m_process.state() == QProcess::NotRunning)
                break;
            QThread::msleep(25);
        }
        return QStringLiteral("%1 did not answer on port %2: %3")
            .arg(program)
            .arg(m_port)
            .arg(QString::fromLocal8Bit(m_process.readAll() + errorLog()));
    }

    /** Kills the server at once (SIGKILL), as a crash or a pulled cable would. */
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    void stop() { kill(); }

    QByteArray errorLog() const
    {
        QFile f(m_dir.filePath(QStringLiteral("error.log")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private:
    void writeConfig()
    {
        const QString d = m_dir.path();
        QFile users(m_dir.filePath(QStringLiteral("users")));
        users.open(QIODevice::WriteOnly);
        QString conf;
        if (m_kind == Lighttpd) {
            users.write((user() + u':' + password() + u'\n').toUtf8());
            conf = QStringLiteral(
                       "server.document-root = \"%1/www\"\n"
                       "server.port = %2\n"
                       "server.bind = \"127.0.0.1\"\n"
                       "server.modules = (\"mod_auth\", \"mod_authn_file\", \"mod_webdav\")\n"
                       "server.errorlog = \"%1/error.log\"\n"
                       "server.upload-dirs = (\"%1\")\n"
                       "webdav.activate = \"enable\"\n"
                       "webdav.is-readonly = \"disable\"\n"
                       "auth.backend = \"plain\"\n"
                       "auth.backend.plain.userfile = \"%1/users\"\n"
                       "auth.require = (\"/\" => (\"method\" => \"basic\", \"realm\" => "
                       "\"gloss\", \"require\" => \"valid-user\"))\n")
                       .arg(d)
                       .arg(m_port);
        } else {
            users.write((user() + QStringLiteral(":{SHA}")
                         + QString::fromLatin1(QCryptographicHash::hash(
                                                   password().toUtf8(), QCryptographicHash::Sha1)
                                                   .toBase64())
                         + u'\n')
                            .toUtf8());
            const QString m = QStringLiteral("/usr/lib/apache2/modules/");
            QString modules;
            for (const char *name : {"mpm_prefork", "authn_core", "authn_file", "authz_core",
                                     "authz_user", "auth_basic", "dav", "dav_fs"})
                modules += QStringLiteral("LoadModule %1_module %2mod_%1.so\n")
                               .arg(QLatin1StringView(name), m);
            conf = modules
                   + QStringLiteral("ServerRoot \"%1\"\n"
                                    "ServerName 127.0.0.1\n"
                                    "Listen 127.0.0.1:%2\n"
                                    "PidFile \"%1/httpd.pid\"\n"
                                    "ErrorLog \"%1/error.log\"\n"
                                    "Mutex file:%1 default\n"
                                    "DAVLockDB \"%1/davlock\"\n"
                                    "DocumentRoot \"%1/www\"\n"
                                    "<Directory \"%1/www\">\n"
                                    "  Dav On\n"
                                    "  AuthType Basic\n"
                                    "  AuthName gloss\n"
                                    "  AuthBasicProvider file\n"
                                    "  AuthUserFile \"%1/users\"\n"
                                    "  Require valid-user\n"
                                    "</Directory>\n")
                         .arg(d)
                         .arg(m_port);
        }
        QFile f(m_dir.filePath(QStringLiteral("server.conf")));
        f.open(QIODevice::WriteOnly);
        f.write(conf.toUtf8());
    }

    Kind m_kind;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QProcess m_process;
};
