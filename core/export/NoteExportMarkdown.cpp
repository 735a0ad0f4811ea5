// Markdown (CommonMark) export of notes.
#include "NoteExport.h"
#include "NoteOrder.h"
#include "model/KindLabels.h"

namespace gloss::NoteExport {

namespace {

/** Characters that CommonMark (or GitHub / Obsidian) would read as markup anywhere in a line. */
bool isInlineSpecial(QChar c)
{
    switch (c.unicode()) {
    case u'\\': case u'`': case u'*': case u'_': case u'[': case u']': case u'<': case u'>':
    case u'&': case u'#': case u'!': case u'|': case u'~': case u'$': case u'=': case u'%':
        return true;
    default:
        return false;
    }
}

void appendEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\t' || c == u'\r') {
            out += u' ';
            continue;
        }
        if (isInlineSpecial(c))
            out += u'\\';
        out += c;
    }
}

/** One line of text as the start of a CommonMark line: no list, heading, rule or code. */
QString escapeLine(QStringView line)
{
    line = line.trimmed();
    QString out;
    out.reserve(line.size() + 8);
    if (!line.isEmpty() && (line.front() == u'-' || line.front() == u'+'))
        out += u'\\';
    // "1." or "1)" starts an ordered list
    qsizetype digits = 0;
    while (digits < line.size() && digits < 10 && line.at(digits).isDigit()
           && line.at(digits).unicode() < 128)
        ++digits;
    if (digits > 0 && digits < line.size()
        && (line.at(digits) == u'.' || line.at(digits) == u')')) {
        appendEscaped(out, line.left(digits));
        out += u'\\';
        appendEscaped(out, line.mid(digits));
    } else {
        appendEscaped(out, line);
    }
    return out;
}

/** Lines of escaped Markdown, each prefixed with @p prefix ("> " in a block quote). */
QString block(const QString &text, QStringView prefix = {})
{
    const QString escaped = escapeMarkdown(text);
    if (prefix.isEmpty())
        return escaped;
    QString out;
    for (QStringView line : QStringView(escaped).split(u'\n')) {
        if (line.isEmpty())
            out += prefix.trimmed();
        else
            out += prefix + line;
        out += u'\n';
    }
    out.chop(1);
    return out;
}

QString tagList(const QStringList &tags)
{
    QStringList out;
    for (QString tag : tags) {
        tag = tag.simplified();
        tag.replace(u' ', u'-');
        out.append(u'#' + escapeMarkdownInline(tag));
    }
    return out.join(u' ');
}

void appendNote(QString &out, const NoteEntry &e, bool withParagraph)
{
    const Annotation &a = *e.note;
    out += QStringLiteral("### ") + tr("Note %1").arg(e.number);
    if (withParagraph && e.paragraph >= 0)
        out += QStringLiteral(" · ") + tr("paragraph %1").arg(e.paragraph + 1);
    out += QLatin1StringView("\n\n");
    if (!e.passage.isEmpty()) {
        out += block(e.passage, u"> ");
        out += u'\n';
        if (!e.speaker.isEmpty())
            out += QStringLiteral(">\n> — *%1*\n").arg(escapeMarkdownInline(e.speaker));
        out += u'\n';
    }
    if (!a.text.trimmed().isEmpty())
        out += block(a.text) + QLatin1StringView("\n\n");
    QStringList meta;
    if (!a.tags.isEmpty())
        meta.append(tr("Tags: %1").arg(tagList(a.tags)));
    if (a.color.startsWith(u'#') && !a.color.contains(u'`'))
        // "#8b0000" as code: no backslash before '#', and no tag in Obsidian either
        meta.append(tr("Colour: %1").arg(u'`' + a.color + u'`'));
    else if (!a.color.isEmpty())
        meta.append(tr("Colour: %1").arg(escapeMarkdownInline(a.color)));
    if (!meta.isEmpty())
        out += meta.join(QStringLiteral(" · ")) + QLatin1StringView("\n\n");
}

template<typename Item, typename KeyOf, typename Line>
void appendGrouped(QString &out, const QList<Item> &items, KeyOf keyOf, Line line,
                   const QString &none)
{
    const auto group = [&](const QString &heading, const QStringList &list) {
        out += QStringLiteral("### ") + escapeMarkdownInline(heading) + QLatin1StringView("\n\n");
        for (const QString &l : list)
            out += QStringLiteral("- ") + l + u'\n';
        out += u'\n';
    };
    if (!forEachGroup(items, keyOf, line, none, group))
        out += u'_' + tr("None found.") + QLatin1StringView("_\n\n");
}

} // namespace

