#include "ExportOutline.h"

#include "model/KindLabels.h"
#include "model/SpeakerIndex.h"

#include <QHash>

#include <algorithm>

namespace gloss::NoteExport {

namespace {

/** The claims grouped by source, in order of each source's first claim; nobody's last. */
QList<Outline::Group> claimsBySource(const Article &article)
{
    QList<Outline::Group> groups;
    QHash<QString, qsizetype> groupOf;
    Outline::Group nobody{tr("Unattributed"), {}};
    for (const Claim &c : article.claims) {
        const Outline::Item item{article.textOf(c), claimKindLabel(c.kind)};
        const QString name = entityName(article, c.source);
        if (name.isEmpty()) {
            nobody.items.append(item);
            continue;
        }
        const auto found = groupOf.constFind(name);
        if (found != groupOf.cend()) {
            groups[*found].items.append(item);
        } else {
            groupOf.insert(name, groups.size());
            groups.append({name, {item}});
        }
    }
    if (!nobody.items.isEmpty())
        groups.append(nobody);
    return groups;
}

/** The quotes grouped by speaker (SpeakerIndex's order); the quotes of nobody last. */
QList<Outline::Group> quotesBySpeaker(const Article &article)
{
    const auto itemOf = [&article](int index) {
        const Quote &q = article.quotes.at(index);
        return Outline::Item{u'“' + article.textOf(q) + u'”',
                             q.kind == QuoteKind::Direct ? QString() : quoteKindLabel(q.kind)};
    };
    const SpeakerIndex index(article);
    QList<Outline::Group> groups;
    for (int speaker : index.speakers()) {
        Outline::Group group{entityName(article, speaker), {}};
        for (int q : index.quotesOf(speaker))
            group.items.append(itemOf(q));
        groups.append(group);
    }
    QList<int> nobody;
    std::merge(index.unattributed().cbegin(), index.unattributed().cend(),
               index.others().cbegin(), index.others().cend(), std::back_inserter(nobody));
    if (!nobody.isEmpty()) {
        Outline::Group group{tr("No speaker found"), {}};
        for (int q : std::as_const(nobody))
            group.items.append(itemOf(q));
        groups.append(group);
    }
    return groups;
}

/** The sections in their order (a free function: its words are in context gloss::NoteExport). */
QList<Outline::Section> sectionsOf(const Article &article, const NoteOrder &order,
                                   const Options &options)
{
    using Part = Outline::Part;
    QList<Outline::Section> sections;
    if (!order.articleNotes.isEmpty())
        sections.append({Part::ArticleNotes, tr("On the whole article"), {}, {},
                         order.articleNotes, {}});
    sections.append({Part::Passages, tr("Notes in reading order"), {},
                     tr("No notes on passages."), order.placed, {}});
    if (!order.orphans.isEmpty()) {
        sections.append({Part::Orphans, tr("Orphaned notes"),
                         tr("These notes could not be placed in the current text of the "
                            "article; each shows its last known passage."),
                         {}, order.orphans, {}});
    }
    if (options.includeClaims)
        sections.append({Part::Claims, tr("Claims by source"), {}, tr("None found."), {},
                         claimsBySource(article)});
    if (options.includeQuotes)
        sections.append({Part::Quotes, tr("Quotes by speaker"), {}, tr("None found."), {},
                         quotesBySpeaker(article)});
    return sections;
}

} // namespace

Outline Outline::of(const Article &article, const QList<Annotation> &notes,
                    const Options &options)
{
    Outline out;
    out.title = articleTitle(article);
    out.source = sourceMeta(article);
    out.sourceText = articleSource(article);
    out.byline = article.byline;
    out.dateline = article.dateline;
    out.exported = exportDate(options.exportedAt, options.locale);

    const NoteOrder order = NoteOrder::of(article, notes);
    out.noteCount = int(order.size());
    out.orphanCount = int(order.orphans.size());
    out.sections = sectionsOf(article, order, options);
    return out;
}

} // namespace gloss::NoteExport
