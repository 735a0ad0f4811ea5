// A seeded random-action test of the real reading window (issue 14): for a while, a "monkey"
// does what a restless user might, in random order: opens articles of every size and kind (and
// web pages from a loopback server), triggers every action of the window by every route (its
// menu, its shortcut, the action itself), opens every dialog and closes it by every route
// (Close/Cancel, Esc, the window's close button, accept/Save), adds, edits, deletes, undoes and
// redoes notes, zooms, finds, jumps, switches themes, resizes, toggles and floats panels, and
// sends random keys, clicks and wheel turns. It must end with no crash, no sanitizer report and
// every note on disk.
//
//   GLOSS_MONKEY_SEED     the seed (default: a new one, printed); the same seed gives the same
//                         sequence of actions
//   GLOSS_MONKEY_SECONDS  how long (default 20; CI runs 60 under the asan preset)
//   GLOSS_MONKEY_STEPS    stop after this many actions instead (a fixed length for replays)
//   GLOSS_MONKEY_VERBOSE  1: print every action as it is done
//
// The seed and the command that replays it are printed at the start, and again with the last
// 50 actions on any failure: a failed check, a crash, an assertion, Qt Test's watchdog, or an
// AddressSanitizer / UBSan / LeakSanitizer report (MonkeyLog.h).
//
// Actions are discovered, not listed: every QAction of the window and its menus, every dialog
// that shows up (modal or not), every widget in the window for clicks and keys. Only actions that
// would end the run are left out (Quit, and "Restart Now", which starts a new process); file
// dialogs are only ever given paths in the test's own folder, and print dialogs are only
// cancelled.
#include "ArticleView.h"
#include "HostileInputs.h"
#include "MainWindow.h"
#include "MonkeyLog.h"
#include "TestArticles.h"
#include "TestHttpServer.h"
#include "WebSources.h"
#include "annotations/AnnotationStore.h"
#include "articleview/ArticleWindow_p.h"
#include "notes/NoteCard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkProxyFactory>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QWheelEvent>
#include <QWindow>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <memory>
#include <optional>

using namespace gloss;
using monkey::FlightLog;

namespace {

#ifdef GLOSS_MONKEY_SANITIZED
constexpr int kSlowdown = 5;
#else
constexpr int kSlowdown = 1;
#endif

/** What the environment asks for. */
struct RunSettings
{
    quint32 seed = 0;
    int seconds = 20;
    long steps = 0; // 0: no limit
    bool verbose = false;

    static RunSettings fromEnvironment()
    {
        RunSettings s;
        bool ok = false;
        const quint32 seed = qEnvironmentVariable("GLOSS_MONKEY_SEED").toUInt(&ok);
        s.seed = ok ? seed : QRandomGenerator::system()->generate();
        const int seconds = qEnvironmentVariableIntValue("GLOSS_MONKEY_SECONDS", &ok);
        if (ok && seconds > 0)
            s.seconds = seconds;
        const int steps = qEnvironmentVariableIntValue("GLOSS_MONKEY_STEPS", &ok);
        if (ok && steps > 0)
            s.steps = steps;
        s.verbose = qEnvironmentVariableIntValue("GLOSS_MONKEY_VERBOSE") > 0;
        return s;
    }

    /** The seed and the exact command that runs this sequence again. */
    QByteArray replayLine() const
    {
#ifdef GLOSS_MONKEY_SANITIZED
        const QByteArray preset = "GLOSS_PRESET=asan ";
#else
        const QByteArray preset;
#endif
        QByteArray line = "monkey: seed " + QByteArray::number(seed) + ", "
                          + QByteArray::number(seconds) + " s; replay with: " + preset
                          + "GLOSS_MONKEY_SEED=" + QByteArray::number(seed)
                          + " GLOSS_MONKEY_SECONDS=" + QByteArray::number(seconds);
        if (steps > 0)
            line += " GLOSS_MONKEY_STEPS=" + QByteArray::number(steps);
        return line + " scripts/test -R tst_monkey";
    }
};

/** Qt Test's own complaints about synthetic input that nobody took: expected, and noisy. */
QtMessageHandler g_previousHandler = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg
        && (message.endsWith(u"not accepted by receiving widget")
            || message.startsWith(u"QFileSystemWatcher")
            || message.startsWith(u"This plugin does not support")))
        return;
    g_previousHandler(type, context, message);
}

/**
 * The articles the monkey opens, made at run time (nothing from the corpus): the sample, short,
 * ~1 MB and ~3 MB texts, Markdown, HTML, empty, binary, invalid UTF-8, UTF-16, CRLF, one long
 * line, thousands of paragraphs, unbalanced quotes, a folder, a missing file, and one file the
 * monkey rewrites under the window.
 */
class MonkeyFiles
{
public:
    explicit MonkeyFiles(const QString &root)
        : m_root(root)
    {
        QDir().mkpath(articlesDir());
        QDir().mkpath(exportsDir());
        using namespace hostile;
        const QByteArray headline = "Harbour town counts the cost of the storm\n\n";
        write("short.txt", kArticle);
        write("medium-1mb.txt", headline + repeatTo(paragraphBlock(), 1 << 20));
        write("large-3mb.txt", headline + repeatTo(paragraphBlock(), 3 << 20));
        write("article.md",
              "# Harbour town votes\n\n*By Dana Holt* | 4 May 2026\n\n" + paragraphBlock()
                  + "> \"A block quote,\" she said, [with a link](https://example.org).\n\n"
                  + "- a list\n  - nested\n\n```\ncode \"not a quote\"\n```\n\n"
                  + markdownNestedBlockQuotes(40) + markdownNestedLists(40)
                  + markdownOpeners(300) + "\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        write("page.html",
              "<!doctype html><html><head><meta charset=\"utf-8\"><title>Harbour town votes"
              "</title><meta name=\"author\" content=\"Dana Holt\"></head><body><nav>Home | "
              "World</nav><article><h1>Harbour town votes</h1><p>"
                  + paragraphBlock().replace("\n\n", "</p><p>")
                  + "</p></article><script>var x = \"not text\";</script>"
                    "<footer>Share</footer></body></html>");
        write("empty.txt", QByteArray());
        write("binary.txt", randomBytes(64 * 1024, 7));
        QByteArray invalid = paragraphBlock();
        invalid.insert(40, "\xC3\x28 \xFF\xFE \xED\xA0\x80 \xF0\x28\x8C\x28 \xC0\xAF");
        write("invalid-utf8.txt", invalid + "\x80\x81\x82" + paragraphBlock());
        write("utf16.txt", "\xFF\xFE" + utf16(QString::fromUtf8(kArticle),
                                               QStringConverter::Utf16LE));
        write("crlf.txt", QByteArray(kArticle).replace("\n", "\r\n"));
        write("one-line.txt", singleLine(200 * 1024));
        write("paragraphs.txt", manyParagraphs(20000));
        write("quotes.txt", nestedQuotes(200) + unbalancedQuotes(2000) + apostrophes(4096));
        write("changing.txt", kArticle);
        QDir().mkpath(articlesDir() + QStringLiteral("/a folder.txt"));
    }

