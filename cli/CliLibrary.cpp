// `gloss library ...`: the library from the command line. Built into gloss-library.so (with
// library/ and Qt SQL), which `gloss` loads for this command only (CliLibraryLoader.cpp).
#include "Cli.h"
#include "CliSupport.h"
#include "LibraryModule.h"

#include "LibraryCatalog.h"
#include "LibraryDatabase.h"
#include "LibraryExport.h"
#include "LibraryImporter.h"
#include "LibraryNotes.h"
#include "LibrarySearch.h"
#include "LibraryTexts.h"
#include "PeopleResolver.h"
#include "analysis/Analyzer.h"
#include "annotations/AnnotationStore.h"
#include "export/NoteExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>

#include <cstdio>
#include <unistd.h>

namespace gloss::cli {

namespace {

using namespace gloss::library;

QString usage()
{
    return tr("The library: every article added, its speakers, quotes and notes, searchable.\n\n"
              "  gloss library add PATH...                  files and folders (recursively)\n"
              "  gloss library list [--format text|json] [--sort date|title|site|notes|added]\n"
              "                     [--site SITE] [--tag TAG] [--person NAME] [--limit N]\n"
              "                     [--offset N]\n"
              "  gloss library search QUERY [--kind articles|quotes|notes] [--speaker NAME]\n"
              "                     [--format text|json] [--limit N] [--offset N]\n"
              "  gloss library people [list|merge FROM INTO|split PERSON NAME...]\n"
              "  gloss library export [--format md|html|csv|w3c] [-o OUT] [--site S] [--tag T]\n"
              "                     [--person NAME] [--article ID]...\n"
              "  gloss library check [--rebuild]\n\n"
              "The library lives in DATA/library (DATA: --data-dir, else $GLOSS_DATA_DIR, else "
              "the standard data folder); the notes stay in DATA/notes. Exit status: 0 done, "
              "1 the library could not be used (locked, damaged, newer, read-only) or a check "
              "found problems, 2 bad input (a wrong option, an unreadable file, a search that "
              "cannot be read).");
}

/** Opens the library for a sub-command, saying why not; rebuilds a damaged one. */
bool openLibrary(LibraryDatabase &db, const LibraryPaths &paths)
{
    if (!db.open()) {
        writeErr(db.error());
        return false;
    }
    if (db.wasRecreated()) {
        writeErr(tr("the library was damaged: kept aside as %1 and rebuilt from the texts and "
                    "notes")
                     .arg(QDir::toNativeSeparators(db.movedAside())));
        db.close();
        const LibraryImporter::Report r = LibraryImporter::rebuild(paths);
        if (!r.ok()) {
            writeErr(r.error);
            return false;
        }
        if (!db.open()) {
            writeErr(db.error());
            return false;
        }
    }
    if (db.isReadOnly())
        writeErr(db.error());
    return true;
}

/** The notes index brought up to date (the window may have changed notes files). */
void refreshNotes(LibraryDatabase &db, const LibraryPaths &paths)
{
    if (db.isReadOnly())
        return;
    LibraryNotes notes(db, paths.notes(), paths.texts());
    LibraryNotes::Report report;
    if (!notes.refresh(&report))
        writeErr(notes.error());
    for (const QString &p : std::as_const(report.problems))
        writeErr(p);
}

/** The library of DATA (after --data-dir is read), opened for a sub-command. */
struct Library
{
    const LibraryPaths paths = LibraryPaths::standard();
    LibraryDatabase db{paths.folder()};

