#include "Cli.h"
#include "CliSupport.h"

#include "annotations/AnnotationStore.h"
#include "export/NoteOrder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace gloss::cli {

namespace {

/** Typographic quotes, dashes and spaces as their plain forms (one character for one). */
QString folded(QString s)
{
    for (QChar &c : s) {
        switch (c.unicode()) {
        case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
            c = u'\'';
            break;
        case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
            c = u'"';
            break;
        case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2212:
            c = u'-';
            break;
        case 0x00A0: case 0x2009: case 0x202F:
            c = u' ';
            break;
        default:
            break;
        }
    }
    return s;
}

QList<qsizetype> occurrences(const QString &text, const QString &quote)
{
    QList<qsizetype> out;
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
        out.append(at);
    return out;
}

/** Notes in reading order: the article's own first, then by place, orphans last. */
QList<Annotation> readingOrder(QList<Annotation> notes)
{
    std::sort(notes.begin(), notes.end(), NoteExport::NoteOrder::Before());
    return notes;
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonObject noteJson(const Annotation &a, const Document &doc)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), a.id.toString(QUuid::WithoutBraces));
    o.insert(QStringLiteral("state"), anchorStateName(a.state));
    o.insert(QStringLiteral("exact"),
             a.isArticleNote() ? QJsonValue() : QJsonValue(a.isPlaced() ? doc.text().mid(
                                                                  a.span.start, a.span.length())
                                                                        : a.quote.exact));
    o.insert(QStringLiteral("start"),
             a.isPlaced() ? QJsonValue(qint64(doc.toCodePoint(a.span.start))) : QJsonValue());
    o.insert(QStringLiteral("end"),
             a.isPlaced() ? QJsonValue(qint64(doc.toCodePoint(a.span.end))) : QJsonValue());
    o.insert(QStringLiteral("text"), a.text);
    o.insert(QStringLiteral("tags"), QJsonArray::fromStringList(a.tags));
    o.insert(QStringLiteral("color"), a.color);
    o.insert(QStringLiteral("created"), timeJson(a.created));
    o.insert(QStringLiteral("modified"), timeJson(a.modified));
    return o;
}

QString oneLine(QString s, int max)
{
    s.replace(u'\n', u' ');
    return s.size() > max ? s.left(max - 1) + u'…' : s;
}

QString noteText(const Annotation &a, const Document &doc)
{
    QString where;
    if (a.isArticleNote())
        where = tr("(article)");
    else if (a.isPlaced())
        where = QStringLiteral("%1-%2 “%3”")
                    .arg(doc.toCodePoint(a.span.start))
                    .arg(doc.toCodePoint(a.span.end))
                    .arg(oneLine(doc.text().mid(a.span.start, a.span.length()), 60));
    else
        where = QStringLiteral("“%1”").arg(oneLine(a.quote.exact, 60));
    QString line = QStringLiteral("%1  %2  %3\n    %4")
                       .arg(a.id.toString(QUuid::WithoutBraces), anchorStateName(a.state), where,
                            oneLine(a.text, 200));
    for (const QString &tag : a.tags)
        line += QStringLiteral("  #") + tag;
    if (!a.color.isEmpty())
        line += QStringLiteral("  [%1]").arg(a.color);
    return line + u'\n';
}

/** The note an id names: the whole UUID (any form) or an unambiguous start of it. */
const Annotation *findNote(const AnnotationStore &store, QString id, QString *error)
{
    id = id.trimmed().toLower();
    if (id.startsWith(u"urn:uuid:"))
        id = id.mid(9);
    id.remove(u'{').remove(u'}');
    const Annotation *found = nullptr;
    int matches = 0;
    for (const Annotation &a : store.annotations()) {
        const QString full = a.id.toString(QUuid::WithoutBraces);
        if (full == id)
            return &a;
        if (id.size() >= 4 && full.startsWith(id)) {
            found = &a;
            ++matches;
        }
    }
    if (matches == 1)
        return found;
    *error = matches > 1 ? tr("note id %1 is ambiguous (%2 notes start with it)")
                               .arg(id)
                               .arg(matches)
                         : tr("no note with id %1").arg(id);
    return nullptr;
}

} // namespace

