#pragma once

#include <QString>
#include <QUrl>

namespace gloss {

/**
 * @brief Where and as whom this device syncs: `DATA/sync/config.json`, and the password.
 *
 * The password (an app password, ideally) is kept in the system keychain (QtKeychain: Secret
 * Service, KWallet, …) under the service "gloss-sync" and the key "USER@URL". Where no
 * keychain service runs (a headless machine, the tests), it goes to `DATA/sync/password`,
 * readable by the user only (0600), and passwordWarning() says so.
 */
struct SyncSettings
{
    QUrl url;
    QString user;
    /** This device's name (by default the machine's host name). */
    QString device;
    /**
     * When the window syncs: when an article opens, after its notes are saved, every
     * syncEveryMinutes minutes (0: never). With none of them, by hand only (Sync Now). The
     * command line syncs when it is told to and ignores them.
     */
    bool syncOnOpen = true;
    bool syncOnSave = true;
    int syncEveryMinutes = 0;

    bool isValid() const { return url.isValid() && !url.host().isEmpty() && !user.isEmpty(); }
    /** "<user>-<device>", the name of this device's files on the server (safe characters). */
    QString deviceId() const;

    /** The folder with the sync state under @p dataDir. */
    static QString syncDir(const QString &dataDir);
    /** Reads `DATA/sync/config.json`; invalid when sync is not set up. */
    static SyncSettings load(const QString &dataDir, QString *error = nullptr);
    bool save(const QString &dataDir, QString *error = nullptr) const;
    /**
     * Turns sync off for @p dataDir: removes the settings and the stored password (file and
     * keychain). The sync state stays, so a later setup carries on where this one stopped.
     */
    static bool remove(const QString &dataDir, QString *error = nullptr);
    /** The host name, as a default device name. */
    static QString defaultDevice();

    /**
     * Stores @p password (keychain, else the 0600 file); @p where tells which, @p warning is set
     * when it went to the file.
     */
    bool storePassword(const QString &dataDir, const QString &password, QString *where,
                       QString *warning, QString *error) const;
    /** The password stored for these settings; empty with @p error when there is none. */
    QString password(const QString &dataDir, QString *error) const;
};

} // namespace gloss
