#!/usr/bin/env python3
"""Learn the attribution cue words of English news from PolNeAR's training split.

Usage:
    python3 tools/learn_cues.py ../shared/corpus/polnear/train resources/attribution/cues.txt

PolNeAR (Newell, Margolin and Ruths, LREC 2018) marks every attribution of its articles with a
source, a cue and a content (brat standoff: text/STEM.txt and attributions/STEM_XXXX.ann; of
several annotators' files of one article the first by name is read). For every word of the
articles outside double quotes this counts how often it occurs and how often it lies inside a
marked cue. A word is kept as a cue when it was a cue at least MIN_COUNT times and at least
MIN_SHARE of its occurrences were cues: general reporting, belief and intention verbs ("said",
"according", "believes", "vowed"), never names (a name is rarely a cue).

Cues in context: a word that is no cue often enough on its own may be one when "that" or "to"
follows it ("the study found that", "she hopes that", "he pledged to", "they sought to").
Counting only the occurrences followed by that word, a word is kept as a context cue when it was
a cue at least MIN_CONTEXT_COUNT times and in at least MIN_CONTEXT_SHARE of them. Those lines
carry a fourth column, "that" or "to": the analyzer takes them as cues only before that word.

The output is a small text resource that the analyzer compiles in (core/analysis/quotes/
CMakeLists.txt) and reads through quotes::lexicon::learnedCues(): one word per line with its
cue share in thousandths and its cue count (and "that" or "to" for a context cue), sorted by
word. Running the program again on the
same corpus writes the same bytes (no randomness, no dates, sorted output).

Needs only Python 3's standard library (Debian: python3).
"""
import os
import re
import sys

import polnear_split

MIN_COUNT = 8      # seen as a cue at least this often
MIN_SHARE = 0.6    # and a cue in at least this share of its occurrences outside quotes
CONTEXTS = ("that", "to")  # the words after which a context cue is counted
MIN_CONTEXT_COUNT = 5      # a context cue: a cue before that word at least this often
MIN_CONTEXT_SHARE = 0.5    # and in at least this share of its occurrences before it
WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019]*")


def learn(split_dir):
    """(word, share per mille, count, context) of every cue kept; context "" or one of
    CONTEXTS."""
    seen, as_cue = {}, {}
    seen_ctx, cue_ctx = {}, {}  # keyed by (word, context)
    for text, atts in polnear_split.articles(split_dir):
        in_cue = polnear_split.cue_mask(text, atts)
        q = polnear_split.quoted(text)
        words = [m for m in WORD.finditer(text) if not q[m.start()]]
        for i, m in enumerate(words):
            w = m.group().lower().replace("\u2019", "'")
            seen[w] = seen.get(w, 0) + 1
            if in_cue[m.start()]:
                as_cue[w] = as_cue.get(w, 0) + 1
            n = words[i + 1] if i + 1 < len(words) else None
            if n is not None and n.group().lower() in CONTEXTS \
                    and not text[m.end():n.start()].strip():
                key = (w, n.group().lower())
                seen_ctx[key] = seen_ctx.get(key, 0) + 1
                if in_cue[m.start()]:
                    cue_ctx[key] = cue_ctx.get(key, 0) + 1
    kept = []
    for w, c in as_cue.items():
        share = c / seen[w]
        if c >= MIN_COUNT and share >= MIN_SHARE:
            kept.append((w, int(share * 1000 + 0.5), c, ""))
    plain = {w for w, _, _, _ in kept}
    for (w, ctx), c in cue_ctx.items():
        share = c / seen_ctx[(w, ctx)]
        if w not in plain and c >= MIN_CONTEXT_COUNT and share >= MIN_CONTEXT_SHARE:
            kept.append((w, int(share * 1000 + 0.5), c, ctx))
    return sorted(kept)


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    kept = learn(argv[1])
    if not kept:
        print(f"no cue words learned from {argv[1]}: is it a PolNeAR split?", file=sys.stderr)
        return 1
    lines = ["# Attribution cue words learned from PolNeAR train by tools/learn_cues.py "
             "(do not edit by hand).",
             f"# word<TAB>share of its occurrences that were cues (per mille)<TAB>cue count; "
             f"kept: count >= {MIN_COUNT}, share >= {MIN_SHARE}",
             f"# a fourth column (that, to): a cue only before that word (share and count of "
             f"those occurrences; kept: count >= {MIN_CONTEXT_COUNT}, "
             f"share >= {MIN_CONTEXT_SHARE})"]
    lines += [f"{w}\t{share}\t{c}" + (f"\t{ctx}" if ctx else "") for w, share, c, ctx in kept]
    os.makedirs(os.path.dirname(os.path.abspath(argv[2])), exist_ok=True)
    with open(argv[2], "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(kept)} cue words written to {argv[2]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