    /** Opens it (see openLibrary()); with @p notes, brings the notes index up to date. */
    bool open(bool notes)
    {
        if (!openLibrary(db, paths))
            return false;
        if (notes)
            refreshNotes(db, paths);
        return true;
    }
    /** The person called @p name, or -1 after saying that no one is (for @p command). */
    qint64 person(const QString &name, const QString &command)
    {
        const qint64 id = PeopleResolver(db, paths.choices()).find(name);
        if (id < 0)
            writeErr(tr("library %1: no one called “%2” is quoted in the library")
                         .arg(command, name));
        return id;
    }
};

/** Writes @p text and a line counting @p what; Ok. */
int writeList(QString text, const QString &what)
{
    text += what + u'\n';
    writeOut(text.toLocal8Bit());
    return Ok;
}

bool checkFormat(const QString &format, const QString &command)
{
    if (format == u"text" || format == u"json")
        return true;
    writeErr(tr("library %1: unknown format %2 (text or json)").arg(command, format));
    return false;
}

QJsonValue dateJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString oneLine(QString s, int max)
{
    s.replace(u'\n', u' ');
    return s.size() > max ? s.left(max - 1) + u'…' : s;
}

QCommandLineOption formatOption()
{
    return QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                              tr("Output: text (default) or json."), QStringLiteral("format"),
                              QStringLiteral("text"));
}

QCommandLineOption limitOption(const QString &fallback)
{
    return QCommandLineOption(QStringLiteral("limit"),
                              tr("At most this many results (default %1).").arg(fallback),
                              QStringLiteral("n"), fallback);
}

/** --site, --tag and --person of list and export. */
QCommandLineOption siteOption()
{
    return QCommandLineOption(QStringLiteral("site"), tr("Only the articles of this site."),
                              QStringLiteral("site"));
}
QCommandLineOption tagOption()
{
    return QCommandLineOption(QStringLiteral("tag"), tr("Only the articles with a note tagged so."),
                              QStringLiteral("tag"));
}
QCommandLineOption personOption()
{
    return QCommandLineOption(QStringLiteral("person"),
                              tr("Only the articles quoting this person."), QStringLiteral("name"));
}

QCommandLineOption offsetOption()
{
    return QCommandLineOption(QStringLiteral("offset"),
                              tr("Skip this many first (a page further on; default 0)."),
                              QStringLiteral("n"), QStringLiteral("0"));
}

/** Reads the number of --limit or --offset into @p out; false after saying it is not one. */
bool readLimit(const QCommandLineParser &parser, const QCommandLineOption &option, int &out,
               const QString &command)
{
    bool ok = false;
    out = parser.value(option).toInt(&ok);
    if (!ok || out < 0) {
        writeErr(tr("library %1: --%2 must be a number, 0 or more")
                     .arg(command, option.names().constLast()));
        return false;
    }
    return true;
}

// --- add ----------------------------------------------------------------------------------

int add(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds articles to the library: files, and folders with the articles in them (.txt, "
           ".md, .html; recursively). A text the library has already is skipped; a file whose "
           "text changed is analysed again.\n\n  gloss library add PATH..."));
    parser.addHelpOption();
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   tr("No progress on standard error."));
    parser.addOptions({quiet, dataDirOption()});
    parser.addPositionalArgument(QStringLiteral("paths"), tr("Files and folders."),
                                 QStringLiteral("PATH..."));
    if (const int status = parseArguments(parser, QStringLiteral("gloss library add"), args);
        status >= 0)
        return status;
    useDataDir(parser);
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        writeErr(tr("library add: which files or folders? (gloss library add PATH...)"));
        return BadInput;
    }
    const bool showProgress = !parser.isSet(quiet) && isatty(STDERR_FILENO);
    const LibraryImporter::Report r = LibraryImporter::run(
        LibraryPaths::standard(), paths, [showProgress](int done, int total) {
            if (showProgress)
                writeErrText(QStringLiteral("\r%1/%2").arg(done).arg(total));
        });
    if (showProgress)
        writeErrText(QStringLiteral("\n"));
    if (!r.movedAside.isEmpty())
        writeErr(tr("the library was damaged: kept aside as %1 and rebuilt")
                     .arg(QDir::toNativeSeparators(r.movedAside)));
    for (const QString &p : r.problems)
        writeErr(p);
    if (!r.ok()) {
        writeErr(r.error);
        return Failure;
    }
    writeOut(tr("added %1, updated %2, already there %3 (unchanged %4), not readable %5\n")
                 .arg(r.added)
                 .arg(r.updated)
                 .arg(r.duplicates + r.unchanged)
                 .arg(r.unchanged)
                 .arg(r.failed)
                 .toLocal8Bit());
    return r.failed > 0 ? BadInput : Ok;
}