QString escapeMarkdownInline(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    appendEscaped(out, text);
    return out;
}

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool pendingLine = false; // a line was written and the paragraph goes on
    bool pendingParagraph = false;
    for (QStringView line : QStringView(text).split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            pendingParagraph = pendingLine || pendingParagraph;
            pendingLine = false;
            continue;
        }
        if (pendingLine)
            out += QLatin1StringView("\\\n"); // a hard line break, as in the note
        else if (pendingParagraph)
            out += QLatin1StringView("\n\n");
        out += escapeLine(line);
        pendingLine = true;
        pendingParagraph = false;
    }
    return out;
}

QString notesToMarkdown(const Article &article, const QList<Annotation> &notes)
{
    const NoteOrder order = NoteOrder::of(article, notes);
    QString out;
    for (const NoteEntry &e : order.all())
        appendNote(out, e, false);
    return out.trimmed() + u'\n';
}

QString toMarkdown(const Article &article, const QList<Annotation> &notes,
                   const Options &options)
{
    const NoteOrder order = NoteOrder::of(article, notes);
    QString out;
    out.reserve(4096 + order.size() * 400);
    out += QStringLiteral("# ") + tr("Notes: %1").arg(escapeMarkdownInline(articleTitle(article)))
           + QLatin1StringView("\n\n");
    const SourceMeta source = sourceMeta(article);
    const auto item = [&out](const QString &line) { out += QStringLiteral("- ") + line + u'\n'; };
    if (isLinkable(source.url))
        item(tr("Source: %1").arg(u'<' + source.url + u'>')); // autolink
    else
        item(tr("Source: %1").arg(escapeMarkdownInline(articleSource(article))));
    if (!source.url.isEmpty() && !source.file.isEmpty())
        item(tr("File: %1").arg(escapeMarkdownInline(source.file)));
    if (!source.site.isEmpty())
        item(tr("Site: %1").arg(escapeMarkdownInline(source.site)));
    if (!source.author.isEmpty())
        item(tr("Author: %1").arg(escapeMarkdownInline(source.author)));
    if (const QString published = publishedDate(source.published); !published.isEmpty())
        item(tr("Published: %1").arg(escapeMarkdownInline(published)));
    if (!article.byline.isEmpty())
        item(tr("Byline: %1").arg(escapeMarkdownInline(article.byline)));
    if (!article.dateline.isEmpty())
        item(tr("Dateline: %1").arg(escapeMarkdownInline(article.dateline)));
    item(tr("Exported: %1").arg(exportDate(options.exportedAt, options.locale)));
    out += QStringLiteral("- ")
           + tr("Notes: %1", "count").arg(options.locale.toString(order.size()));
    if (!order.orphans.isEmpty())
        out += u' ' + tr("(%1 orphaned)").arg(options.locale.toString(order.orphans.size()));
    out += QLatin1StringView("\n\n");

    if (!order.articleNotes.isEmpty()) {
        out += QStringLiteral("## ") + tr("On the whole article") + QLatin1StringView("\n\n");
        for (const NoteEntry &e : order.articleNotes)
            appendNote(out, e, false);
    }
    out += QStringLiteral("## ") + tr("Notes in reading order") + QLatin1StringView("\n\n");
    if (order.placed.isEmpty())
        out += u'_' + tr("No notes on passages.") + QLatin1StringView("_\n\n");
    for (const NoteEntry &e : order.placed)
        appendNote(out, e, true);
    if (!order.orphans.isEmpty()) {
        out += QStringLiteral("## ") + tr("Orphaned notes") + QLatin1StringView("\n\n_")
               + tr("These notes could not be placed in the current text of the article; each "
                    "shows its last known passage.")
               + QLatin1StringView("_\n\n");
        for (const NoteEntry &e : order.orphans)
            appendNote(out, e, false);
    }
    if (options.includeClaims) {
        out += QStringLiteral("## ") + tr("Claims by source") + QLatin1StringView("\n\n");
        appendGrouped(
            out, article.claims,
            [&](const Claim &c) { return entityName(article, c.source); },
            [&](const Claim &c) {
                return escapeMarkdownInline(c.text) + QStringLiteral(" *(")
                       + claimKindLabel(c.kind) + QStringLiteral(")*");
            },
            tr("Unattributed"));
    }
    if (options.includeQuotes) {
        out += QStringLiteral("## ") + tr("Quotes by speaker") + QLatin1StringView("\n\n");
        appendGrouped(
            out, article.quotes,
            [&](const Quote &q) { return entityName(article, q.speaker); },
            [&](const Quote &q) {
                QString line = u'“' + escapeMarkdownInline(q.text) + u'”';
                if (q.kind != QuoteKind::Direct)
                    line += QStringLiteral(" *(") + quoteKindLabel(q.kind) + QStringLiteral(")*");
                return line;
            },
            tr("No speaker found"));
    }
    return out.trimmed() + u'\n';
}

} // namespace gloss::NoteExport
