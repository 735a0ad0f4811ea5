#include "LibraryExport.h"

#include "LibraryTexts.h"
#include "analysis/Analyzer.h"
#include "annotations/AnnotationStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gloss::library {

namespace {

/** The body of an HTML export (between <body> and </body>). */
QByteArray htmlBody(const QByteArray &html)
{
    const qsizetype open = html.indexOf("<body");
    const qsizetype start = open < 0 ? -1 : html.indexOf('>', open);
    const qsizetype end = html.lastIndexOf("</body>");
    return start < 0 || end < start ? html : html.mid(start + 1, end - start - 1);
}

/** The stored text under the source the library knows now (the notes are keyed by it). */
Document withSource(const Document &stored, const QString &path)
{
    if (path.isEmpty() || path == stored.source())
        return stored;
    Document doc(stored.text(), path);
    doc.format = stored.format;
    doc.copyMetadata(stored);
    return doc;
}

} // namespace

LibraryExport::Result LibraryExport::exportArticles(const LibraryPaths &paths,
                                                    const QList<ArticleEntry> &articles,
                                                    const NoteExport::Options &options)
{
    Result result;
    const LibraryTexts texts(paths.texts());
    QJsonArray collections;
    for (const ArticleEntry &entry : articles) {
        const auto text = texts.read(entry.hash);
        if (!text) {
            result.problems << QCoreApplication::translate(
                                   "gloss::library::LibraryExport",
                                   "The text of “%1” is missing (gloss library check).")
                                   .arg(entry.title);
            continue;
        }
        const Article analysed = Analyzer::analyze(withSource(text->document, entry.path));
        AnnotationStore store;
        store.open(analysed.document);
        const QList<Annotation> notes = store.annotations();
        store.close();
        const QByteArray one = NoteExport::exportNotes(analysed, notes, options);
        QByteArray &bytes = result.bytes;
        switch (options.format) {
        case NoteExport::Format::Markdown:
            if (result.written > 0)
                bytes += "\n\n---\n\n";
            bytes += one;
            break;
        case NoteExport::Format::Html:
            if (result.written == 0) {
                bytes = one;
            } else {
                const qsizetype end = bytes.lastIndexOf("</body>");
                bytes.insert(end < 0 ? bytes.size() : end, "<hr>\n" + htmlBody(one));
            }
            break;
        case NoteExport::Format::Csv:
            if (result.written == 0) {
                bytes = one;
            } else {
                // the header row (and byte order mark) once
                const qsizetype rowEnd = one.indexOf("\r\n");
                bytes += rowEnd < 0 ? QByteArray() : one.mid(rowEnd + 2);
            }
            break;
        case NoteExport::Format::W3c:
            collections.append(QJsonDocument::fromJson(one).object());
            break;
        }
        ++result.written;
    }
    if (options.format == NoteExport::Format::W3c)
        result.bytes = QJsonDocument(collections).toJson(QJsonDocument::Indented);
    return result;
}

} // namespace gloss::library