// --- list ---------------------------------------------------------------------------------

int list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the library's articles.\n\n"
                                        "  gloss library list [--format text|json] [--sort "
                                        "date|title|site|notes|added] [--ascending] [--site S] "
                                        "[--tag T] [--person NAME] [--limit N] [--offset N]"));
    parser.addHelpOption();
    const QCommandLineOption format = formatOption();
    const QCommandLineOption sort(QStringLiteral("sort"),
                                  tr("Order: date (published; default), title, site, notes, "
                                     "added, opened."),
                                  QStringLiteral("key"), QStringLiteral("date"));
    const QCommandLineOption ascending(QStringLiteral("ascending"),
                                       tr("Smallest first (default: newest, most first)."));
    const QCommandLineOption site = siteOption(), tag = tagOption(), person = personOption();
    const QCommandLineOption limit = limitOption(QStringLiteral("0"));
    const QCommandLineOption offset = offsetOption();
    parser.addOptions(
        {format, sort, ascending, site, tag, person, limit, offset, dataDirOption()});
    if (const int status = parseArguments(parser, QStringLiteral("gloss library list"), args);
        status >= 0)
        return status;
    useDataDir(parser);
    if (!checkFormat(parser.value(format), QStringLiteral("list")))
        return BadInput;
    ArticleFilter filter;
    const QString key = parser.value(sort).toLower();
    static const QHash<QString, ArticleFilter::Sort> sorts{
        {QStringLiteral("date"), ArticleFilter::Sort::Date},
        {QStringLiteral("title"), ArticleFilter::Sort::Title},
        {QStringLiteral("site"), ArticleFilter::Sort::Site},
        {QStringLiteral("notes"), ArticleFilter::Sort::Notes},
        {QStringLiteral("added"), ArticleFilter::Sort::Added},
        {QStringLiteral("opened"), ArticleFilter::Sort::Opened}};
    if (!sorts.contains(key)) {
        writeErr(tr("library list: unknown order %1 (date, title, site, notes, added, opened)")
                     .arg(key));
        return BadInput;
    }
    filter.sort = sorts.value(key);
    filter.descending = !parser.isSet(ascending);
    if (filter.sort == ArticleFilter::Sort::Title || filter.sort == ArticleFilter::Sort::Site)
        filter.descending = !filter.descending; // A to Z unless asked otherwise
    filter.site = parser.value(site);
    filter.tag = parser.value(tag);
    int n = 0;
    if (!readLimit(parser, limit, n, QStringLiteral("list"))
        || !readLimit(parser, offset, filter.offset, QStringLiteral("list")))
        return BadInput;
    filter.limit = n > 0 ? n : -1;
    Library library;
    if (!library.open(true))
        return Failure;
    if (parser.isSet(person)
        && (filter.person = library.person(parser.value(person), QStringLiteral("list"))) < 0)
        return BadInput;
    LibraryCatalog catalog(library.db);
    const QList<ArticleEntry> articles = catalog.articles(filter);
    if (!catalog.error().isEmpty()) {
        writeErr(catalog.error());
        return Failure;
    }
    if (parser.value(format) == u"json") {
        QJsonArray out;
        for (const ArticleEntry &a : articles)
            out.append(QJsonObject{{QStringLiteral("id"), a.id},
                                   {QStringLiteral("title"), a.title},
                                   {QStringLiteral("path"), a.path},
                                   {QStringLiteral("site"), a.site},
                                   {QStringLiteral("url"), a.url},
                                   {QStringLiteral("author"), a.author},
                                   {QStringLiteral("published"), dateJson(a.published)},
                                   {QStringLiteral("added"), dateJson(a.added)},
                                   {QStringLiteral("opened"), dateJson(a.opened)},
                                   {QStringLiteral("words"), a.words},
                                   {QStringLiteral("quotes"), a.quotes},
                                   {QStringLiteral("notes"), a.notes},
                                   {QStringLiteral("sha256"), QString::fromLatin1(a.hash)}});
        writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Ok;
    }
    QString text;
    for (const ArticleEntry &a : articles) {
        text += QStringLiteral("%1  %2  %3\n    %4  %5 quotes, %6 notes  %7\n")
                    .arg(a.id, 5)
                    .arg(a.published.isValid() ? a.published.toString(QStringLiteral("yyyy-MM-dd"))
                                               : QStringLiteral("----------"),
                         oneLine(a.title, 80))
                    .arg(a.site.isEmpty() ? QStringLiteral("-") : a.site)
                    .arg(a.quotes)
                    .arg(a.notes)
                    .arg(a.path);
    }
    return writeList(text, tr("%n article(s)", nullptr, articles.size()));
}

