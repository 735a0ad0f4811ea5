#include "Cli.h"

#include "analysis/AnalysisJson.h"
#include "analysis/Analyzer.h"
#include "io/Loader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace gloss::cli {

namespace {
void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
}
void writeErr(const QString &message)
{
    const QByteArray bytes = (QStringLiteral("gloss: ") + message + u'\n').toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
}
} // namespace

int analyze(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Analyse articles: quotes, speakers, entities, claims."));
    parser.addHelpOption();
    const QCommandLineOption format(
        {QStringLiteral("f"), QStringLiteral("format")},
        QCoreApplication::translate("cli", "Output format: json (default) or text."),
        QStringLiteral("format"), QStringLiteral("json"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("cli", "Article files."),
                                 QStringLiteral("FILE..."));
    parser.process(QStringList{QStringLiteral("gloss analyze")} + args);

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        writeErr(QCoreApplication::translate("cli", "analyze: no file given (see gloss analyze --help)"));
        return BadInput;
    }
    int status = Ok;
    for (const QString &path : files) {
        const Loader::Result loaded = Loader::loadFile(path);
        if (!loaded.ok()) {
            writeErr(loaded.error);
            status = BadInput;
            continue;
        }
        for (const QString &w : loaded.document->warnings)
            writeErr(QStringLiteral("%1: %2").arg(path, w));
        const Article article = Analyzer::analyze(*loaded.document);
        writeOut(AnalysisJson::toBytes(article) + '\n');
    }
    return status;
}

} // namespace gloss::cli
