// HTML export: one self-contained page (inline CSS, no scripts, nothing fetched).
#include "ArticleFacts.h"
#include "ExportOutline.h"
#include "NoteExport.h"
#include "NoteOrder.h"

#include <algorithm>

namespace gloss::NoteExport {

namespace {

const char kStyle[] = R"css(
:root { color-scheme: light; }
body { font: 16px/1.6 Georgia, "DejaVu Serif", serif; color: #1d1d1f; background: #fff;
  margin: 0; padding: 2rem; }
header, main, footer { max-width: 70rem; margin: 0 auto; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .6rem; }
h2 { font: 600 1.15rem/1.3 system-ui, "DejaVu Sans", sans-serif; margin: 2rem 0 .8rem;
  border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
h3 { font: 600 1rem/1.3 system-ui, "DejaVu Sans", sans-serif; margin: 1.2rem 0 .4rem; }
.meta, .notes, footer { font: .9rem/1.45 system-ui, "DejaVu Sans", sans-serif; }
.meta { color: #555; margin: 0 0 1rem; }
.row { display: grid; grid-template-columns: minmax(0, 40rem) minmax(14rem, 26rem);
  column-gap: 2rem; align-items: start; }
.text { margin: 0 0 1rem; }
.text.headline { font-size: 1.3rem; font-weight: bold; }
.text.quote { margin-left: 1.5rem; font-style: italic; }
.gap { color: #888; margin: 0 0 1rem; }
mark { color: inherit; border-radius: .15rem; padding: 0 .05rem; }
mark.dark { color: #fff; }
sup.ref { font: 600 .7rem system-ui, "DejaVu Sans", sans-serif; padding-left: .1rem; }
sup.ref a { color: #1c5d99; text-decoration: none; }
.note { border-left: .35rem solid #ffe066; background: #f7f7f8; padding: .45rem .75rem;
  margin: 0 0 .75rem; border-radius: .2rem; break-inside: avoid; }
.note-head { margin: 0; color: #555; font-weight: 600; }
.note-head a { color: inherit; }
.note blockquote { margin: .3rem 0; padding-left: .6rem; border-left: 1px solid #ccc;
  color: #444; font-style: italic; }
.note-text p { margin: .3rem 0; white-space: pre-wrap; }
.note-meta { margin: .3rem 0 0; color: #555; }
.tag { color: #1c5d99; margin-right: .4rem; }
.swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: .2rem;
  vertical-align: -.1rem; margin-right: .25rem; border: 1px solid #0003; }
ul.plain { padding-left: 1.2rem; }
.kind { color: #777; font-size: .85em; }
footer { color: #777; margin-top: 2rem; }
@media (max-width: 60rem) {
  .row { display: block; }
  .notes { margin: 0 0 1rem 1.5rem; }
}
@media print {
  body { padding: 0; font-size: 11pt; }
  .row { display: block; }
  .notes { margin: 0 0 .8rem 1.2rem; }
  .note { background: none; }
  mark, .note, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; }
}
)css";

constexpr qsizetype kPassageLength = 280;

/** True when text on @p hex ("#rrggbb") reads better in white. */
bool isDark(const QString &hex)
{
    if (hex.size() != 7)
        return false;
    bool ok = false;
    const uint rgb = QStringView(hex).mid(1).toUInt(&ok, 16);
    if (!ok)
        return false;
    const double r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
    return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

QString colorOf(const Annotation &a)
{
    const QString hex = Annotation::colorHex(a.color);
    return hex.isEmpty() ? Annotation::colorHex(Annotation::defaultColor()) : hex;
}

/** Text with line breaks as <br>. */
void appendText(QString &out, QStringView text)
{
    qsizetype from = 0;
    for (qsizetype nl = text.indexOf(u'\n'); nl >= 0; nl = text.indexOf(u'\n', from)) {
        appendEscapedHtml(out, text.mid(from, nl - from));
        out += QLatin1StringView("<br>");
        from = nl + 1;
    }
    appendEscapedHtml(out, text.mid(from));
}

void appendCard(QString &out, const NoteEntry &e, bool linked)
{
    const Annotation &a = *e.note;
    out += QStringLiteral("<article class=\"note\" id=\"note-%1\" style=\"border-left-color: %2\">")
               .arg(e.number)
               .arg(colorOf(a));
    out += QLatin1StringView("<p class=\"note-head\">");
    if (linked)
        out += QStringLiteral("<a href=\"#ref-%1\">").arg(e.number) + tr("Note %1").arg(e.number)
               + QLatin1StringView("</a>");
    else
        out += tr("Note %1").arg(e.number);
    if (!e.speaker.isEmpty()) {
        out += QStringLiteral(" · ")
               + tr("%1, quoted").arg(QStringLiteral("<bdi>%1</bdi>").arg(escapeHtml(e.speaker)));
    }
    out += QLatin1StringView("</p>");
    if (!e.passage.isEmpty()) {
        QString passage = e.passage.simplified();
        if (passage.size() > kPassageLength)
            passage = passage.left(kPassageLength - 1) + u'…';
        out += QLatin1StringView("<blockquote dir=\"auto\">") + escapeHtml(passage)
               + QLatin1StringView("</blockquote>");
    }
    const QString text = a.text.trimmed();
    if (!text.isEmpty()) {
        out += QLatin1StringView("<div class=\"note-text\">");
        for (const QString &para : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            out += QLatin1StringView("<p dir=\"auto\">") + escapeHtml(para.trimmed())
                   + QLatin1StringView("</p>");
        }
        out += QLatin1StringView("</div>");
    }
    out += QLatin1StringView("<p class=\"note-meta\">");
    for (const QString &tag : a.tags)
        out += QLatin1StringView("<span class=\"tag\">#") + escapeHtml(tag)
               + QLatin1StringView("</span>");
    out += QStringLiteral("<span class=\"swatch\" style=\"background-color: %1\"></span>")
               .arg(colorOf(a));
    out += escapeHtml(a.color.isEmpty() ? Annotation::defaultColor() : a.color);
    out += QLatin1StringView("</p></article>\n");
}

struct Row
{
    Span span;
    ParagraphRole role = ParagraphRole::Body;
    QList<const NoteEntry *> cards;
};

/** The paragraph's text with the passages of @p active highlighted. */
void appendParagraph(QString &out, const Article &article, const Row &row, qsizetype nextStart,
                     const QList<const NoteEntry *> &active)
{
    const QString &text = article.document.text();
    QList<qsizetype> cuts{row.span.start, row.span.end};
    for (const NoteEntry *e : active) {
        const Span &s = e->note->span;
        if (s.start > row.span.start && s.start < row.span.end)
            cuts.append(s.start);
        if (s.end > row.span.start && s.end < row.span.end)
            cuts.append(s.end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    const char *tag = row.role == ParagraphRole::Headline     ? "text headline"
                      : row.role == ParagraphRole::BlockQuote ? "text quote"
                                                              : "text";
    out += QStringLiteral("<p class=\"%1\" dir=\"auto\">").arg(QLatin1StringView(tag));
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const Span piece{cuts.at(i), cuts.at(i + 1)};
        const NoteEntry *top = nullptr; // the innermost note on the piece
        for (const NoteEntry *e : active) {
            const Span &s = e->note->span;
            if (!s.contains(piece))
                continue;
            if (!top || s.start > top->note->span.start
                || (s.start == top->note->span.start && s.end < top->note->span.end))
                top = e;
        }
        const QStringView words = QStringView(text).mid(piece.start, piece.length());
        if (top) {
            const QString hex = colorOf(*top->note);
            out += QStringLiteral("<mark%1 style=\"background-color: %2\">")
                       .arg(isDark(hex) ? QStringLiteral(" class=\"dark\"") : QString(), hex);
            appendText(out, words);
            out += QLatin1StringView("</mark>");
        } else {
            appendText(out, words);
        }
        for (const NoteEntry *e : active) {
            const qsizetype end = e->note->span.end;
            // a passage that ends between paragraphs has its mark at the paragraph's end
            if (end == piece.end
                || (piece.end == row.span.end && end > row.span.end && end <= nextStart)) {
                out += QStringLiteral("<sup class=\"ref\" id=\"ref-%1\"><a href=\"#note-%1\">%1"
                                      "</a></sup>")
                           .arg(e->number);
            }
        }
    }
    out += QLatin1StringView("</p>\n");
}

QList<Row> rowsOf(const Article &article)
{
    QList<Row> rows;
    for (const Paragraph &p : article.paragraphs)
        rows.append(Row{p.span, p.role, {}});
    if (rows.isEmpty() && !article.document.text().isEmpty()) {
        // no analysis of the structure: paragraphs are separated by blank lines
        const QString &text = article.document.text();
        qsizetype from = 0;
        while (from < text.size()) {
            qsizetype stop = text.indexOf(QStringLiteral("\n\n"), from);
            if (stop < 0)
                stop = text.size();
            if (!QStringView(text).mid(from, stop - from).trimmed().isEmpty())
                rows.append(Row{Span{from, stop}, ParagraphRole::Body, {}});
            from = stop + 2;
        }
    }
    return rows;
}

/** The article's paragraphs with the notes on passages (@p placed, by start) beside them. */
void appendArticle(QString &out, const Article &article, const QList<NoteEntry> &placed,
                   bool wholeArticle)
{
    QList<Row> rows = rowsOf(article);
    out += QStringLiteral("<section class=\"article\">\n<h2>") + tr("Article")
           + QStringLiteral("</h2>\n");
    if (rows.isEmpty()) {
        out += QStringLiteral("<p class=\"gap\">") + tr("The article has no text.")
               + QStringLiteral("</p>\n</section>\n");
        return;
    }
    qsizetype next = 0;
    QList<const NoteEntry *> active;
    bool skipped = false;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        Row &row = rows[r];
        const bool last = r + 1 == rows.size();
        active.removeIf([&](const NoteEntry *e) { return e->note->span.end <= row.span.start; });
        while (next < placed.size()
               && (last || placed.at(next).note->span.start < row.span.end)) {
            const NoteEntry *e = &placed.at(next++);
            row.cards.append(e); // its card sits beside the paragraph it starts in
            if (e->note->span.end > row.span.start)
                active.append(e);
        }
        if (!wholeArticle && row.cards.isEmpty() && active.isEmpty()) {
            skipped = true;
            continue;
        }
        if (skipped)
            out += QStringLiteral("<p class=\"gap\">[…]</p>\n");
        skipped = false;
        out += QStringLiteral("<div class=\"row\">\n");
        QList<const NoteEntry *> here;
        for (const NoteEntry *e : std::as_const(active)) {
            if (e->note->span.start < row.span.end)
                here.append(e);
        }
        appendParagraph(out, article, row,
                        last ? article.document.text().size() : rows.at(r + 1).span.start, here);
        if (!row.cards.isEmpty()) {
            out += QStringLiteral("<aside class=\"notes\">\n");
            for (const NoteEntry *e : std::as_const(row.cards))
                appendCard(out, *e, e->note->span.end > row.span.start
                                        || e->note->span.end == e->note->span.start);
            out += QStringLiteral("</aside>\n");
        }
        out += QStringLiteral("</div>\n");
    }
    if (skipped)
        out += QStringLiteral("<p class=\"gap\">[…]</p>\n");
    out += QStringLiteral("</section>\n");
}

void appendGroups(QString &out, const Outline::Section &section)
{
    if (section.groups.isEmpty())
        out += QStringLiteral("<p class=\"gap\">") + escapeHtml(section.empty)
               + QStringLiteral("</p>\n");
    for (const Outline::Group &group : section.groups) {
        out += QStringLiteral("<h3 dir=\"auto\">") + escapeHtml(group.heading)
               + QStringLiteral("</h3>\n<ul class=\"plain\">\n");
        for (const Outline::Item &item : group.items) {
            out += QStringLiteral("<li dir=\"auto\">") + escapeHtml(item.text);
            if (!item.kind.isEmpty())
                out += QStringLiteral(" <span class=\"kind\">(") + escapeHtml(item.kind)
                       + QStringLiteral(")</span>");
            out += QStringLiteral("</li>\n");
        }
        out += QStringLiteral("</ul>\n");
    }
}

void appendSection(QString &out, const Article &article, const Outline::Section &section,
                   bool wholeArticle)
{
    using Part = Outline::Part;
    if (section.part == Part::Passages) {
        appendArticle(out, article, section.notes, wholeArticle);
        return;
    }
    const char *kind = section.part == Part::ArticleNotes ? "notes article-notes"
                       : section.part == Part::Orphans    ? "notes orphans"
                       : section.part == Part::Claims     ? "claims"
                                                          : "quotes";
    out += QStringLiteral("<section class=\"%1\">\n<h2>").arg(QLatin1StringView(kind))
           + escapeHtml(section.heading) + QStringLiteral("</h2>\n");
    if (!section.intro.isEmpty())
        out += QStringLiteral("<p>") + escapeHtml(section.intro) + QStringLiteral("</p>\n");
    for (const NoteEntry &e : section.notes)
        appendCard(out, e, false);
    if (section.part == Part::Claims || section.part == Part::Quotes)
        appendGroups(out, section);
    out += QStringLiteral("</section>\n");
}

} // namespace

QString toHtml(const Article &article, const QList<Annotation> &notes, const Options &options)
{
    const Outline outline = Outline::of(article, notes, options);
    const QString &title = outline.title;
    QString out;
    out.reserve(article.document.text().size() * 5 / 4 + 8192 + outline.noteCount * 700);
    // the language of the headings, for screen readers and hyphenation (none in C: English)
    const QString lang = options.locale.language() == QLocale::C
                             ? QString()
                             : QStringLiteral(" lang=\"%1\"").arg(options.locale.bcp47Name());
    out += QStringLiteral("<!DOCTYPE html>\n<html") + lang
           + QStringLiteral(">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\">\n<meta name=\"generator\" content=\"Gloss\">\n");
    out += QStringLiteral("<title>") + tr("Notes: %1").arg(escapeHtml(title))
           + QStringLiteral("</title>\n");
    out += QStringLiteral("<style>") + QLatin1StringView(kStyle) + QStringLiteral("</style>\n");
    out += QStringLiteral("</head>\n<body>\n<header>\n<h1 dir=\"auto\">") + escapeHtml(title)
           + QStringLiteral("</h1>\n<p class=\"meta\">");
    QStringList meta;
    if (!outline.byline.isEmpty())
        meta.append(escapeHtml(outline.byline));
    if (!outline.dateline.isEmpty())
        meta.append(escapeHtml(outline.dateline));
    const SourceMeta &source = outline.source;
    const auto bdi = [](const QString &text) {
        return QStringLiteral("<bdi>") + escapeHtml(text) + QStringLiteral("</bdi>");
    };
    if (isLinkable(source.url)) {
        const QString url = escapeHtml(source.url);
        const QString link = QStringLiteral("<a href=\"%1\"><bdi>%1</bdi></a>").arg(url);
        meta.append(tr("Source: %1").arg(link));
    } else {
        meta.append(tr("Source: %1").arg(bdi(outline.sourceText)));
    }
    if (!source.url.isEmpty() && !source.file.isEmpty())
        meta.append(tr("File: %1").arg(bdi(source.file)));
    if (!source.site.isEmpty())
        meta.append(tr("Site: %1").arg(bdi(source.site)));
    if (!source.author.isEmpty())
        meta.append(tr("Author: %1").arg(bdi(source.author)));
    if (source.published.isValid()) {
        meta.append(tr("Published %1")
                        .arg(QStringLiteral("<time datetime=\"%1\">%2</time>")
                                 .arg(source.published.toUTC().toString(Qt::ISODate),
                                      publishedDate(source.published))));
    }
    meta.append(tr("Exported %1").arg(outline.exported));
    QString count = tr("%n note(s)", nullptr, outline.noteCount);
    if (outline.orphanCount > 0)
        count += tr(", %1 orphaned").arg(options.locale.toString(outline.orphanCount));
    meta.append(count);
    out += meta.join(QStringLiteral("<br>\n")) + QStringLiteral("</p>\n</header>\n<main>\n");

    for (const Outline::Section &section : outline.sections)
        appendSection(out, article, section, options.wholeArticle);
    out += QStringLiteral("</main>\n<footer>") + tr("Exported from Gloss.")
           + QStringLiteral("</footer>\n</body>\n</html>\n");
    return out;
}

} // namespace gloss::NoteExport
