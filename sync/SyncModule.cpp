// gloss-sync.so: setting up and running sync for programs that load Qt Network and QtKeychain
// only when they need them (SyncModule.h).
#include "SyncEngine.h"
#include "SyncModule.h"
#include "SyncSettings.h"
#include "SyncSetup.h"
#include "WebDav.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace gloss;
using namespace gloss::syncmodule;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gloss::SyncModule", text);
}

/** The password: GLOSS_SYNC_PASSWORD when set, else the one stored at setup. */
QString passwordFor(const QString &dataDir, const SyncSettings &settings, QString *error)
{
    const QString env = qEnvironmentVariable("GLOSS_SYNC_PASSWORD");
    return env.isEmpty() ? settings.password(dataDir, error) : env;
}

} // namespace

extern "C" Q_DECL_EXPORT void gloss_sync_setup(const SetupRequest &request, SetupResult &result)
{
    setupSync(request, result);
}

extern "C" Q_DECL_EXPORT void gloss_sync_cycle(const CycleRequest &request, SyncReport &report)
{
    QString error;
    const SyncSettings settings = SyncSettings::load(request.dataDir, &error);
    if (!settings.isValid()) {
        report.error = error;
        return;
    }
    const QString password = passwordFor(request.dataDir, settings, &error);
    if (password.isEmpty()) {
        report.error = error;
        return;
    }
    SyncEngine engine(request.dataDir, settings, password);
    const QByteArray timeout = qgetenv("GLOSS_SYNC_TIMEOUT");
    if (!timeout.isEmpty())
        engine.setTimeout(timeout.toInt());
    SyncEngine::Options options;
    options.dryRun = request.dryRun;
    options.contentHashes = request.contentHashes;
    report = engine.run(options);
}

extern "C" Q_DECL_EXPORT void gloss_sync_status(const QString &dataDir, StatusResult &result)
{
    const SyncSettings settings = SyncSettings::load(dataDir, &result.error);
    if (!settings.isValid())
        return;
    result.url = settings.url.toDisplayString(QUrl::RemoveUserInfo);
    result.user = settings.user;
    result.deviceId = settings.deviceId();
    const QString file = QDir(SyncSettings::syncDir(dataDir)).filePath(QStringLiteral("password"));
    result.passwordStore = QFile::exists(file) ? QDir::toNativeSeparators(file)
                                               : tr("the system keychain");
    result.status = SyncEngine::status(dataDir, settings);
}
