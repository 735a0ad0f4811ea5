// The window's sync (issue 19): the state on the toolbar, Notes > Sync Settings…, and real
// cycles against a lighttpd WebDAV server started here, with two data folders as two devices.
#include "MainWindow.h"
#include "MessageBar.h"
#include "SyncEngine.h"
#include "SyncSettings.h"
#include "TestArticles.h"
#include "TestProxy.h"
#include "WebDavServer.h"
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"
#include "sync/SyncController.h"
#include "sync/SyncMerge.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/SyncStateAction.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTcpServer>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

/** Every file under @p dir with its bytes: what a dialog wrote, or did not. */
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        files.insert(f.fileName(), f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
    }
    return files;
}

QJsonObject config(const QString &dataDir)
{
    QFile f(QDir(SyncSettings::syncDir(dataDir)).filePath(u"config.json"_s));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

bool holds(const AnnotationStore &store, const QString &text)
{
    const QList<Annotation> &notes = store.annotations();
    return std::any_of(notes.cbegin(), notes.cend(), [&](const Annotation &a) {
        return a.text == text || a.text.endsWith(u'\n' + text);
    });
}

int conflictCopies(const AnnotationStore &store)
{
    const QList<Annotation> &notes = store.annotations();
    return int(std::count_if(notes.cbegin(), notes.cend(), [](const Annotation &a) {
        return a.tags.contains(QLatin1StringView(SyncMerge::kConflictTag));
    }));
}

} // namespace

class tst_SyncUi : public QObject
{
    Q_OBJECT

public:
    enum Close { Ok, Cancel, Escape, CloseWindow, TestOnly, OkThenCancel };
    Q_ENUM(Close)
    enum Edit { NewServer, WrongPassword, TimesOnly, TurnOff, Nothing };
    Q_ENUM(Edit)
    enum Trigger { OnOpen, SyncNow, OnSave };
    Q_ENUM(Trigger)

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void stateAction_data();
    void stateAction();
    void menusAndToolbar();
    void dialog_data();
    void dialog();
    void noteFromAnotherDevice_data();
    void noteFromAnotherDevice();
    void wrongPassword_stopsRequests();
    void closingWhileTheServerHangs();

private:
    /** Sync settings for @p dataDir against @p url, without asking the server. */
    void setUp(const QString &dataDir, const QUrl &url, const QString &device,
               const QString &password, bool onOpen = true, bool onSave = true);
    std::unique_ptr<MainWindow> openWindow(const QString &dataDir);
    static SyncController *controllerOf(MainWindow *w)
    {
        return w->findChild<SyncController *>();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<WebDavServer> m_server;
    QString m_article;
    QString m_a;
    QString m_b;
};

void tst_SyncUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    qputenv("GLOSS_SYNC_KEYCHAIN", "0"); // no keychain service in tests: the 0600 file
    qunsetenv("GLOSS_SYNC_PASSWORD");
    m_server = std::make_unique<WebDavServer>(WebDavServer::Lighttpd);
    const QString started = m_server->start();
    QVERIFY2(started.isEmpty(), qPrintable(started)); // a missing lighttpd fails, never skips
    m_article = m_dir.filePath(u"article.txt"_s);
    QVERIFY(QFile::copy(test::samplePath(), m_article));
}

void tst_SyncUi::init()
{
    // two devices: each test row its own folders, and its own folder on the server
    static int round = 0;
    ++round;
    m_a = m_dir.filePath(u"desk-%1"_s.arg(round));
    m_b = m_dir.filePath(u"laptop-%1"_s.arg(round));
    QDir(m_server->root()).removeRecursively();
    QVERIFY(QDir().mkpath(m_server->root() + u"/dav"_s));
    AnnotationStore::setDefaultDataDir(m_b);
}

void tst_SyncUi::cleanup()
{
    AnnotationStore::setDefaultDataDir(QString());
}

