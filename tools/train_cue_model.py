#!/usr/bin/env python3
"""Learn, from PolNeAR's training split, which words are attribution cues in their context.

Usage:
    python3 tools/train_cue_model.py ../shared/corpus/polnear/train resources/attribution/cue_model.txt
    python3 tools/train_cue_model.py --holdout 6 ../shared/corpus/polnear/train   # evaluate only

The cue lexicon (tools/learn_cues.py) keeps the words that are cues in most of their uses
("said", "according", "vowed"). Many words are cues in some contexts only: "calls" after a name
("Jane Doe calls for a recount") but not after "phone" ("phone calls"), "believes" after a
subject but not in "make believe", "proposed" before an object but not as an adjective ("the
proposed rule"). This program trains a logistic regression that scores a word outside double
quotes from its context, the way attribution studies build cue classifiers (Pareti 2016;
Newell et al. 2018 for PolNeAR):

  w=WORD            the word (lower case)
  w|p=WORD|PREV     the word and the class of what stands right before it: "pron" (he, she,
                    they, we, i, it, who, you), "cap" (a capitalised word), "low" (another
                    word), or the punctuation mark before it
  w|n=WORD|NEXT     the word and the next word (lower case) or the punctuation mark after it
  w|pw=WORD|PW      the word and the word right before it ("has said", "phone calls"), or "-"
                    after punctuation
  p=PREV, n=NEXT, pw=PW   the contexts on their own
  bias              a constant

Words follow the analyzer's tokenisation (letters and digits, joined by an apostrophe, a hyphen
or a full stop between two of them); "before" and "after" skip spaces only. A word is a cue
example when it starts inside a marked cue span. Only words that start in lower case are
scored (the analyzer never takes a capitalised word as a cue), and only words that were a cue at
least MIN_CUE_COUNT times get a model entry (the analyzer scores no other word); function words
(FUNCTION_WORDS: "has", "is", "also", "to") open many cue spans but are no cue of their own, so
they get none either.

Training: stochastic gradient descent on the log loss, articles in file-name order, EPOCHS
passes with a falling learning rate, weights averaged over all steps (no randomness: running it
again writes the same bytes). The output is a small text resource (see its header) that the
analyzer compiles in and reads through quotes::CueModel; features lighter than MIN_WEIGHT
thousandths are left out (they change few decisions and would make the file four times larger).

Needs only Python 3's standard library (Debian: python3).
"""
import math
import os
import re
import sys

import polnear_split

EPOCHS = 4
RATE = 0.2            # learning rate of the first epoch, divided by the epoch number after
MIN_CUE_COUNT = 3     # a word gets model entries when it was a cue at least this often
THRESHOLD = 0.4       # the analyzer takes a word as a cue when its probability reaches this
SOURCED_THRESHOLD = 0.2  # … or this, when the cue's source resolves to an entity
MIN_WEIGHT = 100      # entries lighter than this (thousandths) are left out: a smaller file
PRONOUNS = {"he", "she", "they", "we", "i", "it", "who", "you"}
# Closed-class words (auxiliaries and their contractions, pronouns, determiners and quantifiers,
# prepositions, conjunctions, adverbs of time and frequency) open many cue spans ("has said",
# "is expected to", "also told", "voted against") but are no cue of their own: the model gets
# no entry for them.
FUNCTION_WORDS = set("""
a an the this that these those it its he she they we i you him her them us me his their our
my your who whom whose which what be is are was were been being am has have had having do does
did done will would can could may might must shall should not n't no also still just only even
now then again already ever never too very so as to of in on at for with by about from into
over under up out off and or but if than because while after before during through
against toward towards among amid between without within upon via per despite like unlike
around across behind beyond near since until onto whether
don't doesn't didn't haven't hasn't hadn't won't wouldn't can't couldn't isn't aren't wasn't
weren't shouldn't all both each every some any many much more most few several other such
always often sometimes usually later earlier soon once here there when where how why
""".split())
WORD = re.compile(r"[^\W_](?:[^\W_]|['\u2019\-.](?=[^\W_]))*")


def norm(word):
    return word.lower().replace("\u2019", "'")


def before(text, start):
    """The class of what stands right before position start (spaces skipped)."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] == "\n":
        return "<start>"
    c = text[i - 1]
    if not (c.isalnum() or c in "'\u2019"):
        return c
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'\u2019-."):
        j -= 1
    while j < i and not text[j].isalnum():
        j += 1
    w = text[j:i]
    if norm(w) in PRONOUNS:
        return "pron"
    return "cap" if w[:1].isupper() else "low"


def after(text, end):
    """The next word (lower case) or the punctuation mark after position end."""
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    if i >= len(text) or text[i] == "\n":
        return "<end>"
    m = WORD.match(text, i)
    return norm(m.group()) if m else text[i]


def previous_word(text, start):
    """The word (lower case) right before position start, or "-"."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "'\u2019-."):
        j -= 1
    return norm(text[j:i]) if j < i else "-"