namespace {

/** The options of `gloss notes`. */
struct NotesOptions
{
    QCommandLineOption quote, occurrence, text, tag, color, format;
};

NotesOptions notesOptions()
{
    return {
        QCommandLineOption(QStringLiteral("quote"),
                           tr("The exact words to note (as in the article)."),
                           QStringLiteral("text")),
        QCommandLineOption(
            QStringLiteral("occurrence"),
            tr("Which occurrence of the quote, counting from 1 (needed when it occurs more "
               "than once)."),
            QStringLiteral("n")),
        QCommandLineOption(QStringLiteral("text"), tr("The note."), QStringLiteral("note")),
        QCommandLineOption(QStringLiteral("tag"), tr("A tag (repeat for more)."),
                           QStringLiteral("tag")),
        QCommandLineOption(QStringLiteral("color"),
                           tr("Colour: %1, or #rrggbb.")
                               .arg(Annotation::paletteNames().join(QStringLiteral(", "))),
                           QStringLiteral("color")),
        QCommandLineOption({QStringLiteral("f"), QStringLiteral("format")},
                           tr("Output of list: json (default) or text."),
                           QStringLiteral("format"), QStringLiteral("json")),
    };
}

void describeNotes(QCommandLineParser &parser, const NotesOptions &o)
{
    parser.setApplicationDescription(tr(
        "Notes on an article, kept in the same store as the window.\n\n"
        "  gloss notes add FILE --quote TEXT [--occurrence N] --text NOTE [--tag T]... "
        "[--color C]\n"
        "  gloss notes add FILE --text NOTE          (a note on the whole article)\n"
        "  gloss notes list FILE [--format json|text]\n"
        "  gloss notes remove FILE ID\n"
        "  gloss notes import FILE ANNOTATIONS.json [--force]   (see gloss notes import --help)"));
    parser.addHelpOption();
    parser.addOptions({o.quote, o.occurrence, o.text, o.tag, o.color, o.format, dataDirOption()});
    parser.addPositionalArgument(QStringLiteral("action"), tr("add, list, remove or import."),
                                 QStringLiteral("add|list|remove|import"));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The article."),
                                 QStringLiteral("FILE"));
}

int listNotes(const AnnotationStore &store, const Document &doc, const QString &format)
{
    if (format != u"json" && format != u"text") {
        writeErr(tr("notes list: unknown format %1 (json or text)").arg(format));
        return BadInput;
    }
    const QList<Annotation> notes = readingOrder(store.annotations());
    if (format == u"json") {
        QJsonArray list;
        for (const Annotation &a : notes)
            list.append(noteJson(a, doc));
        writeOut(QJsonDocument(QJsonObject{{QStringLiteral("notes"), list}})
                     .toJson(QJsonDocument::Indented));
        return Ok;
    }
    QString out;
    for (const Annotation &a : notes)
        out += noteText(a, doc);
    if (notes.isEmpty())
        out = tr("no notes\n");
    writeOut(out.toUtf8());
    return Ok;
}

int removeNote(AnnotationStore &store, const QStringList &pos)
{
    if (pos.size() < 3) {
        writeErr(tr("notes remove: which note? (gloss notes remove FILE ID)"));
        return BadInput;
    }
    QString error;
    const Annotation *note = findNote(store, pos.at(2), &error);
    if (!note) {
        writeErr(error);
        return Failure;
    }
    store.remove(note->id);
    return store.save() ? Ok : Failure;
}