void tst_SyncUi::setUp(const QString &dataDir, const QUrl &url, const QString &device,
                       const QString &password, bool onOpen, bool onSave)
{
    SyncSettings s;
    s.url = url;
    s.user = m_server->user();
    s.device = device;
    s.syncOnOpen = onOpen;
    s.syncOnSave = onSave;
    QVERIFY(s.save(dataDir));
    QString where, warning, error;
    QVERIFY2(s.storePassword(dataDir, password, &where, &warning, &error), qPrintable(error));
}

std::unique_ptr<MainWindow> tst_SyncUi::openWindow(const QString &dataDir)
{
    AnnotationStore::setDefaultDataDir(dataDir);
    auto w = std::make_unique<MainWindow>();
    w->resize(1200, 800);
    w->show();
    QSignalSpy shown(w.get(), &MainWindow::articleShown);
    if (!w->openFile(m_article) || !shown.wait(20000))
        return nullptr;
    return w;
}

void tst_SyncUi::stateAction_data()
{
    QTest::addColumn<SyncRunner::State>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("icon");
    QTest::addColumn<bool>("opensSettings");
    QTest::addColumn<QString>("tipHas");
    using S = SyncRunner::State;
    QTest::newRow("not set up") << S::NotSetUp << u"Sync Off"_s << u"sync-off"_s << true
                                << u"set up sync"_s;
    QTest::newRow("idle") << S::Idle << u"Sync"_s << u"sync-idle"_s << false
                          << u"Not synced yet."_s;
    QTest::newRow("syncing") << S::Syncing << u"Syncing 2/5"_s << u"sync"_s << false
                             << u"Syncing notes"_s;
    QTest::newRow("synced") << S::Synced << u"Synced"_s << u"sync-done"_s << false
                            << u"Last sync: "_s;
    QTest::newRow("conflict") << S::Conflict << u"Conflict"_s << u"sync-conflict"_s << false
                              << u"edited on two devices"_s;
    QTest::newRow("offline") << S::Offline << u"Offline"_s << u"sync-offline"_s << false
                             << u"no route to host"_s;
    QTest::newRow("wrong password") << S::Unauthorized << u"Wrong Password"_s
                                    << u"sync-password"_s << true << u"HTTP 401"_s;
    QTest::newRow("failed") << S::Failed << u"Sync Failed"_s << u"sync-failed"_s << false
                            << u"HTTP 500"_s;
}

void tst_SyncUi::stateAction()
{
    QFETCH(SyncRunner::State, state);
    QFETCH(QString, text);
    QFETCH(QString, icon);
    QFETCH(bool, opensSettings);
    QFETCH(QString, tipHas);
    SyncStateAction a;
    const QString error = state == SyncRunner::State::Offline ? u"no route to host"_s
                          : state == SyncRunner::State::Unauthorized ? u"HTTP 401"_s
                          : state == SyncRunner::State::Failed       ? u"HTTP 500"_s
                                                                     : QString();
    a.setState(state, error, state == SyncRunner::State::Conflict ? 3 : 0);
    if (state == SyncRunner::State::Synced)
        a.setLastSync(QDateTime::currentDateTimeUtc());
    if (state == SyncRunner::State::Syncing)
        a.setProgress(2, 5);
    QCOMPARE(a.iconText(), text);
    QCOMPARE(a.text(), u"S&ync Now"_s); // what the menu shows
    QCOMPARE(SyncStateAction::iconName(state), icon);
    QVERIFY(!a.icon().isNull());
    QVERIFY(!a.icon().pixmap(20, 20).isNull());
    QCOMPARE(a.opensSettings(), opensSettings);
    QVERIFY2(a.toolTip().contains(tipHas, Qt::CaseInsensitive), qPrintable(a.toolTip()));
}

