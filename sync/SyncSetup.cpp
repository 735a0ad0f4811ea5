#include "SyncSetup.h"

#include "SyncSettings.h"
#include "WebDav.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QThread>

namespace gloss {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::SyncSetup", text);
}

/** The settings @p request asks for; when to sync is kept from the settings saved before. */
SyncSettings settingsOf(const syncmodule::SetupRequest &request)
{
    SyncSettings settings = SyncSettings::load(request.dataDir);
    settings.url = request.url;
    settings.user = request.user;
    settings.device = request.device.isEmpty() ? SyncSettings::defaultDevice() : request.device;
    return settings;
}

} // namespace

void setupSync(const syncmodule::SetupRequest &request, syncmodule::SetupResult &result)
{
    const int folderEtags = checkSyncServer(request, result);
    if (result.ok())
        saveSyncSetup(request, folderEtags, result);
}

int checkSyncServer(const syncmodule::SetupRequest &request, syncmodule::SetupResult &result)
{
    const SyncSettings settings = settingsOf(request);
    if (!settings.isValid() || (settings.url.scheme() != u"http" && settings.url.scheme() != u"https")) {
        result.error = tr("%1 is not a WebDAV address (http:// or https://, with a host).")
                           .arg(request.url.toDisplayString(QUrl::RemoveUserInfo));
        return 0;
    }
    WebDav dav(settings.url, settings.user, request.password);
    dav.setTimeout(20);
    const WebDav::Listing top = dav.list(QString());
    if (!top.reply.ok()) {
        result.error = top.reply.error;
        return 0;
    }
    for (const QString &path : {QStringLiteral("gloss/"), QStringLiteral("gloss/v1/")}) {
        const WebDav::Reply r = dav.mkcol(path);
        if (!r.ok() && r.httpStatus != 405) {
            result.error = r.error;
            return 0;
        }
    }
    // does the server honour preconditions? A PUT with a wrong If-Match must get 412
    const QString probe = QStringLiteral("gloss/v1/.precondition-test-") + settings.deviceId();
    const WebDav::Reply made = dav.put(probe, "gloss", QByteArray(), true);
    if (!made.ok()) {
        result.error = tr("Cannot write to the server: %1").arg(made.error);
        return 0;
    }
    const WebDav::Reply wrongMatch = dav.put(probe, "gloss 2", "\"gloss-no-such-etag\"");
    const WebDav::Reply noneMatch = dav.put(probe, "gloss 3", QByteArray());
    dav.remove(probe);
    if (wrongMatch.status == WebDav::Status::PreconditionFailed
        && noneMatch.status == WebDav::Status::PreconditionFailed) {
        result.messages.append(tr("The server honours preconditions (If-Match, "
                                  "If-None-Match)."));
    } else {
        result.warnings.append(
            tr("The server ignores preconditions (a PUT with a wrong If-Match got HTTP %1, "
               "with If-None-Match: * on an existing file HTTP %2). Sync stays safe (each "
               "device writes only its own file), but do not use one device name on two "
               "machines.")
                .arg(wrongMatch.httpStatus)
                .arg(noneMatch.httpStatus));
    }
    // do folder ETags change when a file in the folder changes (a second later)? Then a sync
    // skips the folders whose ETag it knows without a PROPFIND of their own
    int folderEtags = 0;
    const QString folder = QStringLiteral("gloss/v1/.folder-test-") + settings.deviceId();
    const auto folderEtag = [&dav, &folder]() {
        const WebDav::Listing l = dav.list(QStringLiteral("gloss/v1/"));
        for (const WebDav::Entry &e : l.entries) {
            if (e.name == folder.section(u'/', -1))
                return e.etag;
        }
        return QByteArray();
    };
    if (dav.mkcol(folder + u'/').ok() && dav.put(folder + QStringLiteral("/a"), "1", {}, true).ok()) {
        const QByteArray before = folderEtag();
        QThread::msleep(1100);
        dav.put(folder + QStringLiteral("/a"), "2", {}, true);
        const QByteArray after = folderEtag();
        folderEtags = !before.isEmpty() && !after.isEmpty() && before != after ? 1 : 0;
    }
    dav.remove(folder + QStringLiteral("/a"));
    dav.remove(folder + u'/');
    if (folderEtags == 1)
        result.messages.append(tr("The server's folder ETags follow their files: a sync skips "
                                  "the articles that did not change without asking for each."));
    return folderEtags;
}

void saveSyncSetup(const syncmodule::SetupRequest &request, int folderEtags,
                   syncmodule::SetupResult &result)
{
    const SyncSettings settings = settingsOf(request);
    QString where, warning, error;
    {
        QSaveFile server(QDir(SyncSettings::syncDir(request.dataDir))
                             .filePath(QStringLiteral("server.json")));
        const QString key = settings.url.toString() + u'|' + settings.deviceId();
        const QJsonObject o{{QStringLiteral("url"), key},
                            {QStringLiteral("folderEtags"), folderEtags}};
        if (QDir().mkpath(SyncSettings::syncDir(request.dataDir))
            && server.open(QIODevice::WriteOnly))
            server.write(QJsonDocument(o).toJson());
        server.commit();
    }
    if (!settings.save(request.dataDir, &error)) {
        result.error = error;
        return;
    }
    if (!settings.storePassword(request.dataDir, request.password, &where, &warning, &error)) {
        result.error = error;
        return;
    }
    if (!warning.isEmpty())
        result.warnings.append(warning);
    result.messages.append(tr("Sync set up: %1 as %2, this device's files are named %3; the "
                              "password is kept in %4.")
                               .arg(settings.url.toDisplayString(QUrl::RemoveUserInfo),
                                    settings.user, settings.deviceId(), where));
}

} // namespace gloss