// --- search -------------------------------------------------------------------------------

int search(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Searches the library (SQLite FTS5 syntax: words, \"a phrase\", OR, NOT, NEAR(a b), "
        "prefix*, column:word; for notes, #tag).\n\n"
        "  gloss library search QUERY [--kind articles|quotes|notes] [--speaker NAME] "
        "[--format text|json] [--limit N] [--offset N]\n"
        "  gloss library search --kind quotes --speaker NAME   (everything NAME said)"));
    parser.addHelpOption();
    const QCommandLineOption format = formatOption();
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("What to search: articles (default), quotes or notes."),
                                  QStringLiteral("kind"), QStringLiteral("articles"));
    const QCommandLineOption speaker(QStringLiteral("speaker"),
                                     tr("Quotes of this person only (implies --kind quotes)."),
                                     QStringLiteral("name"));
    const QCommandLineOption limit = limitOption(QStringLiteral("50"));
    const QCommandLineOption offset = offsetOption();
    parser.addOptions({format, kind, speaker, limit, offset, dataDirOption()});
    parser.addPositionalArgument(QStringLiteral("query"), tr("What to look for."),
                                 QStringLiteral("QUERY"));
    if (const int status = parseArguments(parser, QStringLiteral("gloss library search"), args);
        status >= 0)
        return status;
    useDataDir(parser);
    if (!checkFormat(parser.value(format), QStringLiteral("search")))
        return BadInput;
    SearchQuery query;
    query.text = parser.positionalArguments().join(u' ');
    const auto k = searchKindFromName(parser.value(kind));
    if (!k) {
        writeErr(tr("library search: unknown kind %1 (articles, quotes or notes)")
                     .arg(parser.value(kind)));
        return BadInput;
    }
    query.kind = parser.isSet(speaker) && !parser.isSet(kind) ? SearchKind::Quotes : *k;
    query.speaker = parser.value(speaker);
    if (!readLimit(parser, limit, query.limit, QStringLiteral("search"))
        || !readLimit(parser, offset, query.offset, QStringLiteral("search")))
        return BadInput;
    Library library;
    if (!library.open(query.kind == SearchKind::Notes))
        return Failure;
    LibrarySearch searcher(library.db, library.paths.texts());
    const SearchResults results = searcher.search(query);
    if (!results.ok()) {
        writeErr(results.error);
        return BadInput;
    }
    if (parser.value(format) == u"json") {
        QJsonArray out;
        for (const SearchHit &h : results.hits) {
            QJsonObject o{{QStringLiteral("kind"), searchKindName(h.kind)},
                          {QStringLiteral("title"), h.articleTitle},
                          {QStringLiteral("path"), h.articlePath},
                          {QStringLiteral("article"), h.articleId},
                          {QStringLiteral("published"), dateJson(h.published)},
                          {QStringLiteral("text"), h.text},
                          {QStringLiteral("snippet"), h.snippet},
                          {QStringLiteral("start"), h.start >= 0 ? QJsonValue(h.start)
                                                                 : QJsonValue()},
                          {QStringLiteral("end"), h.end >= 0 ? QJsonValue(h.end) : QJsonValue()},
                          {QStringLiteral("rank"), h.rank}};
            QJsonArray marks;
            for (const auto &[from, to] : h.highlights)
                marks.append(QJsonArray{from, to});
            o.insert(QStringLiteral("highlights"), marks);
            if (h.kind == SearchKind::Quotes)
                o.insert(QStringLiteral("speaker"),
                         h.speaker.isEmpty() ? QJsonValue() : QJsonValue(h.speaker));
            if (h.kind == SearchKind::Notes) {
                o.insert(QStringLiteral("id"), h.noteId);
                o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(h.tags));
                o.insert(QStringLiteral("exact"), h.exact);
            }
            out.append(o);
        }
        writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const bool bold = isatty(STDOUT_FILENO);
    QString text;
    for (const SearchHit &h : results.hits) {
        QString snippet;
        int at = 0;
        for (const auto &[from, to] : h.highlights) {
            snippet += h.snippet.mid(at, from - at);
            const QString word = h.snippet.mid(from, to - from);
            snippet += bold ? QStringLiteral("\x1b[1m") + word + QStringLiteral("\x1b[0m") : word;
            at = to;
        }
        snippet += h.snippet.mid(at);
        QString head = h.articleTitle.isEmpty() ? h.articlePath : h.articleTitle;
        if (h.published.isValid())
            head += QStringLiteral(" (%1)").arg(h.published.toString(QStringLiteral("yyyy-MM-dd")));
        text += head + u'\n';
        switch (h.kind) {
        case SearchKind::Articles:
            text += QStringLiteral("    %1\n    %2\n").arg(snippet, h.articlePath);
            break;
        case SearchKind::Quotes:
            text += QStringLiteral("    %1: “%2”  [%3-%4]\n")
                        .arg(h.speaker.isEmpty() ? tr("(unattributed)") : h.speaker, snippet)
                        .arg(h.start)
                        .arg(h.end);
            break;
        case SearchKind::Notes: {
            QString tags;
            for (const QString &t : h.tags)
                tags += QStringLiteral("  #") + t;
            text += QStringLiteral("    %1%2\n").arg(snippet, tags);
            if (!h.exact.isEmpty())
                text += QStringLiteral("    on “%1”\n").arg(oneLine(h.exact, 80));
            break;
        }
        }
    }
    QString total = tr("%n result(s)", nullptr, results.hits.size());
    if (!results.hits.isEmpty() && (query.offset > 0 || results.hits.size() == query.limit)) {
        // a page of more: how many there are (counted up to a bound: "10000+")
        const SearchCount counted = searcher.count(query);
        total = tr("results %1-%2 of %3%4")
                    .arg(query.offset + 1)
                    .arg(query.offset + results.hits.size())
                    .arg(counted.count)
                    .arg(counted.more ? QStringLiteral("+") : QString());
    }
    if (results.blockRanked)
        total += u' ' + tr("(many matches: the best of the newest %1 first, then of the next)")
                            .arg(query.rankBlock);
    return writeList(text, total);
}