void tst_SyncUi::menusAndToolbar()
{
    auto w = openWindow(m_b);
    QVERIFY(w);
    SyncController *sync = controllerOf(w.get());
    QVERIFY(sync);
    QCOMPARE(sync->runner()->state(), SyncRunner::State::NotSetUp);
    QVERIFY(w->mainToolBar()->actions().contains(sync->stateAction()));
    QCOMPARE(sync->stateAction()->iconText(), u"Sync Off"_s);
    // Notes > Sync Now (Ctrl+Alt+S) and Sync Settings…, in the catalog, no key bound twice
    const ShortcutCatalog catalog = w->shortcutCatalog();
    const ShortcutCatalog::Entry *now = catalog.find(u"actionSyncNow"_s);
    QVERIFY(now);
    QCOMPARE(now->keys, QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)});
    QVERIFY(catalog.find(u"actionSyncSettings"_s));
    QVERIFY(catalog.conflicts().isEmpty());
    // not set up: Sync Now opens the settings
    sync->stateAction()->trigger();
    QVERIFY(sync->settingsDialog());
    QTRY_VERIFY(sync->settingsDialog()->isVisible());
    QVERIFY(!sync->runner()->isRunning());
    sync->settingsDialog()->reject();
}

void tst_SyncUi::dialog_data()
{
    QTest::addColumn<bool>("setUpBefore");
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<Close>("close");
    QTest::addColumn<bool>("written");
    QTest::addColumn<bool>("stillOpen");
    QTest::addColumn<QString>("report");
    QTest::newRow("new server, OK") << false << NewServer << Ok << true << false << QString();
    QTest::newRow("new server, Cancel") << false << NewServer << Cancel << false << false
                                        << QString();
    QTest::newRow("new server, Esc") << false << NewServer << Escape << false << false
                                     << QString();
    QTest::newRow("new server, window closed")
        << false << NewServer << CloseWindow << false << false << QString();
    QTest::newRow("new server, Cancel while checking")
        << false << NewServer << OkThenCancel << false << false << QString();
    QTest::newRow("new server, Test Connection")
        << false << NewServer << TestOnly << false << true << u"honours preconditions"_s;
    QTest::newRow("wrong password, OK") << false << WrongPassword << Ok << false << true
                                        << u"401"_s;
    QTest::newRow("wrong password, Test Connection")
        << false << WrongPassword << TestOnly << false << true << u"401"_s;
    QTest::newRow("times only, OK") << true << TimesOnly << Ok << true << false << QString();
    QTest::newRow("times only, Esc") << true << TimesOnly << Escape << false << false
                                     << QString();
    QTest::newRow("nothing entered, OK") << false << Nothing << Ok << false << false
                                         << QString();
    QTest::newRow("turned off, OK") << true << TurnOff << Ok << true << false << QString();
    QTest::newRow("turned off, Cancel") << true << TurnOff << Cancel << false << false
                                        << QString();
}

