// The window's command line as far as it needs no display: its options, help and version.
#include "Cli.h"

#include "Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace gloss::cli {

void describeWindowOptions(QCommandLineParser &parser)
{
    // context "main": these strings were written in app/main.cpp first
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Gloss: read news articles closely.\n\n"
                "Sub-commands (headless, no display needed):\n"
                "  analyze FILE... [--format json|text]   quotes, speakers, entities, claims\n"
                "  notes add|list|remove FILE ...        notes (see gloss notes --help)\n"
                "  notes import FILE ANNOTATIONS.json    W3C annotations into the notes\n"
                "  export FILE --format md|html|w3c|csv  the notes, for other tools\n"
                "  sync [setup URL|status] [FILE...]     notes synced through WebDAV\n"
                "  library add|list|search|people|export|check   every article read (see "
                "gloss library --help)"));
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
    parser.addOption({QStringLiteral("new-window"),
                      QCoreApplication::translate(
                          "main", "Open a window of its own, even when Gloss is running "
                                  "already (by default the running window opens the "
                                  "article).")});
    parser.addOption({QStringLiteral("library"),
                      QCoreApplication::translate(
                          "main", "Show the Library view (every article read).")});
    parser.addOption({QStringLiteral("library-search"),
                      QCoreApplication::translate(
                          "main", "Show the Library view searching for this (FTS5 syntax); "
                                  "with --library-kind articles, quotes or notes."),
                      QStringLiteral("query")});
    parser.addOption({QStringLiteral("library-kind"),
                      QCoreApplication::translate(
                          "main", "Kind of results of --library-search: articles (default), "
                                  "quotes or notes."),
                      QStringLiteral("kind"), QStringLiteral("articles")});
    parser.addOption({QStringLiteral("data-dir"),
                      QCoreApplication::translate(
                          "main", "Folder of Gloss's data, the notes (default: "
                                  "$GLOSS_DATA_DIR, else the standard one)."),
                      QStringLiteral("dir")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate(
                                     "main", "Article file or web address to open "
                                             "(default: the sample); of several, the first "
                                             "is shown and the other files go to Open "
                                             "Recent."),
                                 QStringLiteral("[FILE|URL...]"));
}

bool usesRunningInstance(const QCommandLineParser &parser)
{
    return !parser.isSet(QStringLiteral("new-window"))
        && !parser.isSet(QStringLiteral("screenshot"));
}

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty())
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int checkWindowArguments(int argc, char **argv)
{
    bool screenshot = false;
    bool infoOnly = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        screenshot |= a == "--screenshot" || a.startsWith("--screenshot=");
        infoOnly |= a == "--help" || a == "-h" || a == "--version" || a == "-v"
            || a == "--help-all";
    }
    // --screenshot renders offscreen; decided before QApplication picks a platform
    if (screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (hasDisplay() && !infoOnly)
        return -1; // the window's own QApplication checks the options again
    // the options first (help, version, a wrong option need no display), then the display
    QCoreApplication core(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gloss"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GLOSS_VERSION));
    // said in the system's language all the same
    Language::apply(Language::resolve(QString()));
    QCommandLineParser parser;
    describeWindowOptions(parser);
    if (const int status =
            parseArguments(parser, QStringLiteral("gloss"), QCoreApplication::arguments().mid(1));
        status >= 0)
        return status;
    if (hasDisplay())
        return -1;
    const QString message = QCoreApplication::translate(
        "main",
        "gloss: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
        "  To see the window on a virtual display: xvfb-run -a gloss [FILE]\n"
        "  To render the window to a picture:     gloss --screenshot out.png [FILE]\n"
        "  To analyse without a window:           gloss analyze FILE --format text\n");
    std::fputs(message.toLocal8Bit().constData(), stderr);
    return Failure;
}

} // namespace gloss::cli