def features(text, start, end):
    w = norm(text[start:end])
    p, n, pw = before(text, start), after(text, end), previous_word(text, start)
    return ["w=" + w, "w|p=" + w + "|" + p, "w|n=" + w + "|" + n, "p=" + p, "n=" + n, "bias",
            "w|pw=" + w + "|" + pw, "pw=" + pw]


def examples(articles):
    """(features, is a cue) of every lower-case word outside quotes."""
    for text, atts in articles:
        in_cue = polnear_split.cue_mask(text, atts)
        q = polnear_split.quoted(text)
        for m in WORD.finditer(text):
            if q[m.start()] or not m.group()[0].islower():
                continue
            yield features(text, m.start(), m.end()), in_cue[m.start()] == 1


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(data):
    """Averaged logistic-regression weights (dict feature -> weight)."""
    w, total, step = {}, {}, 0
    last = {}  # lazy averaging: the step at which each weight last changed
    for epoch in range(EPOCHS):
        rate = RATE / (epoch + 1)
        for feats, y in data:
            step += 1
            g = (float(y) - sigmoid(sum(w.get(f, 0.0) for f in feats))) * rate
            if abs(g) < 1e-6:
                continue
            for f in feats:
                old = w.get(f, 0.0)
                total[f] = total.get(f, 0.0) + old * (step - last.get(f, 0))
                last[f] = step
                w[f] = old + g
    for f, old in w.items():
        total[f] = total.get(f, 0.0) + old * (step - last.get(f, 0))
    return {f: t / step for f, t in total.items()}


def cue_words(data):
    counts = {}
    for feats, y in data:
        if y:
            counts[feats[0]] = counts.get(feats[0], 0) + 1
    return {f[2:] for f, c in counts.items()
            if c >= MIN_CUE_COUNT and f[2:] not in FUNCTION_WORDS}


def kept(weights, words):
    """The model entries: features of the cue words and context features, in thousandths."""
    out = []
    for f, v in weights.items():
        milli = int(round(v * 1000))
        if f.startswith("w=") or f.startswith("w|"):
            word = f.split("=", 1)[1].split("|", 1)[0]
            if word not in words:
                continue
            if f.startswith("w="):  # always kept: it says the model knows the word
                out.append((f, milli))
                continue
        if abs(milli) >= MIN_WEIGHT:
            out.append((f, milli))
    return sorted(out)


def score(entries, feats):
    return sigmoid(sum(entries.get(f, 0) for f in feats) / 1000.0)


def holdout(split_dir, k):
    arts = list(polnear_split.articles(split_dir))
    train_arts = [a for i, a in enumerate(arts) if i % k]
    test_arts = [a for i, a in enumerate(arts) if not i % k]
    data = list(examples(train_arts))
    words = cue_words(data)
    entries = dict(kept(train(data), words))
    for th in (0.4, 0.5, 0.6, 0.7):
        tp = fp = fn = 0
        for feats, y in examples(test_arts):
            fired = feats[0] in entries and score(entries, feats) >= th
            tp += fired and y
            fp += fired and not y
            fn += (not fired) and y
        print(f"threshold {th}: precision {tp / max(1, tp + fp):.3f} recall "
              f"{tp / max(1, tp + fn):.3f} (cue words of held-out articles, 1 in {k})")
    return 0


def main(argv):
    if len(argv) == 4 and argv[1] == "--holdout":
        return holdout(argv[3], int(argv[2]))
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    data = list(examples(polnear_split.articles(argv[1])))
    if not data:
        print(f"no articles in {argv[1]}: is it a PolNeAR split?", file=sys.stderr)
        return 1
    words = cue_words(data)
    entries = kept(train(data), words)
    lines = ["# Attribution cues in context, learned from PolNeAR train by "
             "tools/train_cue_model.py (do not edit by hand).",
             f"# {len(data)} lower-case words outside quotes, {EPOCHS} epochs; "
             f"{len(words)} words were cues at least {MIN_CUE_COUNT} times.",
             "# @threshold<TAB>n: a word is a cue when its probability is at least n/1000;",
             "# @sourced_threshold<TAB>n: also when at least n/1000 and its source resolves to an entity;",
             "# feature<TAB>weight (times 1000) of a logistic regression; features as in the tool",
             f"@threshold\t{int(round(THRESHOLD * 1000))}",
             f"@sourced_threshold\t{int(round(SOURCED_THRESHOLD * 1000))}"]
    lines += [f"{f}\t{v}" for f, v in entries]
    os.makedirs(os.path.dirname(os.path.abspath(argv[2])), exist_ok=True)
    with open(argv[2], "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(entries)} features written to {argv[2]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
