#include "SyncSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace gloss {

namespace {

const QString kService = QStringLiteral("gloss-sync");

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::SyncSettings", text);
}

QString safeName(QString s)
{
    s = s.trimmed().toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9._]+")), QStringLiteral("_"));
    return s.isEmpty() ? QStringLiteral("device") : s;
}

/** Whether a keychain may be asked at all (a session bus; GLOSS_SYNC_KEYCHAIN=0 says no). */
bool keychainWanted()
{
    if (qEnvironmentVariable("GLOSS_SYNC_KEYCHAIN") == u"0")
        return false;
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

/** Runs a keychain job to its end (at most 10 s: a locked keychain may ask the user). */
bool runJob(QKeychain::Job *job, QString *error)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    if (!finished)
        loop.exec();
    const bool ok = finished && job->error() == QKeychain::NoError;
    if (!ok && error)
        *error = finished ? job->errorString() : tr("the keychain did not answer");
    return ok;
}

QString passwordFile(const QString &dataDir)
{
    return QDir(SyncSettings::syncDir(dataDir)).filePath(QStringLiteral("password"));
}

QString configFile(const QString &dataDir)
{
    return QDir(SyncSettings::syncDir(dataDir)).filePath(QStringLiteral("config.json"));
}

} // namespace

QString SyncSettings::deviceId() const
{
    return safeName(user) + u'-' + safeName(device.isEmpty() ? defaultDevice() : device);
}

QString SyncSettings::syncDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("sync"));
}

QString SyncSettings::defaultDevice()
{
    const QString host = QSysInfo::machineHostName().section(u'.', 0, 0);
    return host.isEmpty() ? QStringLiteral("device") : host;
}

SyncSettings SyncSettings::load(const QString &dataDir, QString *error)
{
    SyncSettings s;
    QFile file(configFile(dataDir));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Sync is not set up for %1: run \"gloss sync setup URL --user NAME\".")
                         .arg(QDir::toNativeSeparators(dataDir));
        return s;
    }
    const QJsonObject o = QJsonDocument::fromJson(file.read(1024 * 1024)).object();
    s.url = QUrl(o.value(QLatin1StringView("url")).toString());
    s.user = o.value(QLatin1StringView("user")).toString();
    s.device = o.value(QLatin1StringView("device")).toString();
    s.syncOnOpen = o.value(QLatin1StringView("syncOnOpen")).toBool(true);
    s.syncOnSave = o.value(QLatin1StringView("syncOnSave")).toBool(true);
    s.syncEveryMinutes = qBound(0, o.value(QLatin1StringView("syncEveryMinutes")).toInt(0), 24 * 60);
    if (!s.isValid() && error)
        *error = tr("The sync settings %1 are damaged: run \"gloss sync setup\" again.")
                     .arg(QDir::toNativeSeparators(file.fileName()));
    return s;
}

bool SyncSettings::save(const QString &dataDir, QString *error) const
{
    const QJsonObject o{{QStringLiteral("url"), url.toString()},
                        {QStringLiteral("user"), user},
                        {QStringLiteral("device"), device},
                        {QStringLiteral("syncOnOpen"), syncOnOpen},
                        {QStringLiteral("syncOnSave"), syncOnSave},
                        {QStringLiteral("syncEveryMinutes"), syncEveryMinutes}};
    QSaveFile file(configFile(dataDir));
    if (!QDir().mkpath(syncDir(dataDir)) || !file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

bool SyncSettings::remove(const QString &dataDir, QString *error)
{
    const SyncSettings old = load(dataDir);
    if (old.isValid() && keychainWanted()) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(old.user + u'@' + old.url.toString());
        runJob(&job, nullptr); // none stored there: nothing to remove
    }
    for (const QString &path : {configFile(dataDir),
                                passwordFile(dataDir)}) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            if (error)
                *error = tr("Cannot remove %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
    }
    return true;
}

bool SyncSettings::storePassword(const QString &dataDir, const QString &password, QString *where,
                                 QString *warning, QString *error) const
{
    const QString key = user + u'@' + url.toString();
    QString keychainError = tr("no keychain service runs here");
    if (keychainWanted()) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(key);
        job.setTextData(password);
        if (runJob(&job, &keychainError)) {
            QFile::remove(passwordFile(dataDir)); // an older copy in the file goes
            *where = tr("the system keychain");
            return true;
        }
    }
    const QString path = passwordFile(dataDir);
    QSaveFile file(path);
    // 0600 from the start: the temporary file is made with these permissions
    if (!QDir().mkpath(syncDir(dataDir)) || !file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(password.toUtf8()) < 0 || !file.commit()) {
        *error = tr("Cannot store the password in %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    *where = QDir::toNativeSeparators(path);
    *warning = tr("The password is kept in %1 (readable by you only), not in a keychain (%2).")
                   .arg(QDir::toNativeSeparators(path), keychainError);
    return true;
}

QString SyncSettings::password(const QString &dataDir, QString *error) const
{
    QFile file(passwordFile(dataDir));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll());
    QString keychainError = tr("no keychain service runs here");
    if (keychainWanted()) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(user + u'@' + url.toString());
        if (runJob(&job, &keychainError))
            return job.textData();
    }
    if (error)
        *error = tr("No password is stored for %1 (%2): run \"gloss sync setup\" again.")
                     .arg(user, keychainError);
    return QString();
}

} // namespace gloss
