// Fuzzes the W3C importer: NoteImport::read on a fixed article that already has notes, with and
// without force, and NoteImport::merged. Promises checked: a refusal says why and imports
// nothing; an import reports what it did (counts add up, orphans counted); every imported note
// is either placed on exactly its quoted words inside the text or an orphan with an empty
// span; new notes are new, updated ones exist; merging keeps every existing note; forcing never
// imports less; reading twice gives the same result.
#include "FuzzCommon.h"

#include "export/NoteImport.h"

#include <QSet>
#include <QTimeZone>

using namespace gloss;

namespace {

const Document &article()
{
    static const Document doc(
        QStringLiteral("Harbour town (Wire) - The council voted 7-2 on Tuesday to close the old "
                       "bridge, a plan the mayor called \u201Ca necessary step.\u201D\n\n"
                       "\u201CWe didn't choose this,\u201D said a baker by the river. The "
                       "repairs would cost $4.5 million, up 12% since 2021.\n\n"
                       "Emoji \U0001F30A and combining e\u0301 stay put. The end."),
        QStringLiteral("/fuzz/harbour.txt"));
    return doc;
}

/** Two notes the article has already: on "old bridge" and on the whole article. */
const QList<Annotation> &existing()
{
    static const QList<Annotation> notes = [] {
        const Document &doc = article();
        const qsizetype at = doc.text().indexOf(QStringLiteral("old bridge"));
        Annotation onWords = Annotation::onSpan(doc, Span{at, at + 10}, QStringLiteral("one"));
        onWords.id = QUuid(QStringLiteral("{11111111-1111-4111-8111-111111111111}"));
        onWords.created = onWords.modified =
            QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::UTC);
        Annotation whole = Annotation::onArticle(QStringLiteral("two"));
        whole.id = QUuid(QStringLiteral("{22222222-2222-4222-8222-222222222222}"));
        whole.created = whole.modified = onWords.created;
        return QList<Annotation>{onWords, whole};
    }();
    return notes;
}

void checkPlaced(const Annotation &a)
{
    const QString &text = article().text();
    GLOSS_FUZZ_CHECK(!a.id.isNull());
    GLOSS_FUZZ_CHECK(invariants::spanInside(a.span, text.size()));
    if (a.isArticleNote()) {
        GLOSS_FUZZ_CHECK(a.span.isEmpty() && a.state == AnchorState::Anchored);
    } else if (a.isOrphan()) {
        GLOSS_FUZZ_CHECK(a.span == Span{});
    } else {
        GLOSS_FUZZ_CHECK(!a.span.isEmpty());
        GLOSS_FUZZ_CHECK(text.mid(a.span.start, a.span.length()) == a.quote.exact);
    }
}

bool sameResult(const NoteImport::Result &a, const NoteImport::Result &b)
{
    return a.ok == b.ok && a.otherArticle == b.otherArticle && a.error == b.error
           && a.problems == b.problems && a.fileSource == b.fileSource && a.added == b.added
           && a.updated == b.updated && a.unchanged == b.unchanged && a.orphaned == b.orphaned;
}

void check(const NoteImport::Result &r)
{
    if (!r.ok) {
        GLOSS_FUZZ_CHECK(!r.error.isEmpty());
        GLOSS_FUZZ_CHECK(r.added.isEmpty() && r.updated.isEmpty());
        return;
    }
    GLOSS_FUZZ_CHECK(r.error.isEmpty());
    GLOSS_FUZZ_CHECK(r.added.size() + r.updated.size() + r.unchanged > 0);
    QSet<QUuid> known, seen;
    for (const Annotation &a : existing())
        known.insert(a.id);
    int orphans = 0;
    for (const Annotation &a : r.added) {
        checkPlaced(a);
        GLOSS_FUZZ_CHECK(!known.contains(a.id) && !seen.contains(a.id));
        seen.insert(a.id);
        orphans += a.isOrphan();
    }
    for (const Annotation &a : r.updated) {
        checkPlaced(a);
        GLOSS_FUZZ_CHECK(known.contains(a.id) && !seen.contains(a.id));
        seen.insert(a.id);
        orphans += a.isOrphan();
    }
    GLOSS_FUZZ_CHECK(orphans == r.orphaned);
    GLOSS_FUZZ_CHECK(!r.summary().isEmpty());
    const QList<Annotation> merged = NoteImport::merged(existing(), r);
    GLOSS_FUZZ_CHECK(merged.size() == existing().size() + r.added.size());
    QSet<QUuid> mergedIds;
    for (const Annotation &a : merged)
        mergedIds.insert(a.id);
    GLOSS_FUZZ_CHECK(mergedIds.size() == merged.size()); // no id twice
    GLOSS_FUZZ_CHECK(mergedIds.contains(known));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const NoteImport::Result plain = NoteImport::read(bytes, article(), existing(), false);
    check(plain);
    const NoteImport::Result forced = NoteImport::read(bytes, article(), existing(), true);
    check(forced);
    GLOSS_FUZZ_CHECK(!plain.ok || sameResult(plain, forced));
    GLOSS_FUZZ_CHECK(plain.ok || !forced.ok || plain.otherArticle);
    GLOSS_FUZZ_CHECK(sameResult(forced, NoteImport::read(bytes, article(), existing(), true)));
    return 0;
}