// --- people -------------------------------------------------------------------------------

int people(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "The people quoted in the library, one per person across articles (\"Donald Trump\", "
        "\"Trump\" and \"President Trump\" are one). Merges and splits are kept (also when the "
        "library is rebuilt).\n\n"
        "  gloss library people [list] [--format text|json]\n"
        "  gloss library people merge FROM INTO     FROM becomes part of INTO\n"
        "  gloss library people split PERSON NAME...   NAME(s) become a person of their own"));
    parser.addHelpOption();
    const QCommandLineOption format = formatOption();
    parser.addOptions({format, dataDirOption()});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, merge or split."),
                                 QStringLiteral("[list|merge|split]"));
    if (const int status = parseArguments(parser, QStringLiteral("gloss library people"), args);
        status >= 0)
        return status;
    useDataDir(parser);
    if (!checkFormat(parser.value(format), QStringLiteral("people")))
        return BadInput;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    Library library;
    if (!library.open(false))
        return Failure;
    PeopleResolver resolver(library.db, library.paths.choices());
    auto person = [&library](const QString &name) {
        return library.person(name, QStringLiteral("people"));
    };
    if (action == u"merge") {
        if (pos.size() != 3) {
            writeErr(tr("library people merge: give two people (FROM INTO)"));
            return BadInput;
        }
        const qint64 from = person(pos.at(1));
        const qint64 into = person(pos.at(2));
        if (from < 0 || into < 0)
            return BadInput;
        if (!resolver.merge(from, into)) {
            writeErr(resolver.error());
            return Failure;
        }
        return Ok;
    }
    if (action == u"split") {
        if (pos.size() < 3) {
            writeErr(tr("library people split: give a person and the names to split off"));
            return BadInput;
        }
        const qint64 from = person(pos.at(1));
        if (from < 0)
            return BadInput;
        if (resolver.split(from, pos.mid(2)) < 0) {
            writeErr(resolver.error());
            return Failure;
        }
        return Ok;
    }
    if (action != u"list") {
        writeErr(tr("library people: unknown action %1 (list, merge or split)").arg(action));
        return BadInput;
    }
    const QList<Person> all = resolver.people();
    if (parser.value(format) == u"json") {
        QJsonArray out;
        for (const Person &p : all)
            out.append(QJsonObject{{QStringLiteral("id"), p.id},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("type"), entityTypeName(p.type)},
                                   {QStringLiteral("names"), QJsonArray::fromStringList(p.names)},
                                   {QStringLiteral("quotes"), p.quotes},
                                   {QStringLiteral("articles"), p.articles}});
        writeOut(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Ok;
    }
    QString text;
    for (const Person &p : all)
        text += QStringLiteral("%1  %2 quotes in %3 articles  (%4)\n")
                    .arg(p.name)
                    .arg(p.quotes)
                    .arg(p.articles)
                    .arg(p.names.join(QStringLiteral(", ")));
    writeOut(text.toLocal8Bit());
    return Ok;
}