/** Where --quote (and --occurrence) put the note in @p doc; a message said when nowhere. */
std::optional<Span> quotedSpan(const QCommandLineParser &parser, const NotesOptions &o,
                               const Document &doc, const QString &path)
{
    QString quote = parser.value(o.quote).normalized(QString::NormalizationForm_C);
    quote.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (quote.trimmed().isEmpty()) {
        writeErr(tr("notes add: the quote is empty"));
        return std::nullopt;
    }
    QList<qsizetype> found = occurrences(doc.text(), quote);
    if (found.isEmpty())
        found = occurrences(folded(doc.text()), folded(quote));
    if (found.isEmpty()) {
        writeErr(tr("notes add: the quote is not in %1").arg(path));
        return std::nullopt;
    }
    int n = 1;
    if (parser.isSet(o.occurrence)) {
        bool ok = false;
        n = parser.value(o.occurrence).toInt(&ok);
        if (!ok || n < 1 || n > found.size()) {
            writeErr(tr("notes add: --occurrence must be between 1 and %1").arg(found.size()));
            return std::nullopt;
        }
    } else if (found.size() > 1) {
        writeErr(tr("notes add: the quote occurs %1 times in %2; choose one with "
                    "--occurrence 1..%1")
                     .arg(found.size())
                     .arg(path));
        return std::nullopt;
    }
    const qsizetype start = found.at(n - 1);
    return Span{start, start + quote.size()};
}

int addNote(const QCommandLineParser &parser, const NotesOptions &o, AnnotationStore &store,
            const Document &doc, const QString &path)
{
    if (!parser.isSet(o.text)) {
        writeErr(tr("notes add: --text is missing"));
        return BadInput;
    }
    const QString text = parser.value(o.text);
    QString color = Annotation::defaultColor();
    if (parser.isSet(o.color)) {
        color = Annotation::normalizedColor(parser.value(o.color));
        if (color.isEmpty()) {
            writeErr(tr("notes add: unknown colour %1 (use %2, or #rrggbb)")
                         .arg(parser.value(o.color),
                              Annotation::paletteNames().join(QStringLiteral(", "))));
            return BadInput;
        }
    }
    Annotation note;
    if (parser.isSet(o.quote)) {
        const std::optional<Span> span = quotedSpan(parser, o, doc, path);
        if (!span)
            return BadInput;
        note = Annotation::onSpan(doc, *span, text);
    } else {
        if (parser.isSet(o.occurrence)) {
            writeErr(tr("notes add: --occurrence needs --quote"));
            return BadInput;
        }
        note = Annotation::onArticle(text);
    }
    note.color = color;
    note.tags = Annotation::normalizedTags(parser.values(o.tag));
    store.add(note);
    if (!store.save())
        return Failure;
    writeOut(QByteArray(note.id.toString(QUuid::WithoutBraces).toUtf8() + '\n'));
    return Ok;
}

} // namespace

int notes(const QStringList &args)
{
    QCommandLineParser parser;
    const NotesOptions options = notesOptions();
    describeNotes(parser, options);
    if (const int status = parseArguments(parser, QStringLiteral("gloss notes"), args);
        status >= 0)
        return status;

    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() < 2 || (action != u"add" && action != u"list" && action != u"remove")) {
        writeErr(tr("notes: expected add, list, remove or import and a FILE (see gloss notes "
                    "--help)"));
        return BadInput;
    }
    useDataDir(parser);

    const QString path = pos.at(1);
    const std::optional<Document> loaded = loadArticle(path);
    if (!loaded)
        return BadInput;
    const Document &doc = *loaded;

    AnnotationStore store;
    QObject::connect(&store, &AnnotationStore::problemFound, &store,
                     [last = QString()](const QString &message) mutable {
                         if (message != last) // a failed save is tried again on exit
                             writeErr(message);
                         last = message;
                     });
    store.open(doc);
    if (action == u"list")
        return listNotes(store, doc, parser.value(options.format));
    if (action == u"remove")
        return removeNote(store, pos);
    return addNote(parser, options, store, doc, path);
}

} // namespace gloss::cli
