#include "Cli.h"
#include "CliSupport.h"
#include "CliWeb.h"
#include "HeapReserve.h"

#include "analysis/AnalysisJson.h"
#include "analysis/Analyzer.h"
#include "io/Loader.h"
#include "model/KindLabels.h"
#include "model/SpeakerIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QtConcurrent/QtConcurrentMap>

#include <functional>

using namespace Qt::StringLiterals;

namespace gloss::cli {

namespace {

/** What one file gives: its output (JSON line or text summary) and its messages. */
struct Output
{
    QByteArray out;
    QStringList messages;
    bool failed = false;
};

QString quoted(const QString &text)
{
    QString t = text.simplified();
    constexpr qsizetype kLongest = 200;
    if (t.size() > kLongest)
        t = t.left(kLongest - 1) + u'\u2026';
    return u'\u201C' + t + u'\u201D';
}

/** A readable summary: title, dateline, speakers with their quotes, entities, claims. */
QString textSummary(const Article &a, bool withSource)
{
    QString s;
    const auto line = [&s](const QString &l) { s += l + u'\n'; };
    const auto field = [&](const QString &name, const QString &value) {
        if (!value.isEmpty())
            line(name.leftJustified(10) + value);
    };
    if (withSource)
        line(u"== "_s + a.document.displaySource());
    field(tr("Title:"), a.title);
    field(tr("Dateline:"), a.dateline);
    field(tr("Byline:"), a.byline);
    line(tr("Length:").leftJustified(10)
         + tr("%1, %2, %3 (%4)", "words, paragraphs, sentences (format)")
               .arg(tr("%n word(s)", nullptr, a.wordCount()),
                    tr("%n paragraph(s)", nullptr, a.paragraphs.size()),
                    tr("%n sentence(s)", nullptr, a.sentences.size()), a.document.format));
    // first, not after pages of quotes: what the reader must know before trusting the rest
    for (const QString &w : a.warnings)
        line(tr("Warning:").leftJustified(10) + w);

    // Speakers and their quotes, in order of first quote; then the unattributed quotes.
    const SpeakerIndex index(a);
    const QList<int> &speakers = index.speakers();
    const QList<int> &unattributed = index.unattributed();
    const QList<int> &others = index.others();
    const auto quoteLine = [&](const Quote &q) {
        QString l = u"    "_s + quoted(a.textOf(q));
        if (!q.cueSpan.isEmpty())
            l += u" ("_s + a.textOf(q.cueSpan) + u')';
        if (q.via >= 0 && q.via < a.entities.size())
            l += tr(" via %1").arg(a.entities[q.via].name);
        line(l);
    };
    line(QString());
    line(tr("Speakers (%1)").arg(QLocale().toString(speakers.size())));
    for (int sp : speakers) {
        const QList<int> quotes = index.quotesOf(sp);
        line(u"  "_s + a.entities[sp].name + u" \u00D7"_s + QLocale().toString(quotes.size()));
        for (int qi : quotes)
            quoteLine(a.quotes[qi]);
    }
    if (!unattributed.isEmpty()) {
        line(tr("  (no speaker) \u00D7%1").arg(QLocale().toString(unattributed.size())));
        for (int qi : unattributed)
            quoteLine(a.quotes[qi]);
    }
    if (!others.isEmpty()) {
        line(tr("Other quoted words (%1)").arg(QLocale().toString(others.size())));
        for (int qi : others)
            line(u"  "_s + quoteKindName(a.quotes[qi].kind) + u": "_s + quoted(a.textOf(a.quotes[qi])));
    }

    // Entities by type, with their number of mentions.
    line(QString());
    line(tr("Entities (%1)").arg(QLocale().toString(a.entities.size())));
    QMap<int, QStringList> byType;
    for (const Entity &e : a.entities) {
        QString item = e.name + u" \u00D7"_s + QLocale().toString(e.mentions.size());
        if (!e.aliases.isEmpty())
            item += u" ("_s + e.aliases.join(u", "_s) + u')';
        byType[static_cast<int>(e.type)].append(item);
    }
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        line(u"  "_s + entityTypeName(static_cast<EntityType>(it.key())) + u" ("_s
             + QLocale().toString(it.value().size()) + u"): "_s + it.value().join(u"; "_s));
    }

