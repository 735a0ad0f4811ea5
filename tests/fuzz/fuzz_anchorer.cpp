// Fuzzes the anchorer: Anchorer::find and Anchorer::anchor on a random text with selectors that
// are either random or taken from the text (then the text is edited: the case of an article
// changed since the note was made). Promises checked: a span lies within the text; an
// Anchored or Moved span is not empty; an orphan's span is empty; the same question gives the
// same answer (on the same Anchorer, whose index is then built, and on a new one); a note
// placed by anchor() quotes exactly the words it is on; on the unchanged text a note made on a
// passage is found there.
#include "FuzzCommon.h"

#include "annotations/Anchorer.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace gloss;

namespace {

QString consumeText(FuzzedDataProvider &in, size_t maxBytes)
{
    const std::string s = in.ConsumeRandomLengthString(maxBytes);
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

void checkMatch(const Anchorer::Match &m, qsizetype length)
{
    GLOSS_FUZZ_CHECK(invariants::spanInside(m.span, length));
    if (m.state == AnchorState::Orphaned)
        GLOSS_FUZZ_CHECK(m.span.isEmpty());
    else
        GLOSS_FUZZ_CHECK(!m.span.isEmpty());
}

bool same(const Anchorer::Match &a, const Anchorer::Match &b)
{
    return a.state == b.state && a.span == b.span;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    const bool fromText = in.ConsumeBool();
    bool sameText = in.ConsumeBool();
    const QString original = consumeText(in, 1 << 16);

    TextQuoteSelector quote;
    TextPositionSelector position;
    QString text = original;
    Span made; // where the note was made, when it was made on the original text
    if (fromText && !original.isEmpty()) {
        const Document before(original, QStringLiteral("before.txt"));
        qsizetype start = in.ConsumeIntegralInRange<qsizetype>(0, original.size() - 1);
        qsizetype end = in.ConsumeIntegralInRange<qsizetype>(start + 1, original.size());
        // a selection in the window never splits a character made of two UTF-16 units
        const auto inPair = [&](qsizetype i) {
            return i > 0 && i < original.size() && original.at(i).isLowSurrogate()
                   && original.at(i - 1).isHighSurrogate();
        };
        start -= inPair(start);
        end += inPair(end);
        Annotation a;
        a.setTarget(before, Span{start, end});
        quote = a.quote;
        position = a.position;
        made = a.span;
        // Edits to the text: each replaces a stretch with new characters.
        const int edits = in.ConsumeIntegralInRange(0, 4);
        for (int e = 0; e < edits && !text.isEmpty(); ++e) {
            const qsizetype at = in.ConsumeIntegralInRange<qsizetype>(0, text.size());
            const qsizetype cut = in.ConsumeIntegralInRange<qsizetype>(0, text.size() - at);
            text.replace(at, cut, consumeText(in, 64));
        }
        sameText = sameText && text == original;
    } else {
        quote.exact = consumeText(in, 256);
        quote.prefix = consumeText(in, 128);
        quote.suffix = consumeText(in, 128);
        position.start = in.ConsumeIntegralInRange<qsizetype>(-2, 1 << 20);
        position.end = in.ConsumeIntegralInRange<qsizetype>(-2, 1 << 20);
        text = consumeText(in, 1 << 16) + original;
    }

    const Document doc(text, QStringLiteral("after.txt"));
    const Anchorer anchorer(doc);
    const Anchorer::Match m = anchorer.find(quote, position, sameText);
    checkMatch(m, text.size());
    if (quote.exact.isEmpty())
        GLOSS_FUZZ_CHECK(m.state == AnchorState::Orphaned);
    if (sameText && !made.isEmpty())
        GLOSS_FUZZ_CHECK(m.state == AnchorState::Anchored && m.span == made);
    if (m.state == AnchorState::Anchored) // at its stored place, on the very words
        GLOSS_FUZZ_CHECK(text.mid(m.span.start, m.span.length()) == quote.exact);

    // Deterministic: again on the same anchorer (its index now built), and on a fresh one.
    GLOSS_FUZZ_CHECK(same(m, anchorer.find(quote, position, sameText)));
    const Anchorer fresh(doc);
    GLOSS_FUZZ_CHECK(same(m, fresh.find(quote, position, sameText)));

    // anchor(): the note's state and span follow find(); a placed note quotes its words.
    Annotation note;
    note.quote = quote;
    note.position = position;
    anchorer.anchor(note, sameText);
    if (note.isArticleNote()) {
        GLOSS_FUZZ_CHECK(note.state == AnchorState::Anchored && note.span.isEmpty());
        return 0;
    }
    GLOSS_FUZZ_CHECK(note.state == m.state && note.span == m.span);
    if (note.isPlaced()) {
        GLOSS_FUZZ_CHECK(text.mid(note.span.start, note.span.length()) == note.quote.exact);
        GLOSS_FUZZ_CHECK(note.position.isValid());
        // Placed again on the same text, it stays where it is.
        const Anchorer::Match again = anchorer.find(note.quote, note.position, true);
        GLOSS_FUZZ_CHECK(again.state == AnchorState::Anchored);
    } else {
        GLOSS_FUZZ_CHECK(note.quote == quote && note.position == position); // kept as it was
    }
    return 0;
}
