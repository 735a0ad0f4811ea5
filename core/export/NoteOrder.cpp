#include "NoteOrder.h"

#include "ArticleFacts.h"
#include "model/SpeakerIndex.h"

#include <algorithm>

namespace gloss::NoteExport {

bool NoteOrder::readsBefore(const Annotation &a, const Annotation &b)
{
    const auto rank = [](const Annotation &n) {
        return n.isArticleNote() ? 0 : n.isOrphan() ? 2 : 1;
    };
    const int ra = rank(a);
    const int rb = rank(b);
    if (ra != rb)
        return ra < rb;
    if (ra == 1) {
        if (a.span.start != b.span.start)
            return a.span.start < b.span.start;
        if (a.span.end != b.span.end)
            return a.span.end < b.span.end;
    }
    if (a.created != b.created)
        return a.created < b.created;
    return a.id < b.id;
}

NoteOrder NoteOrder::of(const Article &article, const QList<Annotation> &notes)
{
    NoteOrder out;
    const SpeakerIndex quotes(article);
    const qsizetype textSize = article.document.text().size();

    for (const Annotation &a : notes) {
        NoteEntry e;
        e.note = &a;
        if (a.isArticleNote()) {
            out.articleNotes.append(e);
        } else if (a.isOrphan() || a.span.isEmpty() || a.span.end > textSize) {
            e.passage = a.quote.exact;
            out.orphans.append(e);
        } else {
            e.passage = article.textOf(a.span);
            e.paragraph = article.paragraphAt(a.span.start);
            const int q = quotes.quoteHolding(a.span);
            if (q >= 0)
                e.speaker = entityName(article, article.quotes.at(q).speaker);
            out.placed.append(e);
        }
    }
    for (QList<NoteEntry> *group : {&out.articleNotes, &out.placed, &out.orphans}) {
        std::stable_sort(group->begin(), group->end(), [](const NoteEntry &x, const NoteEntry &y) {
            return readsBefore(*x.note, *y.note);
        });
    }
    int number = 0;
    for (QList<NoteEntry> *group : {&out.articleNotes, &out.placed, &out.orphans}) {
        for (NoteEntry &e : *group)
            e.number = ++number;
    }
    return out;
}

} // namespace gloss::NoteExport
