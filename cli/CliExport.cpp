// `gloss export` and `gloss notes import`.
#include "Cli.h"
#include "CliSupport.h"

#include "analysis/Analyzer.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteExport.h"
#include "export/NoteImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace gloss::cli {

int exportNotes(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports the notes on an article (with the article, for HTML).\n\n"
           "  gloss export FILE --format md|html|w3c|csv [-o OUT] [--include claims,quotes]"));
    parser.addHelpOption();
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        tr("md (Markdown), html, w3c (W3C Web Annotation JSON-LD) or csv."),
        QStringLiteral("format"), QStringLiteral("md"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("output")},
                                       tr("Write to this file (default: standard output)."),
                                       QStringLiteral("file"));
    const QCommandLineOption includeOption(
        QStringLiteral("include"),
        tr("Sections to add to md and html: claims (claims by source), quotes (quotes by "
           "speaker); comma-separated."),
        QStringLiteral("sections"));
    const QCommandLineOption notedOption(
        QStringLiteral("only-noted"),
        tr("html: only the paragraphs that carry notes (default: the whole article)."));
    const QCommandLineOption noBomOption(
        QStringLiteral("no-bom"), tr("csv: no UTF-8 byte order mark at the start."));
    parser.addOptions(
        {formatOption, outOption, includeOption, notedOption, noBomOption, dataDirOption()});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The article."),
                                 QStringLiteral("FILE"));
    if (const int status = parseArguments(parser, QStringLiteral("gloss export"), args);
        status >= 0)
        return status;

    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        writeErr(tr("export: expected one FILE (see gloss export --help)"));
        return BadInput;
    }
    const auto format = NoteExport::formatFromName(parser.value(formatOption));
    if (!format) {
        writeErr(tr("export: unknown format %1 (md, html, w3c or csv)")
                     .arg(parser.value(formatOption)));
        return BadInput;
    }
    NoteExport::Options options;
    options.format = *format;
    options.wholeArticle = !parser.isSet(notedOption);
    options.csvByteOrderMark = !parser.isSet(noBomOption);
    QString unknown;
    QStringList sections;
    for (const QString &value : parser.values(includeOption))
        sections += value.split(u',');
    if (!NoteExport::parseIncludes(sections, options, &unknown)) {
        writeErr(tr("export: unknown section %1 (claims or quotes)").arg(unknown));
        return BadInput;
    }
    useDataDir(parser);

    const std::optional<Document> doc = loadArticle(pos.first());
    if (!doc)
        return BadInput;
    AnnotationStore store;
    QObject::connect(&store, &AnnotationStore::problemFound, &store, &writeErr);
    store.open(*doc);
    const Article article = Analyzer::analyze(*doc);
    const QByteArray bytes = NoteExport::exportNotes(article, store.annotations(), options);
    store.close();

    if (!parser.isSet(outOption)) {
        return writeOut(bytes) ? Ok : Failure;
    }
    QSaveFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        writeErr(tr("export: cannot write %1: %2")
                     .arg(parser.value(outOption), out.errorString()));
        return Failure;
    }
    return Ok;
}

int notesImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports W3C Web Annotations (a Gloss export, or Hypothesis's W3C form) into the "
           "notes on an article, merged by id and re-anchored in its text.\n\n"
           "  gloss notes import FILE ANNOTATIONS.json [--force]"));
    parser.addHelpOption();
    const QCommandLineOption forceOption(
        QStringLiteral("force"), tr("Import notes made on another article all the same."));
    parser.addOptions({forceOption, dataDirOption()});
    parser.addPositionalArgument(QStringLiteral("file"), tr("The article."),
                                 QStringLiteral("FILE"));
    parser.addPositionalArgument(QStringLiteral("annotations"), tr("The W3C JSON file."),
                                 QStringLiteral("ANNOTATIONS.json"));
    if (const int status = parseArguments(parser, QStringLiteral("gloss notes import"), args);
        status >= 0)
        return status;

    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2) {
        writeErr(tr("notes import: expected FILE and ANNOTATIONS.json (see gloss notes import "
                    "--help)"));
        return BadInput;
    }
    useDataDir(parser);
    QFile file(pos.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        writeErr(tr("notes import: cannot read %1: %2").arg(pos.at(1), file.errorString()));
        return BadInput;
    }
    const QByteArray bytes = file.read(AnnotationStore::kMaxFileSize + 1);
    if (bytes.size() > AnnotationStore::kMaxFileSize) {
        writeErr(tr("notes import: %1 is too large").arg(pos.at(1)));
        return BadInput;
    }
    const std::optional<Document> doc = loadArticle(pos.at(0));
    if (!doc)
        return BadInput;
    AnnotationStore store;
    QObject::connect(&store, &AnnotationStore::problemFound, &store, &writeErr);
    store.open(*doc);
    const NoteImport::Result result =
        NoteImport::read(bytes, *doc, store.annotations(), parser.isSet(forceOption));
    for (const QString &problem : result.problems)
        writeErr(tr("notes import: %1").arg(problem));
    if (!result.ok) {
        writeErr(tr("notes import: %1").arg(result.error));
        return Failure;
    }
    if (result.otherArticle)
        writeErr(tr("notes import: the notes were made on another article (%1); imported as asked")
                .arg(result.fileSource));
    NoteImport::apply(result, store);
    if (!store.save())
        return Failure;
    writeOut((result.summary() + u'\n').toUtf8());
    return Ok;
}

} // namespace gloss::cli