void tst_SyncUi::dialog()
{
    QFETCH(bool, setUpBefore);
    QFETCH(Edit, edit);
    QFETCH(Close, close);
    QFETCH(bool, written);
    QFETCH(bool, stillOpen);
    QFETCH(QString, report);
    if (setUpBefore)
        setUp(m_b, m_server->url(), u"laptop"_s, m_server->password());
    const QMap<QString, QByteArray> before = snapshot(m_b);

    QWidget parent;
    SyncSettingsDialog dialog(m_b, &parent);
    QSignalSpy saved(&dialog, &SyncSettingsDialog::settingsSaved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *enabled = dialog.findChild<QGroupBox *>(u"syncEnabled"_s);
    auto *url = dialog.findChild<QLineEdit *>(u"syncUrl"_s);
    auto *user = dialog.findChild<QLineEdit *>(u"syncUser"_s);
    auto *password = dialog.findChild<QLineEdit *>(u"syncPassword"_s);
    auto *device = dialog.findChild<QLineEdit *>(u"syncDevice"_s);
    auto *onOpen = dialog.findChild<QCheckBox *>(u"syncOnOpen"_s);
    auto *every = dialog.findChild<QCheckBox *>(u"syncEvery"_s);
    auto *minutes = dialog.findChild<QSpinBox *>(u"syncMinutes"_s);
    QVERIFY(enabled && url && user && password && device && onOpen && every && minutes);
    QVERIFY(enabled->isChecked()); // opened to set up or change sync
    if (setUpBefore) {
        QCOMPARE(url->text(), m_server->url().toString());
        QCOMPARE(user->text(), m_server->user());
        QVERIFY(password->text().isEmpty()); // never shown; empty keeps the stored one
    }

    switch (edit) {
    case NewServer:
    case WrongPassword:
        enabled->setChecked(true);
        QTest::keyClicks(url, m_server->url().toString());
        QTest::keyClicks(user, m_server->user());
        QTest::keyClicks(password, edit == NewServer ? m_server->password() : u"wrong"_s);
        QTest::keyClicks(device, u"laptop"_s);
        every->setChecked(true);
        minutes->setValue(5);
        break;
    case TimesOnly:
        onOpen->setChecked(false);
        every->setChecked(true);
        minutes->setValue(7);
        break;
    case TurnOff:
        enabled->setChecked(false);
        break;
    case Nothing:
        break;
    }

    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    switch (close) {
    case Ok:
        buttons->button(QDialogButtonBox::Ok)->click();
        break;
    case OkThenCancel:
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog.isChecking());
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        buttons->button(QDialogButtonBox::Cancel)->click();
        break;
    case Cancel:
        buttons->button(QDialogButtonBox::Cancel)->click();
        break;
    case Escape:
        QTest::keyClick(&dialog, Qt::Key_Escape);
        break;
    case CloseWindow:
        dialog.close();
        break;
    case TestOnly:
        dialog.findChild<QPushButton *>(u"syncTest"_s)->click();
        break;
    }
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), 60000);
    QCoreApplication::processEvents();
    QCOMPARE(dialog.isVisible(), stillOpen);
    QVERIFY2(dialog.report().contains(report), qPrintable(dialog.report()));
    QCOMPARE(saved.count(), written ? 1 : 0);
    if (!written) {
        QCOMPARE(snapshot(m_b), before);
        return;
    }
    const QJsonObject c = config(m_b);
    switch (edit) {
    case NewServer:
        QCOMPARE(c.value(u"url"_s).toString(), m_server->url().toString());
        QCOMPARE(c.value(u"user"_s).toString(), m_server->user());
        QCOMPARE(c.value(u"device"_s).toString(), u"laptop"_s);
        QCOMPARE(c.value(u"syncEveryMinutes"_s).toInt(), 5);
        QCOMPARE(SyncSettings::load(m_b).password(m_b, nullptr), m_server->password());
        {
            const QFileDevice::Permissions p =
                QFile::permissions(QDir(SyncSettings::syncDir(m_b)).filePath(u"password"_s));
            QVERIFY(p.testFlag(QFileDevice::ReadOwner));
            QVERIFY(!(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                           | QFileDevice::WriteOther)));
        }
        // the password in a file, not a keychain: the window keeps saying so
        QVERIFY(saved.first().at(1).toStringList().join(u' ').contains(u"not in a keychain"_s));
        break;
    case TimesOnly:
        QCOMPARE(c.value(u"syncOnOpen"_s).toBool(true), false);
        QCOMPARE(c.value(u"syncEveryMinutes"_s).toInt(), 7);
        QCOMPARE(c.value(u"url"_s).toString(), m_server->url().toString());
        QCOMPARE(SyncSettings::load(m_b).password(m_b, nullptr), m_server->password());
        break;
    case TurnOff:
        QVERIFY(c.isEmpty());
        QVERIFY(!SyncSettings::load(m_b).isValid());
        QVERIFY(SyncSettings::load(m_b).password(m_b, nullptr).isEmpty());
        QCOMPARE(saved.first().at(0).toBool(), false);
        break;
    case WrongPassword:
    case Nothing:
        QFAIL("nothing is saved");
    }
}

void tst_SyncUi::noteFromAnotherDevice_data()
{
    QTest::addColumn<Trigger>("trigger");
    QTest::newRow("sync on open") << OnOpen;
    QTest::newRow("sync now") << SyncNow;
    QTest::newRow("sync on save") << OnSave;
}

