// One Gloss window per user (app/SingleInstance): a second `gloss FILE` hands FILE to the
// running window over a local socket. The client side blocks (as the second `gloss` does), so
// it runs on a thread of its own while the server answers from this thread's event loop.
#include "MainWindow.h"
#include "SingleInstance.h"
#include "TestArticles.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cstring>
#include <memory>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace gloss;
using namespace Qt::StringLiterals;

namespace {

using Delivery = SingleInstance::Delivery;

/** Runs @p work on a thread of its own; the result once it is done. */
template<typename Result>
class Background
{
public:
    template<typename Work>
    explicit Background(Work work)
        : m_thread(QThread::create([this, work] { m_result = work(); }))
    {
        m_thread->start();
    }
    ~Background() { m_thread->wait(); }
    bool isDone() const { return m_thread->isFinished(); }
    Result result() const { return m_result; }

private:
    Result m_result{};
    std::unique_ptr<QThread> m_thread;
};

/** A second Gloss: sends @p arguments to the instance on @p name. */
std::unique_ptr<Background<Delivery>> sendInBackground(const QString &name,
                                                       const QStringList &arguments)
{
    return std::make_unique<Background<Delivery>>([name, arguments] {
        return SingleInstance(name).sendToRunning(arguments);
    });
}

/**
 * Writes @p bytes to the instance on @p name as a stranger would; true when the server closed
 * the connection without answering "ok".
 */
std::unique_ptr<Background<bool>> sendRawInBackground(const QString &name, QByteArray bytes)
{
    return std::make_unique<Background<bool>>([name, bytes] {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (!socket.waitForConnected(5000))
            return false;
        socket.write(bytes);
        socket.waitForBytesWritten(5000);
        if (socket.state() != QLocalSocket::UnconnectedState)
            socket.waitForDisconnected(30000);
        const bool closed = socket.state() == QLocalSocket::UnconnectedState;
        return closed && !socket.readAll().contains("ok");
    });
}

/** Leaves a socket file behind at @p path, as a Gloss that crashed does. */
bool makeStaleSocket(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (name.size() >= qsizetype(sizeof(address.sun_path)))
        return false;
    std::memcpy(address.sun_path, name.constData(), name.size());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::listen(fd, 1) == 0;
    ::close(fd); // the file stays, nobody behind it
    return bound && QFile::exists(path);
}

} // namespace

Q_DECLARE_METATYPE(gloss::SingleInstance::Delivery)

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultNameHasAppIdAndUser();
    void absoluteArguments_data();
    void absoluteArguments();
    void delivers_data();
    void delivers();
    void nobodyListening();
    void garbageIsIgnored_data();
    void garbageIsIgnored();
    void staleSocketDoesNotBlock();
    void secondListenerDoesNotStealTheName();
    void closedWindowStopsListening();
    void runningWindowShowsSecondArticle();
    void secondGlossProcessHandsOver();
    void screenshotNeverHandsOver();

private:
    QString socketName(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    int m_round = 0;
    QString m_name; // a fresh socket for each test
};

void tst_SingleInstance::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
}

void tst_SingleInstance::init()
{
    m_name = socketName(u"gloss-%1"_s.arg(++m_round));
}

void tst_SingleInstance::defaultNameHasAppIdAndUser()
{
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
    const QString inRuntime = SingleInstance::defaultName();
    qputenv("XDG_RUNTIME_DIR", "");
    const QString inTemp = SingleInstance::defaultName();
    qputenv("XDG_RUNTIME_DIR", saved);
    const QString expected = u"org.example.gloss-%1"_s.arg(::getuid());
    QCOMPARE(inRuntime, QDir(m_dir.path()).filePath(expected));
    QCOMPARE(inTemp, expected); // QLocalServer puts a bare name in the temporary folder
}

void tst_SingleInstance::absoluteArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a relative path is made absolute")
        << QStringList{u"news/a.md"_s} << QStringList{u"/home/reader/news/a.md"_s};
    QTest::newRow("an absolute path stays") << QStringList{u"/srv/b.html"_s}
                                            << QStringList{u"/srv/b.html"_s};
    QTest::newRow("a file URL becomes its path (file managers pass %U so)")
        << QStringList{u"file:///tmp/with%20space.txt"_s} << QStringList{u"/tmp/with space.txt"_s};
    QTest::newRow("a web address stays as it is")
        << QStringList{u"https://news.example.com/a?id=1"_s}
        << QStringList{u"https://news.example.com/a?id=1"_s};
    QTest::newRow("several, in order")
        << QStringList{u"a.txt"_s, u"http://x.example/"_s, u"../c.md"_s}
        << QStringList{u"/home/reader/a.txt"_s, u"http://x.example/"_s, u"/home/c.md"_s};
}

