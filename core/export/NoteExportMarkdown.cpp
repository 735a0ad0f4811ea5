// Markdown (CommonMark) export of notes.
#include "ArticleFacts.h"
#include "ExportOutline.h"
#include "NoteExport.h"
#include "NoteOrder.h"

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

void appendGroups(QString &out, const Outline::Section &section)
{
    if (section.groups.isEmpty())
        out += u'_' + section.empty + QLatin1StringView("_\n\n");
    for (const Outline::Group &group : section.groups) {
        out += QStringLiteral("### ") + escapeMarkdownInline(group.heading)
               + QLatin1StringView("\n\n");
        for (const Outline::Item &item : group.items) {
            out += QStringLiteral("- ") + escapeMarkdownInline(item.text);
            if (!item.kind.isEmpty())
                out += QStringLiteral(" *(") + item.kind + QStringLiteral(")*");
            out += u'\n';
        }
        out += u'\n';
    }
}

void appendSection(QString &out, const Outline::Section &section)
{
    out += QStringLiteral("## ") + section.heading + QLatin1StringView("\n\n");
    if (!section.intro.isEmpty())
        out += u'_' + section.intro + QLatin1StringView("_\n\n");
    switch (section.part) {
    case Outline::Part::Claims:
    case Outline::Part::Quotes:
        appendGroups(out, section);
        return;
    case Outline::Part::Passages:
        if (section.notes.isEmpty())
            out += u'_' + section.empty + QLatin1StringView("_\n\n");
        break;
    case Outline::Part::ArticleNotes:
    case Outline::Part::Orphans:
        break;
    }
    for (const NoteEntry &e : section.notes)
        appendNote(out, e, section.part == Outline::Part::Passages);
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
    const Outline outline = Outline::of(article, notes, options);
    QString out;
    out.reserve(4096 + outline.noteCount * 400);
    out += QStringLiteral("# ") + tr("Notes: %1").arg(escapeMarkdownInline(outline.title))
           + QLatin1StringView("\n\n");
    const SourceMeta &source = outline.source;
    const auto item = [&out](const QString &line) { out += QStringLiteral("- ") + line + u'\n'; };
    if (isLinkable(source.url))
        item(tr("Source: %1").arg(u'<' + source.url + u'>')); // autolink
    else
        item(tr("Source: %1").arg(escapeMarkdownInline(outline.sourceText)));
    if (!source.url.isEmpty() && !source.file.isEmpty())
        item(tr("File: %1").arg(escapeMarkdownInline(source.file)));
    if (!source.site.isEmpty())
        item(tr("Site: %1").arg(escapeMarkdownInline(source.site)));
    if (!source.author.isEmpty())
        item(tr("Author: %1").arg(escapeMarkdownInline(source.author)));
    if (const QString published = publishedDate(source.published); !published.isEmpty())
        item(tr("Published: %1").arg(escapeMarkdownInline(published)));
    if (!outline.byline.isEmpty())
        item(tr("Byline: %1").arg(escapeMarkdownInline(outline.byline)));
    if (!outline.dateline.isEmpty())
        item(tr("Dateline: %1").arg(escapeMarkdownInline(outline.dateline)));
    item(tr("Exported: %1").arg(outline.exported));
    out += QStringLiteral("- ")
           + tr("Notes: %1", "count").arg(options.locale.toString(outline.noteCount));
    if (outline.orphanCount > 0)
        out += u' ' + tr("(%1 orphaned)").arg(options.locale.toString(outline.orphanCount));
    out += QLatin1StringView("\n\n");
    for (const Outline::Section &section : outline.sections)
        appendSection(out, section);
    return out.trimmed() + u'\n';
}

} // namespace gloss::NoteExport