// --- export -------------------------------------------------------------------------------

int exportLibrary(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Exports the notes and quotes of many articles at once (all, or those chosen).\n\n"
        "  gloss library export [--format md|html|csv|w3c] [-o OUT] [--site S] [--tag T] "
        "[--person NAME] [--article ID]... [--include claims,quotes]"));
    parser.addHelpOption();
    const QCommandLineOption format({QStringLiteral("f"), QStringLiteral("format")},
                                    tr("md (default), html, csv or w3c."),
                                    QStringLiteral("format"), QStringLiteral("md"));
    const QCommandLineOption out({QStringLiteral("o"), QStringLiteral("output")},
                                 tr("Write to this file (default: standard output)."),
                                 QStringLiteral("file"));
    const QCommandLineOption site = siteOption(), tag = tagOption(), person = personOption();
    const QCommandLineOption article(QStringLiteral("article"),
                                     tr("This article (its id in gloss library list; repeat)."),
                                     QStringLiteral("id"));
    const QCommandLineOption include(
        QStringLiteral("include"),
        tr("Sections of md and html: quotes (default), claims; comma-separated."),
        QStringLiteral("sections"), QStringLiteral("quotes"));
    parser.addOptions({format, out, site, tag, person, article, include, dataDirOption()});
    if (const int status = parseArguments(parser, QStringLiteral("gloss library export"), args);
        status >= 0)
        return status;
    useDataDir(parser);
    const auto f = NoteExport::formatFromName(parser.value(format));
    if (!f) {
        writeErr(tr("library export: unknown format %1 (md, html, csv or w3c)")
                     .arg(parser.value(format)));
        return BadInput;
    }
    NoteExport::Options options;
    options.format = *f;
    QString unknown;
    QStringList sections;
    for (const QString &v : parser.values(include))
        sections += v.split(u',', Qt::SkipEmptyParts);
    if (!NoteExport::parseIncludes(sections, options, &unknown)) {
        writeErr(tr("library export: unknown section %1 (claims or quotes)").arg(unknown));
        return BadInput;
    }
    Library library;
    if (!library.open(true))
        return Failure;
    LibraryCatalog catalog(library.db);
    QList<ArticleEntry> chosen;
    if (parser.isSet(article)) {
        for (const QString &id : parser.values(article)) {
            bool ok = false;
            const auto entry = catalog.article(id.toLongLong(&ok));
            if (!ok || !entry) {
                writeErr(tr("library export: no article %1 (see gloss library list)").arg(id));
                return BadInput;
            }
            chosen << *entry;
        }
    } else {
        ArticleFilter filter;
        filter.descending = false;
        filter.site = parser.value(site);
        filter.tag = parser.value(tag);
        if (parser.isSet(person)
            && (filter.person = library.person(parser.value(person), QStringLiteral("export")))
                   < 0)
            return BadInput;
        chosen = catalog.articles(filter);
    }
    const LibraryExport::Result result = LibraryExport::exportArticles(library.paths, chosen, options);
    for (const QString &problem : result.problems)
        writeErr(tr("library export: %1").arg(problem));
    const QByteArray &bytes = result.bytes;
    const int written = result.written;
    if (parser.isSet(out)) {
        QSaveFile file(parser.value(out));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            writeErr(tr("library export: cannot write %1: %2")
                         .arg(parser.value(out), file.errorString()));
            return Failure;
        }
    } else if (!writeOut(bytes)) {
        return Failure;
    }
    writeErr(tr("%n article(s) exported", nullptr, written));
    return Ok;
}