    QString articlesDir() const { return m_root + QStringLiteral("/articles"); }
    QString exportsDir() const { return m_root + QStringLiteral("/exports"); }
    QString changing() const { return articlesDir() + QStringLiteral("/changing.txt"); }
    /** Takes seconds to lay out (more under ASan). */
    static bool isHeavy(const QString &path)
    {
        return path.endsWith(u"mb.txt") || path.endsWith(u"one-line.txt")
               || path.endsWith(u"paragraphs.txt");
    }

    /** Every article path, in a fixed order (the sample from the resources first). */
    QStringList articles() const
    {
        QStringList out{test::samplePath()};
        const auto names = QDir(articlesDir()).entryList(
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &name : names)
            out.append(articlesDir() + u'/' + name);
        out.append(articlesDir() + QStringLiteral("/missing.txt"));
        return out;
    }

    /** What an open-file dialog may be given: the articles and the notes exported so far. */
    QStringList openable() const
    {
        QStringList out = articles();
        const auto names = QDir(exportsDir()).entryList(QDir::Files, QDir::Name);
        for (const QString &name : names)
            out.append(exportsDir() + u'/' + name);
        return out;
    }

private:
    void write(const char *name, const QByteArray &bytes)
    {
        QVERIFY(hostile::writeBytes(articlesDir() + u'/' + QLatin1String(name), bytes));
    }

    QString m_root;
};

/** Web requests to anything but the loopback server go to a "proxy" that answers 404 at once. */
class LoopbackOnly : public QNetworkProxyFactory
{
public:
    explicit LoopbackOnly(quint16 proxyPort)
        : m_port(proxyPort)
    {
    }

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        const QString host = query.peerHostName();
        if (host == u"127.0.0.1" || host == u"localhost")
            return {QNetworkProxy(QNetworkProxy::NoProxy)};
        return {QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_port)};
    }

private:
    quint16 m_port;
};

QString plain(QString text)
{
    return text.remove(u'&');
}

QString nameOf(const QAction *a)
{
    return a->objectName().isEmpty() ? u'"' + plain(a->text()) + u'"' : a->objectName();
}

QString nameOf(const QWidget *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty() && !w->objectName().startsWith(u"qt_"))
        name += u'#' + w->objectName();
    return name;
}

} // namespace

/**
 * The monkey: one action per step, each step started by a zero timer armed before the action,
 * so that when an action opens a modal dialog (a nested event loop) the next steps run inside
 * that loop and deal with the dialog. Steps wait while an article or a web page is loading, so
 * the sequence of actions depends only on the seed.
 */
class Monkey : public QObject
{
    Q_OBJECT

public:
    enum class Route { Trigger, Shortcut, Menu };
    enum class Close { Interact, CancelButton, Escape, WindowClose, Accept };

    Monkey(MainWindow *window, const RunSettings &settings, const MonkeyFiles *files,
           QList<QUrl> urls)
        : m_window(window)
        , m_settings(settings)
        , m_files(files)
        , m_urls(std::move(urls))
        , m_rng(settings.seed)
    {
        connect(window->webSources(), &WebSources::busyChanged, this,
                [this](bool busy) { m_webBusy = busy; });
    }

    void start()
    {
        m_clock.start();
        later();
    }
    bool isDone() const { return m_done; }
    long steps() const { return m_step; }
    QString failure() const { return m_failure; }

    /** What was done, for the test's output. */
    QString summary() const
    {
        QString out = QStringLiteral("monkey: %1 actions in %2 s; by kind:")
                          .arg(m_step)
                          .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1);
        for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
            out += QStringLiteral(" %1 %2,").arg(it.key()).arg(it.value());
        out.chop(1);
        out += QStringLiteral("\nmonkey: %1 different actions triggered").arg(m_triggered.size());
        out += QStringLiteral("\nmonkey: dialogs and how they were closed:");
        static const char *const routes[] = {"interacted", "Cancel/Close", "Esc",
                                             "window close", "accept"};
        for (auto it = m_dialogs.cbegin(); it != m_dialogs.cend(); ++it) {
            out += u"\n  " + it.key() + u':';
            for (int r = 0; r < 5; ++r) {
                const int n = it.value().value(r);
                if (n > 0)
                    out += QStringLiteral(" %1 %2,").arg(QLatin1String(routes[r])).arg(n);
            }
            out.chop(1);
        }
        return out;
    }

public Q_SLOTS:
    /** QDesktopServices' handler: the window asked for a browser (nothing is opened). */
    void openUrl(const QUrl &url)
    {
        note(u"  (the window asked to open " + url.toString() + u')');
    }

