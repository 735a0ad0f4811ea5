// `gloss sync`: notes synced with a WebDAV folder, through the module gloss-sync.so (loaded,
// with Qt Network and QtKeychain, only for this command).
#include "Cli.h"
#include "CliSupport.h"
#include "Module.h"
#include "SyncModule.h"

#include "annotations/AnnotationStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace gloss::cli {

namespace {

void describeSync(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Syncs notes with a WebDAV folder (Nextcloud, ownCloud, a NAS, Apache, lighttpd).\n"
           "\n"
           "  gloss sync setup URL --user NAME [--device NAME]\n"
           "      Sets up sync for this data folder: the password (an app password) is read\n"
           "      from GLOSS_SYNC_PASSWORD or the terminal and kept in the system keychain\n"
           "      (where none runs: in a file readable by you only). Checks that the server\n"
           "      honours preconditions, and warns when it does not.\n"
           "  gloss sync [--dry-run] [FILE...]\n"
           "      Syncs the notes of every article with notes (here or on the server), or of\n"
           "      the FILEs named. Notes edited on two devices keep both versions (a conflict\n"
           "      copy); nothing local is deleted by a sync.\n"
           "  gloss sync status\n"
           "      Shows the settings and the last sync, without the network.\n"
           "\n"
           "Each data folder (--data-dir, GLOSS_DATA_DIR) is a device of its own."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(dataDirOption());
    parser.addOption({QStringLiteral("user"), tr("The user name on the server (setup)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("device"),
                      tr("This device's name (setup; default: the host name)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Say what a sync would change, and change nothing.")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("setup URL, status, or the FILEs to sync (none: all)."),
                                 QStringLiteral("[setup URL|status|FILE...]"));
}

template<typename F>
F syncFunction(const char *entry)
{
    QString error;
    const auto f = reinterpret_cast<F>(moduleFunction(syncmodule::kModuleName, entry, &error));
    if (!f)
        writeErr(tr("sync is not available here (%1)").arg(error));
    return f;
}

/** A password from GLOSS_SYNC_PASSWORD, the terminal (not echoed) or standard input. */
QString readPassword()
{
    const QString env = qEnvironmentVariable("GLOSS_SYNC_PASSWORD");
    if (!env.isEmpty())
        return env;
    const bool tty = isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        writeErrText(tr("Password: "));
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString line = in.readLine();
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        writeErrText(QStringLiteral("\n"));
    }
    return line;
}

int setup(const QCommandLineParser &parser, const QStringList &pos)
{
    if (pos.size() != 2 || !parser.isSet(QStringLiteral("user"))) {
        writeErr(tr("sync setup: expected a URL and --user NAME (see gloss sync --help)"));
        return BadInput;
    }
    syncmodule::SetupRequest request;
    request.dataDir = AnnotationStore::defaultDataDir();
    request.url = QUrl::fromUserInput(pos.at(1));
    request.user = parser.value(QStringLiteral("user"));
    request.device = parser.value(QStringLiteral("device"));
    const auto run = syncFunction<syncmodule::SetupFunction>(syncmodule::kSetupEntry);
    if (!run)
        return Failure;
    request.password = readPassword();
    if (request.password.isEmpty()) {
        writeErr(tr("sync setup: no password given (GLOSS_SYNC_PASSWORD or the terminal)"));
        return BadInput;
    }
    syncmodule::SetupResult result;
    run(request, result);
    for (const QString &w : std::as_const(result.warnings))
        writeErr(tr("warning: %1").arg(w));
    if (!result.ok()) {
        writeErr(tr("sync setup failed: %1").arg(result.error));
        return Failure;
    }
    for (const QString &m : std::as_const(result.messages))
        writeOut((m + u'\n').toLocal8Bit());
    return Ok;
}

int status()
{
    const auto run = syncFunction<syncmodule::StatusFunction>(syncmodule::kStatusEntry);
    if (!run)
        return Failure;
    syncmodule::StatusResult result;
    run(AnnotationStore::defaultDataDir(), result);
    if (!result.error.isEmpty()) {
        writeErr(result.error);
        return Failure;
    }
    const SyncStatus &s = result.status;
    QString out;
    out += tr("Server:    %1\n").arg(result.url);
    out += tr("User:      %1\n").arg(result.user);
    out += tr("Device:    %1\n").arg(result.deviceId);
    out += tr("Password:  %1\n").arg(result.passwordStore);
    out += tr("Last sync: %1\n")
               .arg(s.lastSync.isValid()
                        ? s.lastSync.toLocalTime().toString(Qt::ISODate)
                        : tr("never"));
    if (!s.lastError.isEmpty())
        out += tr("Last error: %1\n").arg(s.lastError);
    out += tr("Articles:  %1 synced, %2 with changes not sent yet\n")
               .arg(s.articles)
               .arg(s.pending);
    writeOut(out.toLocal8Bit());
    return Ok;
}

int cycle(const QCommandLineParser &parser, const QStringList &files)
{
    syncmodule::CycleRequest request;
    request.dataDir = AnnotationStore::defaultDataDir();
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    for (const QString &path : files) {
        const std::optional<Document> doc = loadArticle(path);
        if (!doc)
            return BadInput;
        request.contentHashes.append(doc->sha256());
    }
    const auto run = syncFunction<syncmodule::CycleFunction>(syncmodule::kCycleEntry);
    if (!run)
        return Failure;
    SyncReport report;
    run(request, report);
    for (const QString &p : std::as_const(report.problems))
        writeErr(tr("warning: %1").arg(p));
    const QString summary =
        (request.dryRun ? tr("Dry run, nothing changed. %n article(s) looked at; would add %1, "
                             "change %2, remove %3 note(s) here, make %4 conflict copy(ies), "
                             "send %5 file(s), fetch %6.", nullptr, report.articles)
                        : tr("%n article(s) synced: %1 note(s) added, %2 changed, %3 removed "
                             "here, %4 conflict copy(ies); %5 file(s) sent, %6 fetched.",
                             nullptr, report.articles))
            .arg(report.added)
            .arg(report.changed)
            .arg(report.removed)
            .arg(report.conflicts)
            .arg(report.uploaded)
            .arg(report.downloaded);
    if (!report.ok()) {
        if (report.unauthorized)
            writeErr(tr("sync stopped: %1. Check the user and the app password (gloss sync "
                        "setup); nothing was changed on the server.")
                         .arg(report.error));
        else if (report.offline)
            writeErr(tr("sync stopped: %1. The notes here are intact; the next sync completes "
                        "it.")
                         .arg(report.error));
        else
            writeErr(tr("sync stopped: %1").arg(report.error));
        writeErr(summary);
        return Failure;
    }
    writeOut((summary + u'\n').toLocal8Bit());
    return Ok;
}

} // namespace

int sync(const QStringList &args)
{
    QCommandLineParser parser;
    describeSync(parser);
    if (const int status = parseArguments(parser, QStringLiteral("gloss sync"), args);
        status >= 0)
        return status;
    useDataDir(parser);
    const QStringList pos = parser.positionalArguments();
    if (pos.value(0) == u"setup")
        return setup(parser, pos);
    if (pos.value(0) == u"status" && pos.size() == 1)
        return status();
    return cycle(parser, pos);
}

} // namespace gloss::cli