    // Claims by kind, with their source.
    line(QString());
    line(tr("Claims (%1)").arg(QLocale().toString(a.claims.size())));
    for (const ClaimKind kind :
         {ClaimKind::Quote, ClaimKind::Reported, ClaimKind::Hedged, ClaimKind::Factual}) {
        QStringList items;
        for (const Claim &c : a.claims) {
            if (c.kind != kind)
                continue;
            QString l = u"    - "_s + a.textOf(c);
            if (c.source >= 0 && c.source < a.entities.size())
                l += u" \u2014 "_s + a.entities[c.source].name;
            items.append(l);
        }
        if (items.isEmpty())
            continue;
        line(u"  "_s + claimKindLabel(kind) + u" ("_s + QLocale().toString(items.size())
             + u')');
        for (const QString &l : std::as_const(items))
            line(l);
    }
    return s;
}

/** Standard input, read once whatever the number of '-' arguments. */
struct StdinInput
{
    QByteArray bytes;
    bool tooLarge = false;
};

StdinInput readStdin(const QStringList &files)
{
    StdinInput input;
    if (!files.contains(u"-"_s))
        return input;
    QFile in;
    if (in.open(stdin, QIODevice::ReadOnly)) {
        input.bytes = in.read(Loader::kMaxFileSize + 1);
        input.tooLarge = input.bytes.size() > Loader::kMaxFileSize;
    }
    return input;
}

/**
 * Runs @p run on each of @p files and prints what each gives in the order given: one at once,
 * several in parallel, each printed as soon as it and those before it are done.
 */
int printInOrder(const QStringList &files, const std::function<Output(const QString &)> &run)
{
    const auto print = [](const Output &o) {
        for (const QString &m : o.messages)
            writeErr(m);
        writeOut(o.out);
        return o.failed ? BadInput : Ok;
    };
    if (files.size() == 1)
        return print(run(files.first()));
    int status = Ok;
    QFuture<Output> future = QtConcurrent::mapped(files, run);
    for (int i = 0; i < files.size(); ++i) {
        if (print(future.resultAt(i)) != Ok)
            status = BadInput;
    }
    return status;
}

} // namespace

int analyze(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Analyse articles: quotes, speakers, entities, claims.\n"
           "Several files are analysed in parallel and printed in the order given, one JSON "
           "object per line. '-' reads standard input."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    const QCommandLineOption format({u"f"_s, u"format"_s},
                                    tr("Output format: json (default) or text."), u"format"_s,
                                    u"json"_s);
    parser.addOption(format);
    parser.addPositionalArgument(u"files"_s, tr("Article files (.txt, .md, .html, ...) or "
                                                "web addresses (http, https)."),
                                 u"FILE..."_s);
    if (!parser.parse(QStringList{u"gloss analyze"_s} + args)) {
        writeErr(tr("analyze: %1 (see gloss analyze --help)").arg(parser.errorText()));
        return BadInput;
    }
    if (parser.isSet(help)) {
        QString helpText = parser.helpText();
        const qsizetype options = helpText.indexOf(u" [options]"_s);
        if (helpText.startsWith(u"Usage: "_s) && options > 0)
            helpText.replace(7, options - 7, u"gloss analyze"_s);
        writeOut(helpText.toLocal8Bit());
        return Ok;
    }
    const QString fmt = parser.value(format).toLower();
    if (fmt != u"json" && fmt != u"text") {
        writeErr(tr("analyze: unknown format '%1' (json or text)").arg(parser.value(format)));
        return BadInput;
    }
    const bool text = fmt == u"text";
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        writeErr(tr("analyze: no file given (see gloss analyze --help)"));
        return BadInput;
    }

    // Web pages are downloaded first, on this thread (Qt Network), then analysed like files.
    QHash<QString, Loader::Result> pages;
    for (const QString &f : files) {
        if (isWebAddress(f) && !pages.contains(f))
            pages.insert(f, fetchWebPage(f));
    }

    const StdinInput input = readStdin(files);
    if (files.size() == 1) { // several are analysed on other threads, in heaps of their own
        const QString &only = files.first();
        reserveHeapFor(only == u"-" ? input.bytes.size()
                       : pages.contains(only) ? 0
                                              : QFileInfo(only).size());
    }

    const bool several = files.size() > 1;
    // One file as JSON goes to standard output as it is written (an analysis's JSON is about
    // five times the size of its text); several are each made whole, then printed in order.
    const bool stream = !several && !text;
    const std::function<Output(const QString &)> run = [&](const QString &path) {
        Output o;
        Loader::Result loaded;
        if (path == u"-") {
            if (input.tooLarge) {
                o.messages.append(tr("-: too large (the limit is %1 MB)")
                                      .arg(Loader::kMaxFileSize / (1024 * 1024)));
                o.failed = true;
                return o;
            }
            loaded = Loader::loadBytes(input.bytes, path);
        } else if (pages.contains(path)) {
            loaded = pages.value(path);
        } else {
            loaded = Loader::loadFile(path);
        }
        if (!loaded.ok()) {
            o.messages.append(loaded.error);
            o.failed = true;
            return o;
        }
        for (const QString &w : std::as_const(loaded.document->warnings))
            o.messages.append(u"%1: %2"_s.arg(path, w));
        const Article article = Analyzer::analyze(*loaded.document);
        loaded.document.reset();
        if (stream) {
            for (const QString &m : std::as_const(o.messages))
                writeErr(m);
            o.messages.clear();
            AnalysisJson::write(article, [](QByteArrayView piece) { writeOut(piece, false); });
            writeOut("\n");
        } else if (text) {
            o.out = (textSummary(article, several) + (several ? u"\n"_s : QString())).toUtf8();
            for (const QString &w : article.warnings) // on stderr too, as the loader's
                o.messages.append(u"%1: %2"_s.arg(path, w));
        } else {
            o.out = AnalysisJson::toBytes(article) + '\n';
        }
        return o;
    };

    return printInOrder(files, run);
}

} // namespace gloss::cli
