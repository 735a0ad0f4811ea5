// gloss: the reading window, or a headless sub-command (analyze, notes, export).
#include "Cli.h"
#include "Language.h"
#include "MainWindow.h"
#include "WebSources.h"
#include "ReadingTheme.h"
#include "RestartCommand.h"
#include "annotations/AnnotationStore.h"
#include "io/Loader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

const QStringList kSubCommands = {QStringLiteral("analyze"), QStringLiteral("notes"),
                                  QStringLiteral("export")};

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int runSubCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gloss"));
    QCoreApplication::setOrganizationName(QStringLiteral("Gloss")); // same data folder as the window
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));
    // messages in the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
    gloss::Language::apply(gloss::Language::resolve(QString()));
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.takeFirst();
    if (command == u"analyze")
        return gloss::cli::analyze(args);
    if (command == u"notes" && args.value(0) == u"import")
        return gloss::cli::notesImport(args.mid(1));
    if (command == u"notes")
        return gloss::cli::notes(args);
    if (command == u"export")
        return gloss::cli::exportNotes(args);
    return gloss::cli::BadInput;
}

/**
 * The window's options and help (after the translations are installed: the descriptions are
 * translated as they are made).
 */
void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Gloss: read news articles closely.\n\n"
                "Sub-commands (headless, no display needed):\n"
                "  analyze FILE... [--format json|text]   quotes, speakers, entities, claims\n"
                "  notes add|list|remove FILE ...        notes (see gloss notes --help)\n"
                "  notes import FILE ANNOTATIONS.json    W3C annotations into the notes\n"
                "  export FILE --format md|html|w3c|csv  the notes, for other tools"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate(
                          "main", "Render the window offscreen to a PNG file and exit."),
                      QStringLiteral("png")});
    parser.addOption({QStringLiteral("size"),
                      QCoreApplication::translate(
                          "main", "Window size for --screenshot (default 1400x900)."),
                      QStringLiteral("WxH"), QStringLiteral("1400x900")});
    parser.addOption({QStringLiteral("theme"),
                      QCoreApplication::translate(
                          "main", "Colour theme of the window, e.g. \"Breeze Dark\" "
                                  "(any KSyntaxHighlighting theme; default: follow the "
                                  "system's light or dark scheme)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate(
                          "main", "Folder of Gloss's data, the notes (default: "
                                  "$GLOSS_DATA_DIR, else the standard one)."),
                      QStringLiteral("dir")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate(
                                     "main", "Article file or web address to open "
                                             "(default: the sample)."),
                                 QStringLiteral("[FILE|URL]"));
}

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

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && kSubCommands.contains(QString::fromLocal8Bit(argv[1])))
        return runSubCommand(argc, argv);
    // `gloss --data-dir DIR notes ...`: the global option before a sub-command goes after it
    if (argc > 3 && qstrcmp(argv[1], "--data-dir") == 0
        && kSubCommands.contains(QString::fromLocal8Bit(argv[3]))) {
        std::rotate(argv + 1, argv + 3, argv + 4);
        return runSubCommand(argc, argv);
    }

    // --screenshot renders offscreen; decide before QApplication picks a platform.
    bool screenshot = false;
    bool infoOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        screenshot |= a == "--screenshot" || a.startsWith("--screenshot=");
        infoOnly |= a == "--help" || a == "-h" || a == "--version" || a == "-v" || a == "--help-all";
    }
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (screenshot)
        g_previousHandler = qInstallMessageHandler(screenshotMessageHandler);
    if (!hasDisplay() || infoOnly) {
        // the options first (help, version, a wrong option need no display), then the display
        QCoreApplication core(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("gloss"));
        QCoreApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));
        // said in the system's language all the same
        gloss::Language::apply(gloss::Language::resolve(QString()));
        QCommandLineParser parser;
        describeOptions(parser);
        if (const int status = gloss::cli::parseArguments(parser, QStringLiteral("gloss"),
                                                          core.arguments().mid(1));
            status >= 0)
            return status;
        if (!hasDisplay()) {
            const QString message = QCoreApplication::translate(
                "main",
                "gloss: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                "  To see the window on a virtual display: xvfb-run -a gloss [FILE]\n"
                "  To render the window to a picture:     gloss --screenshot out.png [FILE]\n"
                "  To analyse without a window:           gloss analyze FILE --format text\n");
            std::fputs(message.toLocal8Bit().constData(), stderr);
            return 1;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gloss"));
    QApplication::setOrganizationName(QStringLiteral("Gloss"));
    QApplication::setApplicationDisplayName(QStringLiteral("Gloss"));
    QApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));
    // the system's language, or the one chosen in View > Language
    gloss::Language::apply(gloss::Language::resolve(gloss::Language::chosen()));

    QCommandLineParser parser;
    describeOptions(parser);
    if (const int status = gloss::cli::parseArguments(parser, QStringLiteral("gloss"),
                                                      QApplication::arguments().mid(1));
        status >= 0)
        return status;
    const QString screenshotOption = QStringLiteral("screenshot");
    const QString sizeOption = QStringLiteral("size");
    const QString themeOption = QStringLiteral("theme");
    const QString dataDirOption = QStringLiteral("data-dir");
    if (parser.isSet(dataDirOption))
        gloss::AnnotationStore::setDefaultDataDir(
            QFileInfo(parser.value(dataDirOption)).absoluteFilePath());

    // Fusion draws every widget from the palette, so the chosen theme reaches all of them
    // (check boxes framed so that they show on dark pages too: themes::createStyle()).
    QApplication::setStyle(gloss::themes::createStyle());
    gloss::MainWindow window;
    if (parser.isSet(themeOption) && !window.setThemeName(parser.value(themeOption), false)) {
        const QString message =
            QApplication::translate("main", "no theme called “%1”; installed themes:")
                .arg(parser.value(themeOption));
        std::fprintf(stderr, "gloss: %s\n  %s\n", qPrintable(message),
                     qPrintable(gloss::themes::names().join(QStringLiteral("\n  "))));
        return gloss::cli::BadInput;
    }
    const QStringList files = parser.positionalArguments();
    gloss::RestartCommand::setStartFiles(files); // View > Language > Restart Now opens another
    bool opened = false;
    if (files.isEmpty())
        opened = window.openFile(gloss::Document::sampleSource());
    else if (gloss::WebSources::isWebAddress(files.first())) {
        window.webSources()->openUrl(QUrl(files.first().trimmed()));
        opened = true; // downloads in the background: articleShown() or openFailed() follows
    } else
        opened = window.openFile(QFileInfo(files.first()).absoluteFilePath());

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
        QObject::connect(&window, &gloss::MainWindow::articleShown, &window,
                         [grab] { QTimer::singleShot(50, grab); });
        QObject::connect(&window, &gloss::MainWindow::openFailed, &window,
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