// --- check --------------------------------------------------------------------------------

int check(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Checks the library: the database (SQLite's integrity check), the texts it names, the "
        "texts it lacks. With --rebuild, makes it anew from the texts and the notes files (the "
        "old database is kept aside).\n\n  gloss library check [--rebuild]"));
    parser.addHelpOption();
    const QCommandLineOption rebuild(QStringLiteral("rebuild"),
                                     tr("Rebuild the library from its files."));
    parser.addOptions({rebuild, dataDirOption()});
    if (const int status = parseArguments(parser, QStringLiteral("gloss library check"), args);
        status >= 0)
        return status;
    useDataDir(parser);
    Library library;
    if (parser.isSet(rebuild)) {
        const LibraryImporter::Report r = LibraryImporter::rebuild(library.paths);
        for (const QString &p : r.problems)
            writeErr(p);
        if (!r.ok()) {
            writeErr(r.error);
            return Failure;
        }
        if (!r.movedAside.isEmpty())
            writeErr(tr("the old library is kept as %1")
                         .arg(QDir::toNativeSeparators(r.movedAside)));
        writeOut(tr("rebuilt: %1 articles, %2 notes files; %3 texts could not be read\n")
                     .arg(r.added)
                     .arg(r.notesFiles)
                     .arg(r.failed)
                     .toLocal8Bit());
        return r.failed > 0 ? Failure : Ok;
    }
    if (!library.open(false))
        return Failure;
    LibraryDatabase &db = library.db;
    QStringList problems = db.integrityCheck();
    const LibraryTexts texts(library.paths.texts());
    QSet<QString> named;
    int articles = 0;
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.exec(QStringLiteral("SELECT hash, title FROM articles"));
        while (q.next()) {
            ++articles;
            const QByteArray hash = q.value(0).toByteArray();
            named.insert(QString::fromLatin1(hash));
            if (!QFileInfo::exists(texts.pathFor(hash)))
                problems << tr("the text of “%1” (%2) is missing")
                                .arg(q.value(1).toString(), QString::fromLatin1(hash));
        }
    }
    int extra = 0;
    for (const QString &file : texts.files())
        if (!named.contains(QFileInfo(file).completeBaseName()))
            ++extra;
    if (extra > 0)
        problems << tr("%1 texts are not in the database (gloss library check --rebuild adds "
                       "them)")
                        .arg(extra);
    for (const QString &p : std::as_const(problems))
        writeErr(p);
    if (!problems.isEmpty())
        return Failure;
    writeOut(tr("ok: %1 articles, %2\n")
                 .arg(articles)
                 .arg(QDir::toNativeSeparators(db.filePath()))
                 .toLocal8Bit());
    return Ok;
}