private:
    // --- the step loop ----------------------------------------------------------------------

    void later(int ms = 0) { QTimer::singleShot(ms, this, &Monkey::step); }

    bool busy() const { return m_window->isBusy() || m_webBusy; }

    void step()
    {
        if (m_done)
            return;
        // what the window system has queued (activation, focus, expose) lands first, so that
        // the state the next action sees depends on the actions before it, not on timing
        QCoreApplication::processEvents();
        QWidget *popup = QApplication::activePopupWidget();
        QWidget *modal = QApplication::activeModalWidget();
        if (m_depth > 0 && !popup && !modal) {
            // an action is still running, in an event loop that is not a dialog's
            if (!m_nested.isValid())
                m_nested.start();
            else if (m_nested.elapsed() > 60'000 * kSlowdown)
                return fail(QStringLiteral("an action has not returned for 60 s"));
            return later(5);
        }
        m_nested.invalidate();
        if (!popup && !modal && busy()) {
            if (!m_busy.isValid())
                m_busy.start();
            else if (m_busy.elapsed() > 120'000 * kSlowdown)
                return fail(QStringLiteral("still loading after 120 s"));
            return later(5);
        }
        m_busy.invalidate();
        if (!m_window->isVisible()) {
            note(QStringLiteral("the window was closed: show it again"));
            m_window->show();
        }
        if (m_clock.elapsed() >= qint64(m_settings.seconds) * 1000
            || (m_settings.steps > 0 && m_step >= m_settings.steps))
            return windDown(popup, modal);

        ++m_step;
        later();
        ++m_depth;
        if (popup)
            onPopup(popup);
        else if (modal)
            onDialog(modal);
        else if (QWidget *dialog = modelessDialog(); dialog && chance(45))
            onDialog(dialog);
        else
            onWindow();
        --m_depth;
    }

    /** Time is up: close what is open (never by accepting), then stop. */
    void windDown(QWidget *popup, QWidget *modal)
    {
        if (!m_windingDown) {
            m_windingDown = true;
            note(QStringLiteral("time is up: closing what is open"));
        }
        if (popup) {
            note(u"wind down: close popup " + nameOf(popup));
            popup->close();
            return later(5);
        }
        if (modal || (modal = modelessDialog())) {
            const int attempt = m_closeAttempts[modal]++;
            if (attempt < 3) {
                const Close route = attempt == 0 ? Close::CancelButton
                                    : attempt == 1 ? Close::Escape
                                                   : Close::WindowClose;
                closeDialog(modal, route);
            } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
                note(u"wind down: reject() " + nameOf(modal));
                dialog->reject();
            } else {
                note(u"wind down: hide " + nameOf(modal));
                modal->hide();
            }
            return later(5);
        }
        if (m_depth > 0 || busy())
            return later(5);
        m_done = true;
        note(QStringLiteral("done"));
    }

    void fail(const QString &why)
    {
        m_failure = why;
        note(u"FAILED: " + why);
        m_done = true;
    }

    // --- randomness and the log ---------------------------------------------------------------

    int bounded(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    int between(int lo, int hi) { return lo + bounded(hi - lo + 1); }
    bool chance(int percent) { return bounded(100) < percent; }
    template<typename T>
    T oneOf(const QList<T> &list)
    {
        return list.isEmpty() ? T() : list.at(bounded(int(list.size())));
    }

    void note(const QString &what)
    {
        const QString line = QStringLiteral("#%1 %2s %3")
                                 .arg(m_step)
                                 .arg(double(m_clock.elapsed()) / 1000.0, 0, 'f', 1)
                                 .arg(what);
        FlightLog::instance().add(line.toUtf8());
        if (m_settings.verbose)
            std::fprintf(stderr, "%s\n", qPrintable(line));
    }

    void count(const QString &kind) { ++m_kinds[kind]; }

    // --- what there is to act on --------------------------------------------------------------

    /** Every action of the window and of its menus (submenus too), in a fixed order. */
    QList<QAction *> windowActions() const
    {
        QList<QAction *> out;
        QSet<QAction *> seen;
        const auto add = [&](QAction *a) {
            if (!a || a->isSeparator() || a->menu() || seen.contains(a) || isForbidden(a))
                return;
            seen.insert(a);
            out.append(a);
        };
        const auto actions = m_window->actions();
        for (QAction *a : actions)
            add(a);
        QList<QMenu *> menus;
        const auto bar = m_window->menuBar()->actions();
        for (QAction *a : bar) {
            if (a->menu())
                menus.append(a->menu());
        }
        for (qsizetype i = 0; i < menus.size(); ++i) {
            const auto items = menus.at(i)->actions();
            for (QAction *a : items) {
                if (a->menu())
                    menus.append(a->menu());
                add(a);
            }
        }
        return out;
    }

    /** Actions that would end the run: Quit (and whatever takes its role). */
    static bool isForbidden(const QAction *a)
    {
        return a->menuRole() == QAction::QuitRole || a->objectName() == u"actionQuit";
    }

    bool isForbiddenKey(QKeyCombination key) const
    {
        const auto actions = m_window->findChildren<QAction *>();
        for (const QAction *a : actions) {
            if (!isForbidden(a))
                continue;
            const auto shortcuts = a->shortcuts();
            for (const QKeySequence &s : shortcuts) {
                if (s.count() > 0 && s[0] == key)
                    return true;
            }
        }
        return false;
    }

    /** Buttons that would end the run: Restart Now starts a new process (of this test). */
    static bool isForbidden(const QAbstractButton *b) { return b->objectName() == u"restartNow"; }

    static bool hasForbiddenButton(const QWidget *dialog)
    {
        const auto buttons = dialog->findChildren<QAbstractButton *>();
        return std::any_of(buttons.cbegin(), buttons.cend(),
                           [](const QAbstractButton *b) { return isForbidden(b); });
    }

    QMenu *menuOf(QAction *a) const
    {
        const auto menus = m_window->findChildren<QMenu *>();
        for (QMenu *m : menus) {
            if (m->actions().contains(a))
                return m;
        }
        return nullptr;
    }

    /** The window and its floating panels. */
    QList<QWidget *> windows() const
    {
        QList<QWidget *> out{m_window};
        const auto docks = m_window->findChildren<QDockWidget *>();
        for (QDockWidget *d : docks) {
            if (d->isFloating() && d->isVisible())
                out.append(d);
        }
        return out;
    }

    /** A visible dialog that is not modal (Export Notes…), if any. */
    QWidget *modelessDialog()
    {
        QList<QWidget *> open;
        const auto all = QApplication::topLevelWidgets();
        for (QWidget *w : all) {
            if (w->isVisible() && qobject_cast<QDialog *>(w))
                open.append(w);
        }
        std::sort(open.begin(), open.end(), [](const QWidget *a, const QWidget *b) {
            return std::make_pair(nameOf(a), a->windowTitle())
                   < std::make_pair(nameOf(b), b->windowTitle());
        });
        return oneOf(open);
    }

    static QList<QWidget *> visibleWidgets(QWidget *root)
    {
        QList<QWidget *> out;
        const auto all = root->findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (w->isVisible() && !w->isWindow() && w->window() == root && w->width() > 0
                && w->height() > 0)
                out.append(w);
        }
        return out;
    }

    QWidget *focusTarget() const
    {
        if (!QApplication::activeModalWidget())
            activate(m_window);
        QWidget *focus = QApplication::focusWidget();
        if (focus && (focus->window() == m_window || windows().contains(focus->window())))
            return focus;
        return m_window->articleView();
    }

    QPoint randomPoint(const QWidget *w) { return {bounded(w->width()), bounded(w->height())}; }

    /** A word or a few from the article (or something odd). */
    QString someText()
    {
        const QString &text = m_window->article().document.text();
        switch (bounded(10)) {
        case 0:
            return oneOf<QString>({QStringLiteral("#tag"), QStringLiteral("  "),
                                   QStringLiteral("🙂 👍🏽 東京 שלום é"),
                                   QStringLiteral("\"'’“”"),
                                   QStringLiteral("zzzz-not-in-the-text"),
                                   QStringLiteral("%1 %n &amp;"),
                                   QString(120, u'x')});
        case 1:
            return oneOf(m_urls).toString();
        default:
            break;
        }
        if (text.size() < 2)
            return QStringLiteral("storm");
        const qsizetype at = bounded(int(std::min<qsizetype>(text.size(), INT_MAX)));
        qsizetype from = at;
        while (from > 0 && text.at(from - 1).isLetterOrNumber())
            --from;
        qsizetype to = from;
        const int words = between(1, 3);
        for (int w = 0; w < words && to < text.size(); ++w) {
            while (to < text.size() && !text.at(to).isLetterOrNumber())
                ++to;
            while (to < text.size() && text.at(to).isLetterOrNumber())
                ++to;
        }
        const QString s = text.mid(from, std::min<qsizetype>(to - from, 60)).trimmed();
        return s.isEmpty() ? QStringLiteral("the") : s;
    }

    // --- input --------------------------------------------------------------------------------

    /** Keys go to the active window: make @p w's window active first, as a user's click would. */
    static void activate(QWidget *w)
    {
        QWidget *top = w->window();
        if (QApplication::activeWindow() == top || QApplication::activePopupWidget())
            return;
        top->activateWindow();
        for (int i = 0; i < 100 && QApplication::activeWindow() != top; ++i)
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    }

    void type(QWidget *target, const QString &text)
    {
        QPointer<QWidget> guard(target);
        activate(target);
        const QList<uint> points = text.toUcs4();
        for (uint cp : points) {
            if (!guard)
                return;
            const QString ch = QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, ch, Qt::NoModifier);
        }
    }

    void key(QWidget *target, Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        if (isForbiddenKey(QKeyCombination(mods, k)))
            return note(QStringLiteral("  (key left out: it would quit)"));
        QPointer<QWidget> guard(target);
        activate(target);
        if (guard)
            QTest::keyClick(target, k, mods);
    }

    void click(QWidget *w, QPoint at, Qt::MouseButton button = Qt::LeftButton,
               Qt::KeyboardModifiers mods = Qt::NoModifier, bool twice = false)
    {
        QPointer<QWidget> guard(w);
        QTest::mousePress(w, button, mods, at);
        if (guard)
            QTest::mouseRelease(w, button, mods, at);
        if (twice && guard) {
            QTest::mouseDClick(w, button, mods, at);
            if (guard)
                QTest::mouseRelease(w, button, mods, at);
        }
        if (button == Qt::RightButton && guard) {
            QContextMenuEvent menu(QContextMenuEvent::Mouse, at, w->mapToGlobal(at), mods);
            QApplication::sendEvent(w, &menu);
        }
    }

    /** Runs @p a as a user would: its menu entry, its shortcut, or the action itself. */
    void trigger(QAction *a, std::optional<Route> route = std::nullopt)
    {
        if (!a)
            return;
        m_triggered.insert(nameOf(a));
        const Route r = route ? *route : Route(bounded(3));
        const QKeySequence shortcut = a->shortcut();
        if (r == Route::Shortcut && !shortcut.isEmpty() && !isForbiddenKey(shortcut[0])) {
            note(u"shortcut " + shortcut.toString() + u" (" + nameOf(a) + u')');
            QWidget *target = focusTarget();
            QPointer<QWidget> guard(target);
            activate(target);
            if (guard)
                QTest::keySequence(target, shortcut);
            return;
        }
        QMenu *menu = menuOf(a);
        if (r == Route::Menu && menu && m_window->menuBar()->isVisible()) {
            note(u"menu " + plain(menu->title()) + u" > " + nameOf(a));
            menu->popup(m_window->mapToGlobal(QPoint(40, 30)));
            QPointer<QMenu> guard(menu);
            bool fired = false;
            const auto c = connect(a, &QAction::triggered, this, [&fired] { fired = true; });
            chooseEntry(menu, a);
            disconnect(c);
            if (guard && guard->isVisible())
                note(QStringLiteral("  (the entry did nothing: the menu stays open)"));
            else if (!fired)
                note(QStringLiteral("  (the menu closed without running it)"));
            return;
        }
        note(u"trigger " + nameOf(a)
             + (a->isEnabled() ? QString() : QStringLiteral(" (disabled)")));
        a->trigger();
    }

    QAction *windowAction(const QString &name) const { return m_window->action(name); }

    /**
     * Picks @p a in the open @p menu: by mouse (moved onto the entry first: a menu ignores a
     * click that comes before any movement), or by keyboard (the entry made current, Return).
     */
    void chooseEntry(QMenu *menu, QAction *a)
    {
        const QRect entry = menu->actionGeometry(a);
        if (!entry.isValid())
            return;
        if (chance(50)) {
            menu->setActiveAction(a);
            return key(menu, Qt::Key_Return);
        }
        QPointer<QMenu> guard(menu);
        for (int i = 0; i < 8 && guard; ++i) {
            const QPoint at = entry.center() + QPoint(i - 4, 0);
            QMouseEvent move(QEvent::MouseMove, QPointF(at), QPointF(menu->mapToGlobal(at)),
                             Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(menu, &move);
        }
        if (guard)
            click(menu, entry.center());
    }

    // --- dialogs and popups -------------------------------------------------------------------

    void onPopup(QWidget *popup)
    {
        count(QStringLiteral("popup"));
        if (auto *menu = qobject_cast<QMenu *>(popup)) {
            QList<QAction *> items;
            const auto actions = menu->actions();
            for (QAction *a : actions) {
                if (a->isVisible() && !a->isSeparator() && !isForbidden(a))
                    items.append(a);
            }
            const int r = bounded(10);
            if (r < 7 && !items.isEmpty()) {
                QAction *a = oneOf(items);
                m_triggered.insert(nameOf(a));
                note(u"menu " + nameOf(menu) + u": " + nameOf(a));
                chooseEntry(menu, a);
            } else if (r < 9) {
                note(u"menu " + nameOf(menu) + u": Esc");
                QTest::keyClick(menu, Qt::Key_Escape);
            } else {
                note(u"menu " + nameOf(menu) + u": click outside");
                click(menu, QPoint(-4, -4));
            }
            return;
        }
        QWidget *target = popup->focusWidget() ? popup->focusWidget() : popup;
        switch (bounded(4)) {
        case 0:
            note(u"popup " + nameOf(popup) + u": Esc");
            return key(target, Qt::Key_Escape);
        case 1:
            note(u"popup " + nameOf(popup) + u": Return");
            return key(target, Qt::Key_Return);
        case 2:
            note(u"popup " + nameOf(popup) + u": Down");
            return key(target, Qt::Key_Down);
        default:
            note(u"popup " + nameOf(popup) + u": click");
            return click(popup, randomPoint(popup));
        }
    }

    QString dialogKind(const QWidget *d) const
    {
        QString kind = nameOf(d);
        if (qobject_cast<const QMessageBox *>(d) && d->objectName().isEmpty())
            kind += u" \"" + d->windowTitle() + u'"';
        return kind;
    }

    void onDialog(QWidget *dialog)
    {
        count(QStringLiteral("dialog"));
        const bool files = qobject_cast<QFileDialog *>(dialog);
        const bool print = dialog->inherits("QAbstractPrintDialog")
                           || dialog->inherits("QPrintPreviewDialog")
                           || dialog->inherits("QPageSetupDialog");
        // Prefer a way of closing this kind of dialog that was not used yet.
        const QMap<int, int> used = m_dialogs.value(dialogKind(dialog));
        QList<Close> fresh;
        for (Close c : {Close::CancelButton, Close::Escape, Close::WindowClose, Close::Accept}) {
            if (!used.contains(int(c)))
                fresh.append(c);
        }
        Close route;
        const int r = bounded(10);
        if (r < 4)
            route = Close::Interact;
        else if (r < 7 && !fresh.isEmpty())
            route = oneOf(fresh);
        else
            route = oneOf<Close>({Close::CancelButton, Close::Escape, Close::WindowClose,
                                  Close::Accept, Close::Accept});
        if ((files || print) && route == Close::Interact)
            route = Close::Escape; // never wander about the file system or print
        if ((print || hasForbiddenButton(dialog)) && route == Close::Accept)
            route = Close::CancelButton;
        if (route == Close::Interact)
            interact(dialog);
        else
            closeDialog(dialog, route);
    }

    /** Clicks, types or picks something in @p dialog. */
    void interact(QWidget *dialog)
    {
        ++m_dialogs[dialogKind(dialog)][int(Close::Interact)];
        QList<QWidget *> targets;
        const auto children = dialog->findChildren<QWidget *>();
        for (QWidget *w : children) {
            const auto *button = qobject_cast<QAbstractButton *>(w);
            if (w->isVisible() && w->isEnabled() && w->width() > 0 && w->height() > 0
                && !(button && isForbidden(button)))
                targets.append(w);
        }
        QWidget *w = oneOf(targets);
        if (!w)
            return;
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QTextEdit *>(w)) {
            const QString text = m_pendingUrl.isEmpty() ? someText() : m_pendingUrl;
            m_pendingUrl.clear();
            note(u"in " + dialogKind(dialog) + u": type \"" + text + u"\" into " + nameOf(w));
            w->setFocus(Qt::MouseFocusReason);
            if (chance(70))
                key(w, Qt::Key_A, Qt::ControlModifier);
            type(w, text);
            return;
        }
        if (qobject_cast<QComboBox *>(w) && chance(50)) {
            note(u"in " + dialogKind(dialog) + u": Down in " + nameOf(w));
            return key(w, Qt::Key_Down);
        }
        note(u"in " + dialogKind(dialog) + u": click " + nameOf(w));
        click(w, qobject_cast<QAbstractButton *>(w) ? w->rect().center() : randomPoint(w));
    }

    static QList<QAbstractButton *> buttonsWithRole(
        QWidget *dialog, std::initializer_list<QDialogButtonBox::ButtonRole> roles)
    {
        QList<QAbstractButton *> out;
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            const auto buttons = box->buttons();
            for (QAbstractButton *b : buttons) {
                if (std::find(roles.begin(), roles.end(),
                              QDialogButtonBox::ButtonRole(box->buttonRole(b)))
                    != roles.end())
                    out.append(b);
            }
            return out;
        }
        const auto boxes = dialog->findChildren<QDialogButtonBox *>();
        for (QDialogButtonBox *box : boxes) {
            const auto buttons = box->buttons();
            for (QAbstractButton *b : buttons) {
                if (b->isVisible()
                    && std::find(roles.begin(), roles.end(), box->buttonRole(b)) != roles.end())
                    out.append(b);
            }
        }
        return out;
    }

    void closeDialog(QWidget *dialog, Close route)
    {
        const QString kind = dialogKind(dialog);
        ++m_dialogs[kind][int(route)];
        switch (route) {
        case Close::CancelButton: {
            const QList<QAbstractButton *> buttons =
                buttonsWithRole(dialog, {QDialogButtonBox::RejectRole, QDialogButtonBox::NoRole});
            if (QAbstractButton *b = oneOf(buttons); b && !isForbidden(b)) {
                note(kind + u": click " + plain(b->text()));
                return click(b, b->rect().center());
            }
            note(kind + QStringLiteral(": no Cancel or Close button; Esc"));
            return key(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Escape);
        }
        case Close::Escape:
            note(kind + QStringLiteral(": Esc"));
            return key(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Escape);
        case Close::WindowClose:
            note(kind + QStringLiteral(": the window's close button"));
            if (QWindow *handle = dialog->windowHandle())
                handle->close();
            else
                dialog->close();
            return;
        case Close::Accept:
            return accept(dialog, kind);
        case Close::Interact:
            return interact(dialog);
        }
    }

    void accept(QWidget *dialog, const QString &kind)
    {
        if (auto *files = qobject_cast<QFileDialog *>(dialog)) {
            QString path;
            if (files->acceptMode() == QFileDialog::AcceptSave) {
                const QStringList existing = QDir(m_files->exportsDir()).entryList(QDir::Files);
                const QString name = !existing.isEmpty() && chance(20)
                                         ? oneOf(existing) // asks before replacing it
                                         : QStringLiteral("notes-%1").arg(m_step);
                path = m_files->exportsDir() + u'/' + name;
            } else {
                path = m_pendingOpen.isEmpty() ? oneOf(m_files->openable()) : m_pendingOpen;
                if (path.startsWith(u':')) // the sample is in the resources
                    path = m_files->articlesDir() + QStringLiteral("/short.txt");
            }
            m_pendingOpen.clear();
            const QDir root(m_files->articlesDir() + QStringLiteral("/.."));
            note(kind + u": choose " + root.relativeFilePath(path) + u" and accept");
            files->selectFile(path);
            const QList<QAbstractButton *> ok =
                buttonsWithRole(files, {QDialogButtonBox::AcceptRole});
            if (QAbstractButton *b = oneOf(ok); b && b->isEnabled())
                click(b, b->rect().center());
            else
                static_cast<QDialog *>(files)->accept();
            return;
        }
        if (!m_pendingUrl.isEmpty()) {
            if (auto *edit = dialog->findChild<QLineEdit *>(); edit && edit->isVisible()) {
                note(kind + u": type " + m_pendingUrl);
                edit->setFocus(Qt::MouseFocusReason);
                key(edit, Qt::Key_A, Qt::ControlModifier);
                type(edit, m_pendingUrl);
            }
            m_pendingUrl.clear();
        }
        const QList<QAbstractButton *> buttons = buttonsWithRole(
            dialog, {QDialogButtonBox::AcceptRole, QDialogButtonBox::YesRole,
                     QDialogButtonBox::ApplyRole});
        QAbstractButton *b = oneOf(buttons);
        if (b && !isForbidden(b) && chance(75)) {
            note(kind + u": click " + plain(b->text()));
            return click(b, b->rect().center());
        }
        note(kind + QStringLiteral(": Return"));
        key(dialog->focusWidget() ? dialog->focusWidget() : dialog, Qt::Key_Return);
    }

    // --- the window ---------------------------------------------------------------------------

    void onWindow()
    {
        struct Choice
        {
            int weight;
            void (Monkey::*act)();
            const char *kind;
        };
        static const Choice choices[] = {
            {5, &Monkey::openArticle, "open"},       {18, &Monkey::triggerAction, "action"},
            {11, &Monkey::pressKey, "key"},          {5, &Monkey::typeText, "type"},
            {14, &Monkey::clickSomewhere, "click"},  {4, &Monkey::turnWheel, "wheel"},
            {6, &Monkey::selectWords, "select"},     {7, &Monkey::workOnNote, "note"},
            {4, &Monkey::undoRedo, "undo/redo"},     {5, &Monkey::jump, "jump"},
            {5, &Monkey::find, "find"},              {2, &Monkey::switchTheme, "theme"},
            {3, &Monkey::resizeWindow, "resize"},    {3, &Monkey::arrangePanels, "panels"},
            {2, &Monkey::hover, "hover"},            {2, &Monkey::fillClipboard, "clipboard"},
            {1, &Monkey::changeArticleOnDisk, "disk"}, {2, &Monkey::idle, "idle"},
        };
        if (m_window->article().document.text().size() > 300'000 && chance(15)) {
            count(QStringLiteral("open"));
            return openArticle(); // a big article makes every action slow: move on sooner
        }
        int total = 0;
        for (const Choice &c : choices)
            total += c.weight;
        int r = bounded(total);
        for (const Choice &c : choices) {
            if (r < c.weight) {
                count(QLatin1String(c.kind));
                return (this->*c.act)();
            }
            r -= c.weight;
        }
    }

    void openArticle()
    {
        QStringList all = m_files->articles();
        QString path = oneOf(all);
        if (MonkeyFiles::isHeavy(path) && !chance(20)) {
            // the big ones take seconds to lay out (a minute under ASan): fewer of them
            all.removeIf([](const QString &p) { return MonkeyFiles::isHeavy(p); });
            path = oneOf(all);
        }
        const QString shown = QDir(m_files->articlesDir()).relativeFilePath(path);
        switch (bounded(6)) {
        case 0:
        case 1:
            note(u"open " + shown + u" (as from the command line)");
            m_window->openFile(path);
            return;
        case 2:
            if (!path.startsWith(u':')) {
                note(u"drop " + shown + u" on the window");
                return drop(QUrl::fromLocalFile(path));
            }
            note(u"open " + shown);
            m_window->openFile(path);
            return;
        case 3:
            m_pendingOpen = path;
            return trigger(windowAction(QStringLiteral("actionOpen")));
        case 4: {
            const QUrl url = oneOf(m_urls);
            if (chance(50)) {
                note(u"drop link " + url.toString());
                return drop(url);
            }
            m_pendingUrl = url.toString();
            return trigger(windowAction(QStringLiteral("actionOpenLink")));
        }
        default: {
            QMenu *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
            QList<QAction *> items;
            if (recent) {
                const auto actions = recent->actions();
                for (QAction *a : actions) {
                    if (!a->isSeparator())
                        items.append(a);
                }
            }
            if (QAction *a = oneOf(items))
                return trigger(a);
            note(u"open " + shown);
            m_window->openFile(path);
        }
        }
    }

    void drop(const QUrl &url)
    {
        QMimeData data;
        data.setUrls({url});
        const QPoint at = randomPoint(m_window);
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window, &enter);
        if (!enter.isAccepted())
            return note(QStringLiteral("  (the drop was refused)"));
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window, &dropped);
    }

    void triggerAction() { trigger(oneOf(windowActions())); }

    void pressKey()
    {
        static const Qt::Key keys[] = {
            Qt::Key_A, Qt::Key_S, Qt::Key_E, Qt::Key_Z, Qt::Key_1, Qt::Key_0, Qt::Key_Space,
            Qt::Key_Period, Qt::Key_Plus, Qt::Key_Minus, Qt::Key_NumberSign, Qt::Key_Return,
            Qt::Key_Escape, Qt::Key_Escape, Qt::Key_Tab, Qt::Key_Backtab, Qt::Key_Up,
            Qt::Key_Down, Qt::Key_Left, Qt::Key_Right, Qt::Key_Home, Qt::Key_End,
            Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Delete, Qt::Key_Backspace, Qt::Key_F1,
            Qt::Key_F3, Qt::Key_F6, Qt::Key_F9, Qt::Key_F10, Qt::Key_Menu, Qt::Key_M, Qt::Key_X,
            Qt::Key_C, Qt::Key_V, Qt::Key_F, Qt::Key_2, Qt::Key_3};
        static const Qt::KeyboardModifiers mods[] = {
            Qt::NoModifier, Qt::NoModifier, Qt::NoModifier, Qt::NoModifier, Qt::NoModifier,
            Qt::ShiftModifier, Qt::ControlModifier, Qt::ControlModifier, Qt::AltModifier,
            Qt::ControlModifier | Qt::ShiftModifier, Qt::ControlModifier | Qt::AltModifier,
            Qt::AltModifier | Qt::ShiftModifier};
        const Qt::Key k = keys[bounded(int(std::size(keys)))];
        const Qt::KeyboardModifiers m = mods[bounded(int(std::size(mods)))];
        QWidget *target = focusTarget();
        note(u"key " + QKeySequence(QKeyCombination(m, k)).toString() + u" to " + nameOf(target));
        key(target, k, m);
    }

    void typeText()
    {
        QWidget *target = focusTarget();
        const QString text = someText();
        note(u"type \"" + text + u"\" into " + nameOf(target));
        type(target, text);
    }

    void clickSomewhere()
    {
        QWidget *root = oneOf(windows());
        QWidget *w = nullptr;
        QPoint at;
        if (chance(60)) {
            const QPoint p = randomPoint(root);
            w = root->childAt(p);
            if (!w)
                w = root;
            at = w->mapFrom(root, p);
        } else {
            w = oneOf(visibleWidgets(root));
            if (!w)
                return;
            at = randomPoint(w);
        }
        const int b = bounded(100);
        const Qt::MouseButton button = b < 75 ? Qt::LeftButton
                                       : b < 93 ? Qt::RightButton
                                                : Qt::MiddleButton;
        const Qt::KeyboardModifiers mods = chance(10) ? Qt::ShiftModifier
                                           : chance(5) ? Qt::ControlModifier
                                                       : Qt::NoModifier;
        const bool twice = chance(12);
        note(QStringLiteral("%1click %2 at %3,%4 on %5")
                 .arg(twice ? QStringLiteral("double ") : QString())
                 .arg(button == Qt::LeftButton ? QStringLiteral("left")
                      : button == Qt::RightButton ? QStringLiteral("right")
                                                  : QStringLiteral("middle"))
                 .arg(at.x())
                 .arg(at.y())
                 .arg(nameOf(w)));
        click(w, at, button, mods, twice);
    }

    void turnWheel()
    {
        QWidget *w = chance(70) ? m_window->articleView()->viewport()
                                : oneOf(visibleWidgets(m_window));
        if (!w)
            return;
        const QPoint at = randomPoint(w);
        const int notches = oneOf<int>({-5, -2, -1, -1, 1, 1, 2, 5, 20});
        const Qt::KeyboardModifiers mods = chance(25) ? Qt::ControlModifier : Qt::NoModifier;
        note(QStringLiteral("wheel %1%2 on %3")
                 .arg(notches)
                 .arg(mods ? QStringLiteral(" with Ctrl") : QString())
                 .arg(nameOf(w)));
        QWheelEvent wheel(QPointF(at), QPointF(w->mapToGlobal(at)), QPoint(),
                          QPoint(0, 120 * notches), Qt::NoButton, mods, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &wheel);
    }

    /** Selects some words of the article (by keyboard, mouse or cursor), often to add a note. */
    void selectWords()
    {
        ArticleView *view = m_window->articleView();
        const int length = view->document()->characterCount() - 1;
        if (length < 2)
            return note(QStringLiteral("select: no text"));
        const int from = bounded(length - 1);
        const int to = std::min(length, from + between(1, chance(10) ? 5000 : 200));
        QTextCursor cursor(view->document());
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        view->ensureCursorVisible();
        view->setFocus(Qt::MouseFocusReason);
        note(QStringLiteral("select %1-%2").arg(from).arg(to));
        const int r = bounded(10);
        if (r < 5) {
            trigger(windowAction(QStringLiteral("actionAddNote")));
        } else if (r < 7) {
            const QPoint at = view->cursorRect(cursor).center();
            note(QStringLiteral("right-click the selection"));
            click(view->viewport(), at, Qt::RightButton);
        } else if (r < 8) {
            trigger(windowAction(QStringLiteral("actionCopy")));
        }
    }

    void workOnNote()
    {
        QList<NoteCard *> cards;
        const auto all = m_window->findChildren<NoteCard *>();
        for (NoteCard *c : all) {
            if (c->isVisible())
                cards.append(c);
        }
        NoteCard *card = oneOf(cards);
        if (!card || chance(15)) {
            return trigger(windowAction(chance(50) ? QStringLiteral("actionAddArticleNote")
                                                   : QStringLiteral("actionAddNote")));
        }
        QList<QWidget *> parts = visibleWidgets(card);
        parts.removeIf([card](QWidget *w) { return w->window() != card->window(); });
        QWidget *part = oneOf(parts);
        if (!part)
            part = card;
        const int r = bounded(10);
        note(u"note card: click " + nameOf(part));
        click(part, qobject_cast<QAbstractButton *>(part) ? part->rect().center()
                                                          : randomPoint(part));
        if (r < 5) {
            QWidget *target = focusTarget();
            const QString text = someText();
            note(u"  type \"" + text + u"\" into " + nameOf(target));
            type(target, text);
        } else if (r < 6) {
            QWidget *target = focusTarget();
            note(u"  select all and delete in " + nameOf(target));
            key(target, Qt::Key_A, Qt::ControlModifier);
            key(target, Qt::Key_Delete);
        } else if (r < 7) {
            note(QStringLiteral("  Esc"));
            key(focusTarget(), Qt::Key_Escape);
        } else if (r < 8) {
            trigger(windowAction(QStringLiteral("actionDeleteNote")));
        }
    }

    void undoRedo()
    {
        const QString name = chance(60) ? QStringLiteral("actionUndo")
                                        : QStringLiteral("actionRedo");
        const int times = oneOf<int>({1, 1, 1, 2, 3, 8, 30});
        note(QStringLiteral("%1 x%2").arg(name).arg(times));
        const Route route = Route(bounded(2)); // the menu is tried with every other action
        QAction *a = windowAction(name);
        for (int i = 0; i < times && !QApplication::activeModalWidget(); ++i) {
            trigger(a, route);
            if (!a || !a->isEnabled())
                break; // nothing left to undo or redo (and the log keeps its 50 lines for more)
        }
    }

    void jump()
    {
        ArticleView *view = m_window->articleView();
        switch (bounded(7)) {
        case 0:
            note(QStringLiteral("Ctrl+End in the text"));
            return key(view, Qt::Key_End, Qt::ControlModifier);
        case 1:
            note(QStringLiteral("Ctrl+Home in the text"));
            return key(view, Qt::Key_Home, Qt::ControlModifier);
        case 2:
            note(QStringLiteral("Page Down in the text"));
            return key(view, chance(50) ? Qt::Key_PageDown : Qt::Key_PageUp);
        case 3: {
            QScrollBar *bar = view->articleScrollBar();
            const int to = bar->minimum() + bounded(bar->maximum() - bar->minimum() + 1);
            note(QStringLiteral("scroll to %1 of %2").arg(to).arg(bar->maximum()));
            bar->setValue(to);
            return;
        }
        case 4:
            return trigger(windowAction(chance(50) ? QStringLiteral("actionNextNote")
                                                   : QStringLiteral("actionPreviousNote")));
        default: {
            // a row of a side panel: Claims (jump to the claim), Entities (the next mention),
            // Speakers (filter), Notes (go to the note)
            QList<QAbstractItemView *> lists;
            const auto all = m_window->findChildren<QAbstractItemView *>();
            for (QAbstractItemView *v : all) {
                if (v->isVisible() && v->window() == m_window)
                    lists.append(v);
            }
            QAbstractItemView *list = oneOf(lists);
            if (!list)
                return note(QStringLiteral("jump: no panel shown"));
            const QPoint at = randomPoint(list->viewport());
            const QModelIndex index = list->indexAt(at);
            note(QStringLiteral("panel %1: row at %2,%3 (%4)")
                     .arg(nameOf(list))
                     .arg(at.x())
                     .arg(at.y())
                     .arg(index.data().toString().left(40)));
            if (chance(50)) {
                click(list->viewport(), at, Qt::LeftButton, Qt::NoModifier, chance(30));
            } else {
                list->setFocus(Qt::TabFocusReason);
                if (index.isValid())
                    list->setCurrentIndex(index);
                key(list, oneOf<Qt::Key>({Qt::Key_Return, Qt::Key_Down, Qt::Key_Delete,
                                          Qt::Key_Space, Qt::Key_End}));
            }
        }
        }
    }

    void find()
    {
        trigger(windowAction(QStringLiteral("actionFind")));
        if (QApplication::activeModalWidget() || QApplication::activePopupWidget())
            return;
        QWidget *target = focusTarget();
        const QString text = someText();
        note(u"  type \"" + text + u"\" into " + nameOf(target));
        if (chance(70))
            key(target, Qt::Key_A, Qt::ControlModifier);
        type(target, text);
        switch (bounded(5)) {
        case 0:
            note(QStringLiteral("  Return"));
            return key(target, Qt::Key_Return);
        case 1:
            return trigger(windowAction(QStringLiteral("actionFindNext")));
        case 2:
            return trigger(windowAction(QStringLiteral("actionFindPrevious")));
        case 3:
            note(QStringLiteral("  Esc"));
            return key(focusTarget(), Qt::Key_Escape);
        default:
            return;
        }
    }

    void switchTheme()
    {
        QList<QAction *> themes;
        const auto all = windowActions();
        for (QAction *a : all) {
            if (a->objectName().startsWith(u"actionTheme"))
                themes.append(a);
        }
        trigger(oneOf(themes));
    }

    void resizeWindow()
    {
        switch (bounded(8)) {
        case 0:
            note(QStringLiteral("maximize"));
            return m_window->showMaximized();
        case 1:
            note(QStringLiteral("full screen"));
            return m_window->showFullScreen();
        case 2:
            note(QStringLiteral("normal size"));
            return m_window->showNormal();
        default: {
            const QSize size = chance(15) ? QSize(between(60, 400), between(40, 300))
                                          : QSize(between(400, 2400), between(300, 1600));
            note(QStringLiteral("resize to %1x%2").arg(size.width()).arg(size.height()));
            m_window->resize(size);
        }
        }
    }

    void arrangePanels()
    {
        const auto docks = m_window->findChildren<QDockWidget *>();
        QDockWidget *dock = oneOf(docks);
        switch (bounded(4)) {
        case 0:
            if (dock) {
                note(u"panel " + dock->objectName()
                     + (dock->isFloating() ? u" docked" : u" floated"));
                dock->setFloating(!dock->isFloating());
            }
            return;
        case 1:
            if (dock)
                trigger(dock->toggleViewAction());
            return;
        default: {
            QList<QTabBar *> bars;
            const auto all = m_window->findChildren<QTabBar *>();
            for (QTabBar *b : all) {
                if (b->isVisible() && b->count() > 0)
                    bars.append(b);
            }
            QTabBar *bar = oneOf(bars);
            if (!bar)
                return note(QStringLiteral("panels: no tabs shown"));
            const int tab = bounded(bar->count());
            note(u"tab " + bar->tabText(tab));
            click(bar, bar->tabRect(tab).center());
        }
        }
    }

    void hover()
    {
        QWidget *viewport = m_window->articleView()->viewport();
        const QPoint at = randomPoint(viewport);
        note(QStringLiteral("hover the text at %1,%2").arg(at.x()).arg(at.y()));
        QMouseEvent move(QEvent::MouseMove, QPointF(at), QPointF(viewport->mapToGlobal(at)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
        QApplication::sendEvent(viewport, &help);
    }

    void fillClipboard()
    {
        auto *data = new QMimeData;
        const QString text = m_window->article().document.text();
        switch (bounded(5)) {
        case 0:
            data->setText(text.mid(bounded(int(std::min<qsizetype>(text.size(), 100000))), 3000));
            break;
        case 1:
            data->setHtml(QStringLiteral("<h1>Pasted</h1><p>“A quote,” she said.</p><p>")
                          + someText() + QStringLiteral("</p>"));
            data->setText(QStringLiteral("Pasted\n\n“A quote,” she said."));
            break;
        case 2:
            data->setText(oneOf(m_urls).toString());
            break;
        case 3:
            data->setText(QString(between(0, 3), u' '));
            break;
        default:
            data->setText(QString::fromUtf8(hostile::repeatTo(hostile::paragraphBlock(),
                                                              between(1000, 400000))));
            break;
        }
        note(QStringLiteral("the clipboard now holds %1 characters%2")
                 .arg(data->text().size())
                 .arg(data->hasHtml() ? QStringLiteral(" and HTML") : QString()));
        QGuiApplication::clipboard()->setMimeData(data);
        if (chance(50))
            trigger(windowAction(QStringLiteral("actionPasteArticle")));
    }

    void changeArticleOnDisk()
    {
        const QString path = m_files->changing();
        QFile::remove(path);
        switch (bounded(4)) {
        case 0:
            note(QStringLiteral("changing.txt: deleted"));
            return;
        case 1:
            note(QStringLiteral("changing.txt: edited"));
            hostile::writeBytes(path, "Updated.\n\n" + hostile::kArticle + someText().toUtf8());
            return;
        case 2:
            note(QStringLiteral("changing.txt: emptied"));
            hostile::writeBytes(path, QByteArray());
            return;
        default:
            note(QStringLiteral("changing.txt: as first written"));
            hostile::writeBytes(path, hostile::kArticle);
            return;
        }
    }

    /** Lets the idle-time work (highlighting, layout, saving notes) run for a while. */
    void idle()
    {
        const int ms = between(50, 600);
        note(QStringLiteral("idle %1 ms").arg(ms));
        QTest::qWait(ms);
    }

    MainWindow *m_window;
    RunSettings m_settings;
    const MonkeyFiles *m_files;
    QList<QUrl> m_urls;
    QRandomGenerator m_rng;
    QElapsedTimer m_clock;
    QElapsedTimer m_nested;
    QElapsedTimer m_busy;
    long m_step = 0;
    int m_depth = 0;
    bool m_webBusy = false;
    bool m_done = false;
    bool m_windingDown = false;
    QString m_failure;
    QString m_pendingOpen;
    QString m_pendingUrl;
    QHash<QWidget *, int> m_closeAttempts;
    QMap<QString, int> m_kinds;
    QSet<QString> m_triggered;
    QMap<QString, QMap<int, int>> m_dialogs;
};

class tst_Monkey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void randomActions();

private:
    QTemporaryDir m_dir;
    RunSettings m_settings;
};