void tst_SingleInstance::absoluteArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    QCOMPARE(SingleInstance::absoluteArguments(arguments, u"/home/reader"_s), expected);
}

void tst_SingleInstance::delivers_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("one file") << QStringList{u"/tmp/one.md"_s};
    QTest::newRow("several files and a link")
        << QStringList{u"/tmp/a b.txt"_s, u"https://example.com/x"_s, u"/tmp/ü.html"_s};
    QTest::newRow("nothing: the window only comes to the front") << QStringList{};
}

void tst_SingleInstance::delivers()
{
    QFETCH(QStringList, arguments);
    SingleInstance server(m_name);
    QVERIFY(server.listen());
    QSignalSpy received(&server, &SingleInstance::received);
    const auto client = sendInBackground(m_name, arguments);
    QTRY_VERIFY(client->isDone());
    QCOMPARE(client->result(), Delivery::Delivered);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), arguments);
}

void tst_SingleInstance::nobodyListening()
{
    QVERIFY(!QFile::exists(m_name));
    QCOMPARE(SingleInstance(m_name).sendToRunning({u"/tmp/a.md"_s}), Delivery::NoInstance);
}

void tst_SingleInstance::garbageIsIgnored_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not JSON") << QByteArray("open /etc/passwd\n");
    QTest::newRow("JSON, not an object") << QByteArray("[\"/tmp/a.md\"]\n");
    QTest::newRow("no list to open") << QByteArray("{\"open\": \"/tmp/a.md\"}\n");
    QTest::newRow("a number in the list") << QByteArray("{\"open\": [\"/tmp/a.md\", 5]}\n");
    QTest::newRow("an empty name in the list") << QByteArray("{\"open\": [\"\"]}\n");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01\n", 5);
    QTest::newRow("64 KiB without a line break") << QByteArray(70 * 1024, 'x');
}

void tst_SingleInstance::garbageIsIgnored()
{
    QFETCH(QByteArray, bytes);
    SingleInstance server(m_name);
    QVERIFY(server.listen());
    QSignalSpy received(&server, &SingleInstance::received);
    const auto stranger = sendRawInBackground(m_name, bytes);
    QTRY_VERIFY(stranger->isDone());
    QVERIFY(stranger->result()); // dropped, unanswered
    // the server works on: the next well-formed message is the first one it reports
    const auto client = sendInBackground(m_name, {u"/tmp/after.md"_s});
    QTRY_VERIFY(client->isDone());
    QCOMPARE(client->result(), Delivery::Delivered);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), QStringList{u"/tmp/after.md"_s});
}

// A Gloss that crashed leaves its socket file; the next one starts all the same.
void tst_SingleInstance::staleSocketDoesNotBlock()
{
    QVERIFY(makeStaleSocket(m_name));
    SingleInstance next(m_name);
    QCOMPARE(next.sendToRunning({u"/tmp/a.md"_s}), Delivery::NoInstance);
    QVERIFY(next.listen());
    QSignalSpy received(&next, &SingleInstance::received);
    const auto client = sendInBackground(m_name, {u"/tmp/b.md"_s});
    QTRY_VERIFY(client->isDone());
    QCOMPARE(client->result(), Delivery::Delivered);
    QCOMPARE(received.size(), 1);
}

// Two started at the same moment: the second does not take the first one's socket away.
void tst_SingleInstance::secondListenerDoesNotStealTheName()
{
    SingleInstance first(m_name);
    QVERIFY(first.listen());
    // the probe of the second needs an answer from this thread's event loop: on a thread
    auto second = std::make_unique<Background<bool>>([this] {
        return SingleInstance(m_name).listen();
    });
    QTRY_VERIFY(second->isDone());
    QVERIFY(!second->result());
    QSignalSpy received(&first, &SingleInstance::received);
    const auto client = sendInBackground(m_name, {u"/tmp/c.md"_s});
    QTRY_VERIFY(client->isDone());
    QCOMPARE(client->result(), Delivery::Delivered);
    QCOMPARE(received.size(), 1);
}