int dispatch(QStringList args)
{
    // `gloss --data-dir DIR library ACTION`: the option goes after the action
    if (args.size() >= 3 && args.first() == u"--data-dir")
        args.move(2, 0);
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    if (action == u"add")
        return add(rest);
    if (action == u"list")
        return list(rest);
    if (action == u"search")
        return search(rest);
    if (action == u"people")
        return people(rest);
    if (action == u"export")
        return exportLibrary(rest);
    if (action == u"check")
        return check(rest);
    if (action == u"--help" || action == u"-h" || action == u"help") {
        // the options of every action, so that one page names them all (gloss ACTION --help
        // gives each action's own)
        QCommandLineParser parser;
        parser.setApplicationDescription(usage());
        parser.addHelpOption();
        parser.addOptions(
            {formatOption(),
             {QStringLiteral("sort"), tr("list: the order."), QStringLiteral("key")},
             {QStringLiteral("ascending"), tr("list: smallest first.")},
             {QStringLiteral("site"), tr("list, export: one site only."), QStringLiteral("site")},
             {QStringLiteral("tag"), tr("list, export: articles with a note tagged so."),
              QStringLiteral("tag")},
             {QStringLiteral("person"), tr("list, export: articles quoting this person."),
              QStringLiteral("name")},
             limitOption(QStringLiteral("50")),
             offsetOption(),
             {QStringLiteral("kind"), tr("search: articles, quotes or notes."),
              QStringLiteral("kind")},
             {QStringLiteral("speaker"), tr("search: quotes of this person."),
              QStringLiteral("name")},
             {{QStringLiteral("o"), QStringLiteral("output")}, tr("export: the file to write."),
              QStringLiteral("file")},
             {QStringLiteral("article"), tr("export: this article (repeat)."),
              QStringLiteral("id")},
             {QStringLiteral("include"), tr("export: sections (quotes, claims)."),
              QStringLiteral("sections")},
             {QStringLiteral("rebuild"), tr("check: rebuild from the files.")},
             {{QStringLiteral("q"), QStringLiteral("quiet")}, tr("add: no progress.")},
             dataDirOption()});
        parser.addPositionalArgument(QStringLiteral("action"),
                                     tr("add, list, search, people, export or check."),
                                     QStringLiteral("ACTION"));
        return parseArguments(parser, QStringLiteral("gloss library"), {QStringLiteral("--help")});
    }
    if (action.isEmpty())
        writeErr(tr("library: what to do? (add, list, search, people, export, check)"));
    else
        writeErr(tr("library: unknown action %1 (add, list, search, people, export, check)")
                     .arg(action));
    writeErrText(tr("  (see gloss library --help)\n"));
    return BadInput;
}

} // namespace

} // namespace gloss::cli

extern "C" Q_DECL_EXPORT int gloss_library_command(const QStringList &args)
{
    return gloss::cli::dispatch(args);
}