void tst_Monkey::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolate(m_dir);
    AnnotationStore::setDefaultDataDir(m_dir.filePath(QStringLiteral("data")));
    // the 1 MB and 3 MB articles are laid out a window at a time, as one of 50 MB is
    articlewindow::threshold = 512 * 1024;
    articlewindow::size = 128 * 1024;
    m_settings = RunSettings::fromEnvironment();
    FlightLog::instance().setHeader(m_settings.replayLine());
    std::fprintf(stderr, "%s\n", m_settings.replayLine().constData());
    std::fflush(stderr);
}

void tst_Monkey::cleanup()
{
    if (QTest::currentTestFailed())
        FlightLog::instance().print("a check failed");
}

void tst_Monkey::randomActions()
{
    MonkeyFiles files(m_dir.filePath(QStringLiteral("files")));

    // web pages on a loopback server; any other address gets a 404 from a stand-in proxy
    TestHttpServer web;
    TestHttpServer proxy;
    QVERIFY(web.listen());
    QVERIFY(proxy.listen());
    web.setResponse("/article.html", TestHttpServer::html(
        "<html><head><title>Ferry strike ends</title><meta name=\"author\" content=\"Sam Ortiz\">"
        "</head><body><article><h1>Ferry strike ends</h1><p>"
        + hostile::paragraphBlock() + "</p></article></body></html>"));
    web.setResponse("/plain.txt", TestHttpServer::html(hostile::kArticle, "text/plain"));
    web.setResponse("/moved", TestHttpServer::redirect(301, "/article.html"));
    TestHttpServer::Response big;
    big.headers = {{"Content-Type", "text/html"}};
    big.streamBytes = 3 << 20;
    web.setResponse("/big.html", big);
    web.setResponse("/binary", TestHttpServer::html(hostile::randomBytes(4096, 3),
                                                    "application/octet-stream"));
    const QList<QUrl> urls{web.url(QStringLiteral("/article.html")),
                           web.url(QStringLiteral("/plain.txt")),
                           web.url(QStringLiteral("/moved")),
                           web.url(QStringLiteral("/big.html")),
                           web.url(QStringLiteral("/binary")),
                           web.url(QStringLiteral("/missing")),
                           QUrl(QStringLiteral("https://news.example/elsewhere"))};
    const quint16 proxyPort = quint16(proxy.url(QString()).port());
    QNetworkProxyFactory::setApplicationProxyFactory(new LoopbackOnly(proxyPort));

    auto window = std::make_unique<MainWindow>();
    MainWindow &w = *window;
    Monkey monkey(&w, m_settings, &files, urls);
    for (const char *scheme : {"http", "https", "file", "mailto"})
        QDesktopServices::setUrlHandler(QLatin1String(scheme), &monkey, "openUrl");
    w.resize(1200, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QSignalSpy shown(&w, &MainWindow::articleShown);
    QVERIFY(w.openFile(test::samplePath()));
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 60000 * kSlowdown);

    g_previousHandler = qInstallMessageHandler(quietHandler);
    FlightLog::instance().installCrashHandlers();
    monkey.start();
    QTRY_VERIFY_WITH_TIMEOUT(monkey.isDone(),
                             (m_settings.seconds + 240) * 1000 * kSlowdown);
    FlightLog::instance().removeCrashHandlers();
    qInstallMessageHandler(g_previousHandler);
    std::fprintf(stderr, "%s\n", qPrintable(monkey.summary()));
    QVERIFY2(monkey.failure().isEmpty(), qPrintable(monkey.failure()));
    QVERIFY(monkey.steps() > 0);

    // The window still shows its article, and every note of it is on disk once it closes.
    QVERIFY(!w.isBusy());
    QString shownText = w.article().document.text();
    shownText.replace(QChar::Nbsp, u' '); // as QTextEdit::toPlainText() gives it
    QCOMPARE(w.articleView()->toPlainText(), shownText);
    const Document document = w.article().document;
    QList<Annotation> notes;
    if (w.notesStore()->isOpen())
        notes = w.notesStore()->annotations();
    window.reset();
    for (const char *scheme : {"http", "https", "file", "mailto"})
        QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
    if (document.text().isEmpty())
        return;
    AnnotationStore again;
    again.open(document);
    QCOMPARE(again.annotations().size(), notes.size());
    for (const Annotation &note : std::as_const(notes)) {
        const Annotation *saved = again.annotation(note.id);
        QVERIFY2(saved, qPrintable(u"note lost: " + note.id.toString()));
        QCOMPARE(saved->text, note.text);
        QCOMPARE(saved->tags, note.tags);
    }
}

int main(int argc, char **argv)
{
    // Long local runs (GLOSS_MONKEY_SECONDS=600) need a longer watchdog than Qt Test's 5 min.
    const RunSettings settings = RunSettings::fromEnvironment();
    const qint64 needed = (qint64(settings.seconds) + 300) * 1000 * kSlowdown;
    if (qEnvironmentVariableIntValue("QTEST_FUNCTION_TIMEOUT") < needed)
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(needed));
    // no native dialog can show up where the monkey cannot reach it
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    tst_Monkey test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_monkey.moc"
