#include "NoteExport.h"

#include "ArticleFacts.h"
#include "NoteOrder.h"
#include "annotations/AnnotationJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace gloss::NoteExport {

std::optional<Format> formatFromName(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == u"md" || n == u"markdown")
        return Format::Markdown;
    if (n == u"html" || n == u"htm")
        return Format::Html;
    if (n == u"w3c" || n == u"json" || n == u"jsonld" || n == u"json-ld")
        return Format::W3c;
    if (n == u"csv")
        return Format::Csv;
    return std::nullopt;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("md");
    case Format::Html:
        return QStringLiteral("html");
    case Format::W3c:
        return QStringLiteral("w3c");
    case Format::Csv:
        return QStringLiteral("csv");
    }
    return QString();
}

QString fileSuffix(Format format)
{
    return format == Format::W3c ? QStringLiteral("jsonld") : formatName(format);
}

QString syntaxName(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("Markdown");
    case Format::Html:
        return QStringLiteral("HTML");
    case Format::W3c:
        return QStringLiteral("JSON");
    case Format::Csv:
        return QString(); // shown as plain text
    }
    return QString();
}

QString fileFilter(Format format)
{
    switch (format) {
    case Format::Markdown:
        return QStringLiteral("Markdown (*.md)");
    case Format::Html:
        return QStringLiteral("HTML (*.html)");
    case Format::W3c:
        return QStringLiteral("W3C Web Annotations (*.jsonld *.json)");
    case Format::Csv:
        return QStringLiteral("CSV (*.csv)");
    }
    return QString();
}

bool parseIncludes(const QStringList &names, Options &options, QString *unknown)
{
    for (const QString &name : names) {
        const QString n = name.trimmed().toLower();
        if (n.isEmpty())
            continue;
        if (n == u"claims") {
            options.includeClaims = true;
        } else if (n == u"quotes") {
            options.includeQuotes = true;
        } else {
            if (unknown)
                *unknown = name;
            return false;
        }
    }
    return true;
}

QByteArray exportNotes(const Article &article, const QList<Annotation> &notes,
                       const Options &options)
{
    switch (options.format) {
    case Format::Markdown:
        return toMarkdown(article, notes, options).toUtf8();
    case Format::Html:
        return toHtml(article, notes, options).toUtf8();
    case Format::W3c:
        return toW3c(article, notes);
    case Format::Csv:
        return toCsv(article, notes, options);
    }
    return QByteArray();
}

QString escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    appendEscapedHtml(out, text);
    return out;
}

void appendEscapedHtml(QString &out, QStringView text)
{
    qsizetype plain = 0; // start of the run of characters that need no escape
    const auto flush = [&](qsizetype i) {
        if (i > plain)
            out.append(text.mid(plain, i - plain));
        plain = i + 1;
    };
    for (qsizetype i = 0, n = text.size(); i < n; ++i) {
        const QChar c = text[i];
        if (c.unicode() > u'>' || (c != u'&' && c != u'<' && c != u'>' && c != u'"'
                                   && c != u'\''))
            continue;
        flush(i);
        switch (c.unicode()) {
        case u'&':
            out += QLatin1StringView("&amp;");
            break;
        case u'<':
            out += QLatin1StringView("&lt;");
            break;
        case u'>':
            out += QLatin1StringView("&gt;");
            break;
        case u'"':
            out += QLatin1StringView("&quot;");
            break;
        case u'\'':
            out += QLatin1StringView("&#39;");
            break;
        default:
            break;
        }
    }
    if (plain < text.size())
        out.append(text.mid(plain));
}

// --- W3C ----------------------------------------------------------------------------------

QByteArray toW3c(const Article &article, const QList<Annotation> &notes)
{
    const NoteOrder order = NoteOrder::of(article, notes);
    QList<Annotation> ordered;
    ordered.reserve(order.size());
    for (const NoteEntry &e : order.all())
        ordered.append(*e.note);
    QByteArray out = AnnotationJson::collectionToBytes(ordered, article.document.source(),
                                                       article.document.sha256());
    // The article as schema.org describes it (the Web Annotation context maps "schema:"), as a
    // member of the collection before "total": the notes are about it.
    const SourceMeta source = sourceMeta(article);
    QJsonObject about{{QStringLiteral("type"), QStringLiteral("schema:Article")},
                      {QStringLiteral("schema:headline"), articleTitle(article)}};
    if (!source.url.isEmpty())
        about.insert(QStringLiteral("schema:url"), source.url);
    if (!source.site.isEmpty())
        about.insert(QStringLiteral("schema:publisher"), source.site);
    if (!source.author.isEmpty())
        about.insert(QStringLiteral("schema:author"), source.author);
    else if (!article.byline.isEmpty())
        about.insert(QStringLiteral("schema:author"), article.byline);
    if (source.published.isValid())
        about.insert(QStringLiteral("schema:datePublished"),
                     source.published.toUTC().toString(Qt::ISODate));
    const qsizetype at = out.indexOf(",\"total\":");
    if (at > 0)
        out.insert(at, ",\"schema:about\":" + QJsonDocument(about).toJson(QJsonDocument::Compact));
    return out;
}

// --- CSV ----------------------------------------------------------------------------------

namespace {

void appendCsvField(QString &row, const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r')
            v.prepend(u'\''); // a spreadsheet would run it as a formula
    }
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        row += u'"' + v + u'"';
    } else {
        row += v;
    }
}

void appendCsvRow(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += u',';
        appendCsvField(out, fields.at(i));
    }
    out += QLatin1StringView("\r\n");
}

} // namespace

QByteArray toCsv(const Article &article, const QList<Annotation> &notes, const Options &options)
{
    const NoteOrder order = NoteOrder::of(article, notes);
    QString out;
    out.reserve(256 + order.size() * 160);
    appendCsvRow(out, {QStringLiteral("quote"), QStringLiteral("speaker"), QStringLiteral("note"),
                       QStringLiteral("tags"), QStringLiteral("colour"), QStringLiteral("created"),
                       QStringLiteral("id"), QStringLiteral("article"), QStringLiteral("source"),
                       QStringLiteral("site"), QStringLiteral("author"),
                       QStringLiteral("published")});
    // the article's columns repeat on every row, so that exports of several articles can be
    // pasted into one sheet and still be told apart
    const SourceMeta source = sourceMeta(article);
    const QStringList articleColumns{
        articleTitle(article), articleSource(article), source.site,
        source.author.isEmpty() ? article.byline : source.author,
        source.published.isValid() ? source.published.toUTC().toString(Qt::ISODate) : QString()};
    for (const NoteEntry &e : order.all()) {
        const Annotation &a = *e.note;
        appendCsvRow(out, QStringList{e.passage, e.speaker, a.text,
                                      a.tags.join(QStringLiteral("; ")), a.color,
                                      a.created.isValid()
                                          ? a.created.toUTC().toString(Qt::ISODate)
                                          : QString(),
                                      a.id.toString(QUuid::WithoutBraces)}
                              + articleColumns);
    }
    QByteArray bytes = options.csvByteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + out.toUtf8();
}

} // namespace gloss::NoteExport