// app/WindowMain.cpp closes the channel on lastWindowClosed: that is emitted within close(),
// so View > Language > Restart Now, which starts the next Gloss right after closing the
// window, never hands the article to the Gloss that is quitting.
void tst_SingleInstance::closedWindowStopsListening()
{
    SingleInstance server(m_name);
    QVERIFY(server.listen());
    QWidget window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    connect(qApp, &QGuiApplication::lastWindowClosed, &server, &SingleInstance::close);
    // as in the program: closed from within the event loop (lastWindowClosed is emitted there)
    bool closed = false;
    bool listeningAfterClose = true;
    QTimer::singleShot(0, &window, [&] {
        closed = window.close();
        listeningAfterClose = server.isListening();
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    QVERIFY(closed);
    QVERIFY(!listeningAfterClose);
    QVERIFY(!QFile::exists(m_name));
    QCOMPARE(SingleInstance(m_name).sendToRunning({u"/tmp/d.md"_s}), Delivery::NoInstance);
}

// The running window opens the article a second Gloss hands over, the others go to Open
// Recent.
void tst_SingleInstance::runningWindowShowsSecondArticle()
{
    const QString first = test::writeTextFile(m_dir.path(), u"first.txt"_s,
                                              u"Harbour news\n\nThe harbour opened."_s);
    const QString second = test::writeTextFile(
        m_dir.path(), u"second.txt"_s,
        u"Gulls return\n\n\u201CThey came back,\u201D said Ola Berg."_s);
    const QString third =
        test::writeTextFile(m_dir.path(), u"third.txt"_s, u"Third\n\nA third one."_s);
    MainWindow window;
    window.show();
    QSignalSpy shown(&window, &MainWindow::articleShown);
    QVERIFY(window.openFile(first));
    QTRY_COMPARE(shown.size(), 1);
    SingleInstance server(m_name);
    QVERIFY(server.listen());
    connect(&server, &SingleInstance::received, &window, &MainWindow::openFromElsewhere);

    const auto client = sendInBackground(m_name, {second, QUrl::fromLocalFile(third).toString()});
    QTRY_VERIFY(client->isDone());
    QCOMPARE(client->result(), Delivery::Delivered);
    QTRY_COMPARE(shown.size(), 2);
    QCOMPARE(window.currentPath(), second);
    QVERIFY(window.article().document.text().contains(u"They came back"_s));
    const QStringList recent = window.recentFiles();
    QCOMPARE(recent.value(0), second);
    QVERIFY2(recent.contains(third), qPrintable(recent.join(u", "_s)));
}

// The real program: `gloss FILE` with a Gloss running hands FILE over and exits 0.
void tst_SingleInstance::secondGlossProcessHandsOver()
{
    const QString article =
        test::writeTextFile(m_dir.path(), u"handed.txt"_s, u"Handed over\n\nIt arrived."_s);
    // the socket's name comes from XDG_RUNTIME_DIR: this test's folder, for both sides
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    SingleInstance server; // defaultName()
    qputenv("XDG_RUNTIME_DIR", saved);
    QVERIFY(server.name().startsWith(runtime.path()));
    QVERIFY(server.listen());
    QSignalSpy received(&server, &SingleInstance::received);

    QProcess gloss;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"GLOSS_DATA_DIR"_s, m_dir.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    gloss.setProcessEnvironment(env);
    gloss.setWorkingDirectory(m_dir.path());
    gloss.start(test::glossBinary(), {u"handed.txt"_s}); // relative to its folder
    QTRY_COMPARE_WITH_TIMEOUT(gloss.state(), QProcess::NotRunning, 120000);
    QCOMPARE(gloss.exitStatus(), QProcess::NormalExit);
    QCOMPARE(gloss.exitCode(), 0);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), QStringList{article});
}

// --screenshot renders its own window even with a Gloss running, and tells that one nothing.
void tst_SingleInstance::screenshotNeverHandsOver()
{
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    SingleInstance server;
    qputenv("XDG_RUNTIME_DIR", saved);
    QVERIFY(server.listen());
    QSignalSpy received(&server, &SingleInstance::received);

    QProcess gloss;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"GLOSS_DATA_DIR"_s, m_dir.filePath(u"data"_s));
    gloss.setProcessEnvironment(env);
    const QString png = m_dir.filePath(u"shot.png"_s);
    gloss.start(test::glossBinary(), {u"--screenshot"_s, png, u"--size"_s, u"600x400"_s});
    QTRY_COMPARE_WITH_TIMEOUT(gloss.state(), QProcess::NotRunning, 120000);
    QCOMPARE(gloss.exitCode(), 0);
    QVERIFY(QFile::exists(png));
    // anything it had sent would have arrived before this message
    const auto client = sendInBackground(server.name(), {u"/tmp/marker.md"_s});
    QTRY_VERIFY(client->isDone());
    QCOMPARE(client->result(), Delivery::Delivered);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first().toStringList(), QStringList{u"/tmp/marker.md"_s});
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
