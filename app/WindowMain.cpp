// The reading window's start (the module gloss-window.so): QApplication, the main window,
// --screenshot.
#include "WindowMain.h"

#include "Cli.h"
#include "Language.h"
#include "MainWindow.h"
#include "ReadingTheme.h"
#include "RestartCommand.h"
#include "SingleInstance.h"
#include "library/LibraryDock.h"
#include "annotations/AnnotationStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QPainter>
#include <QSvgRenderer>
#include <QTimer>

#include <cstdio>

namespace gloss {

namespace {

/** The previous message handler, for the messages the screenshot lets through. */
QtMessageHandler g_previousHandler = nullptr;

/**
 * Offscreen, Qt warns "This plugin does not support propagateSizeHints()" for every window it
 * sizes: nothing the user can act on. That exact message is dropped; every other one passes.
 */
void screenshotMessageHandler(QtMsgType type, const QMessageLogContext &context,
                              const QString &message)
{
    if (type == QtWarningMsg
        && message == QLatin1StringView("This plugin does not support propagateSizeHints()"))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/**
 * The window's icon: the launcher's (packaging/icons), drawn at the usual sizes here rather
 * than through Qt's SVG icon plugin, which a system may lack.
 */
QIcon applicationIcon()
{
    QSvgRenderer svg(QStringLiteral(":/org.gloss/app/" GLOSS_APP_ID ".svg"));
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        svg.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

} // namespace gloss

extern "C" Q_DECL_EXPORT int gloss_window_main(int argc, char **argv)
{
    using namespace gloss;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gloss"));
    QApplication::setOrganizationName(QStringLiteral("Gloss"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gloss"));
    QApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));
    // the launcher's entry (packaging/): the desktop shell matches the window to it
    QApplication::setDesktopFileName(QStringLiteral(GLOSS_APP_ID));
    QApplication::setWindowIcon(applicationIcon());
    // the system's language, or the one chosen in View > Language
    Language::apply(Language::resolve(Language::chosen()));

    QCommandLineParser parser;
    cli::describeWindowOptions(parser);
    if (const int status = cli::parseArguments(parser, QStringLiteral("gloss"),
                                               QApplication::arguments().mid(1));
        status >= 0)
        return status;
    const QString screenshotOption = QStringLiteral("screenshot");
    if (parser.isSet(screenshotOption)) // offscreen: cli::checkWindowArguments() chose it
        g_previousHandler = qInstallMessageHandler(screenshotMessageHandler);
    const QString sizeOption = QStringLiteral("size");
    const QString themeOption = QStringLiteral("theme");
    const QString dataDirOption = QStringLiteral("data-dir");
    if (parser.isSet(dataDirOption))
        AnnotationStore::setDefaultDataDir(
            QFileInfo(parser.value(dataDirOption)).absoluteFilePath());

    // One window per user: a Gloss running already opens the files (and comes to the front);
    // else this one listens for the next `gloss FILE` (app/SingleInstance.h).
    // (as given: sendToRunning() makes them absolute for the other process, openFromElsewhere()
    // reads them here)
    const QStringList files = parser.positionalArguments();
    SingleInstance instance;
    if (cli::usesRunningInstance(parser)) {
        if (instance.sendToRunning(files) == SingleInstance::Delivery::Delivered)
            return cli::Ok;
        instance.listen();
    }

    // Fusion draws every widget from the palette, so the chosen theme reaches all of them
    // (check boxes framed so that they show on dark pages too: themes::createStyle()).
    QApplication::setStyle(themes::createStyle());
    MainWindow window;
    if (parser.isSet(themeOption) && !window.setThemeName(parser.value(themeOption), false)) {
        const QString message =
            QApplication::translate("main", "no theme called “%1”; installed themes:")
                .arg(parser.value(themeOption));
        std::fprintf(stderr, "gloss: %s\n  %s\n", qPrintable(message),
                     qPrintable(themes::names().join(QStringLiteral("\n  "))));
        return cli::BadInput;
    }
    // --library, --library-search QUERY [--library-kind quotes]: the Library view shown
    const QString librarySearch = QStringLiteral("library-search");
    if (parser.isSet(librarySearch)
        && !window.libraryDock()->showSearch(parser.value(librarySearch),
                                             parser.value(QStringLiteral("library-kind")))) {
        std::fprintf(stderr, "gloss: %s\n",
                     qPrintable(QApplication::translate(
                                    "main", "unknown --library-kind %1 (articles, quotes or "
                                            "notes)")
                                    .arg(parser.value(QStringLiteral("library-kind")))));
        return cli::BadInput;
    }
    if (parser.isSet(QStringLiteral("library")))
        window.libraryDock()->showLibrary();
    RestartCommand::setStartFiles(files); // View > Language > Restart Now opens another
    const bool opened = files.isEmpty() ? window.openFile(Document::sampleSource())
                                        : window.openFromElsewhere(files);
    QObject::connect(&instance, &SingleInstance::received, &window,
                     &MainWindow::openFromElsewhere);
    // closed (also by View > Language > Restart Now, which starts the next Gloss at once): the
    // next `gloss` must not hand its files to this one, which is quitting
    QObject::connect(&app, &QGuiApplication::lastWindowClosed, &instance,
                     &SingleInstance::close);

    if (parser.isSet(screenshotOption)) {
        const QStringList wh = parser.value(sizeOption).split(u'x');
        const int w = wh.value(0).toInt(), h = wh.value(1).toInt();
        window.resize(w > 0 ? w : 1400, h > 0 ? h : 900);
        window.show();
        const QString out = parser.value(screenshotOption);
        // grab once the article is shown and highlighted (analysis runs in the background)
        const auto grab = [&window, out]() {
            QApplication::processEvents();
            const bool saved = window.grab().save(out, "PNG");
            if (!saved)
                std::fprintf(stderr, "gloss: %s\n",
                             qPrintable(QApplication::translate("main", "cannot write %1")
                                            .arg(out)));
            QApplication::exit(saved ? 0 : 1);
        };
        QObject::connect(&window, &MainWindow::articleShown, &window,
                         [grab] { QTimer::singleShot(50, grab); });
        QObject::connect(&window, &MainWindow::openFailed, &window,
                         [](const QString &, const QString &error) {
                             std::fprintf(stderr, "gloss: %s\n", qPrintable(error));
                             QApplication::exit(1);
                         });
        if (!opened)
            return 1;
        return app.exec();
    }
    window.show();
    return app.exec();
}