void tst_SyncUi::noteFromAnotherDevice()
{
    QFETCH(Trigger, trigger);
    // device A (the desk): a note, synced
    setUp(m_a, m_server->url(), u"desk"_s, m_server->password());
    setUp(m_b, m_server->url(), u"laptop"_s, m_server->password(), trigger == OnOpen,
          trigger == OnSave);
    const Loader::Result loaded = Loader::loadFile(m_article);
    QVERIFY(loaded.ok());
    AnnotationStore desk;
    desk.setDataDir(m_a);
    QVERIFY(desk.open(*loaded.document));
    const Annotation first = Annotation::onArticle(u"from the desk"_s);
    desk.add(first);
    QVERIFY(desk.save());
    SyncRunner deskSync(m_a);
    QSignalSpy deskDone(&deskSync, &SyncRunner::finished);
    const auto syncDesk = [&] {
        deskSync.start();
        return deskDone.wait(60000) && deskSync.state() != SyncRunner::State::Failed;
    };
    QVERIFY(syncDesk());
    QCOMPARE(deskSync.lastReport().uploaded, 1);

    // device B (the laptop) opens the article
    auto w = openWindow(m_b);
    QVERIFY(w);
    SyncController *sync = controllerOf(w.get());
    QVERIFY(sync);
    SyncRunner *runner = sync->runner();
    QSignalSpy done(runner, &SyncRunner::finished);
    AnnotationStore *store = w->notesStore();
    switch (trigger) {
    case OnOpen: // started when the article was shown (it may have ended already)
        QVERIFY(runner->isRunning() || runner->state() == SyncRunner::State::Synced);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 60000);
        break;
    case SyncNow:
        QVERIFY(!runner->isRunning());
        QVERIFY(!holds(*store, u"from the desk"_s));
        QCOMPARE(sync->stateAction()->iconText(), u"Sync"_s);
        sync->stateAction()->trigger(); // a click on the toolbar's state
        QCOMPARE(sync->stateAction()->iconText(), u"Syncing"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 60000);
        break;
    case OnSave:
        QVERIFY(!runner->isRunning());
        store->add(Annotation::onArticle(u"from the laptop"_s));
        QVERIFY(store->save());
        QVERIFY(runner->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 60000);
        QVERIFY(syncDesk());
        desk.syncWithDisk();
        QVERIFY(holds(desk, u"from the laptop"_s));
        break;
    }
    QCOMPARE(runner->state(), SyncRunner::State::Synced);
    QCOMPARE(sync->stateAction()->iconText(), u"Synced"_s);
    QVERIFY2(holds(*store, u"from the desk"_s), "the note from the desk is shown");
    QVERIFY(sync->stateAction()->toolTip().contains(u"Last sync: "_s));

    // the same note edited on both devices: both versions kept, the window says so
    Annotation onDesk = *desk.annotation(first.id);
    onDesk.text = u"the desk's version"_s;
    QVERIFY(desk.update(onDesk));
    QVERIFY(desk.save());
    QVERIFY(syncDesk());
    Annotation onLaptop = *store->annotation(first.id);
    onLaptop.text = u"the laptop's version"_s;
    onLaptop.modified = QDateTime::currentDateTimeUtc().addSecs(1);
    QVERIFY(store->update(onLaptop));
    QVERIFY(store->save()); // with sync on save, a cycle runs now
    if (trigger != OnSave)
        sync->stateAction()->trigger();
    QVERIFY(runner->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!runner->isRunning(), 60000);
    QCOMPARE(runner->state(), SyncRunner::State::Conflict);
    QCOMPARE(sync->stateAction()->iconText(), u"Conflict"_s);
    QVERIFY(holds(*store, u"the laptop's version"_s));
    QVERIFY(holds(*store, u"the desk's version"_s));
    QCOMPARE(conflictCopies(*store), 1);
    const QString message = w->messageBar()->message(u"sync"_s);
    QVERIFY2(message.contains(u"edited on two devices"_s) && message.contains(u"“conflict”"_s)
                 && message.contains(u"1 in this article"_s),
             qPrintable(message));
    // the desk gets both too
    QVERIFY(syncDesk());
    desk.syncWithDisk();
    QVERIFY(holds(desk, u"the laptop's version"_s));
    QVERIFY(holds(desk, u"the desk's version"_s));

    // closing the window during a cycle waits for it, briefly
    sync->stateAction()->trigger();
    QVERIFY(runner->isRunning());
    done.clear();
    w->close();
    QVERIFY(!runner->isRunning());
    QCOMPARE(done.count(), 1); // ended (or stopped) before the window went
}

void tst_SyncUi::wrongPassword_stopsRequests()
{
    TestProxy proxy(m_server->port(), TestProxy::Pass);
    const QUrl url(u"http://127.0.0.1:%1/dav/"_s.arg(proxy.port()));
    setUp(m_b, url, u"laptop"_s, u"not the password"_s);
    auto w = openWindow(m_b);
    QVERIFY(w);
    SyncController *sync = controllerOf(w.get());
    SyncRunner *runner = sync->runner();
    QSignalSpy done(runner, &SyncRunner::finished);
    QTRY_COMPARE_WITH_TIMEOUT(runner->state(), SyncRunner::State::Unauthorized, 60000); // on open
    done.clear();
    QCOMPARE(sync->stateAction()->iconText(), u"Wrong Password"_s);
    QVERIFY(sync->stateAction()->opensSettings());
    QVERIFY(w->messageBar()->message(u"sync"_s).contains(u"refused the user name or password"_s));
    const int requests = proxy.requests();
    QVERIFY(requests >= 1);

    // no retry: a save, Sync Now, the toolbar's state and reopening send nothing
    w->notesStore()->add(Annotation::onArticle(u"written offline"_s));
    QVERIFY(w->notesStore()->save());
    QVERIFY(!runner->isRunning());
    sync->stateAction()->trigger(); // opens the settings instead
    QVERIFY(sync->settingsDialog() && sync->settingsDialog()->isVisible());
    sync->settingsDialog()->reject();
    QSignalSpy shown(w.get(), &MainWindow::articleShown);
    QVERIFY(w->openFile(m_article));
    QVERIFY(shown.wait(20000));
    QVERIFY(!runner->isRunning());
    QCoreApplication::processEvents();
    QCOMPARE(proxy.requests(), requests);
    QCOMPARE(done.count(), 0);

    // the right password in Sync Settings: cycles again, at once
    sync->stateAction()->trigger();
    SyncSettingsDialog *dialog = sync->settingsDialog();
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"syncPassword"_s), m_server->password());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 60000);
    QCOMPARE(runner->state(), SyncRunner::State::Synced);
    QVERIFY(w->messageBar()->message(u"sync"_s).isEmpty()
            || !w->messageBar()->message(u"sync"_s).contains(u"refused"_s));
}

void tst_SyncUi::closingWhileTheServerHangs()
{
    // a server that takes the connection and never answers: closing the window aborts the
    // request under way instead of waiting for its timeout
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    setUp(m_b, QUrl(u"http://127.0.0.1:%1/dav/"_s.arg(silent.serverPort())), u"laptop"_s,
          m_server->password());
    auto w = openWindow(m_b);
    QVERIFY(w);
    SyncController *sync = controllerOf(w.get());
    SyncRunner *runner = sync->runner();
    QVERIFY(runner->isRunning()); // sync on open, waiting for an answer
    QCOMPARE(sync->stateAction()->iconText(), u"Syncing"_s);
    w->close();
    QVERIFY(!runner->isRunning());
    QVERIFY(runner->state() != SyncRunner::State::Syncing);
    QVERIFY2(runner->lastError().contains(u"cancel"_s, Qt::CaseInsensitive),
             qPrintable(runner->lastError())); // aborted, not timed out
}

QTEST_MAIN(tst_SyncUi)
#include "tst_syncui.moc"
