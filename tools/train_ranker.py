#!/usr/bin/env python3
"""Learn the quote-speaker candidate ranker from PolNeAR's training split.

Usage:
    python3 tools/train_ranker.py ../shared/corpus/polnear/train resources/attribution/ranker.txt

The analyzer's rules (core/analysis/quotes/Attributor.cpp) attribute the quotes whose pattern
they know; a quote they leave without a speaker goes to the ranker
(core/analysis/quotes/SpeakerRanker.cpp). For each double-quoted stretch of a paragraph the
ranker collects candidate speakers in a bounded window (the paragraph before and the quote's own
paragraph, outside quotes, at most MAX_PER_SIDE each side of the quote):

* NAME: a run of capitalised words ("Sen. Jane Doe"; sentence words like "The" or "But" are not
  part of a name),
* PRON: he, she, they, we, it,
* DESC: a lower-case noun that often heads a marked source in the training articles
  (spokesman, official, campaign, …): learned below, general English, written to the model,

and a NONE candidate that stands for "no speaker". Each candidate has binary features (kind,
side of the quote, distance in words, sentence and paragraph breaks between, the words next to
it when they are lower case, the punctuation that closes and opens the quote, rank by
distance, …: see features()). A candidate is right when it overlaps the source that PolNeAR
marks for the attribution whose content holds the quote; NONE is right when no candidate is
(no marked source, or one outside the window). An averaged perceptron picks one candidate per
quote (fixed order, EPOCHS passes, no randomness); its weights, times 100 and rounded, are
written with the learned head nouns, sorted. The analyzer takes the best candidate only when it
beats NONE by the MARGIN written in the file: a wrong speaker is worse than none.

Capitalised words never become features (their identity is reduced to "CAP"), so no name of
the corpus enters the model. Running the program again on the same corpus writes the same bytes.
The C++ side (SpeakerRanker.cpp) computes the same tokens, candidates and features: change
both together.

Needs only Python 3's standard library (Debian: python3).
"""
import os
import sys

import polnear_split

EPOCHS = 8
MAX_PER_SIDE = 8       # nearest candidates kept on each side of a quote
WINDOW_BEFORE = 600    # characters before the opening mark (and at most the paragraph before)
WINDOW_AFTER = 300     # characters after the closing mark (and at most its own paragraph)
MIN_FEATURE = 3        # a feature seen on fewer training candidates is dropped
HEAD_MIN = 8           # a head noun: last word of a marked source at least this often …
HEAD_SHARE = 0.15      # … in at least this share of its uses outside quotes
MARGIN = 100           # the best candidate must beat NONE by this (weights times 100)

PRONOUNS = {"he", "she", "they", "we", "it"}
# capitalised sentence words that do not start or continue a name (general English)
NOT_NAME = {
    "the", "a", "an", "and", "but", "or", "so", "yet", "in", "on", "at", "for", "to", "of",
    "by", "with", "from", "as", "if", "when", "while", "after", "before", "since", "because",
    "though", "although", "that", "this", "these", "those", "there", "here", "then", "now",
    "he", "she", "they", "we", "it", "i", "you", "his", "her", "their", "our", "its", "my",
    "your", "what", "who", "why", "how", "where", "which", "not", "no", "yes", "still", "also",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "mr", "mrs", "ms", "dr"}


def is_word_char(c):
    return c.isalnum()


def tokens(text, start, end):
    """Words of text[start:end] as (start, end): letters and digits, with inner ' ’ - ."""
    out = []
    i = start
    while i < end:
        if not is_word_char(text[i]):
            i += 1
            continue
        j = i + 1
        while j < end:
            if is_word_char(text[j]):
                j += 1
            elif text[j] in "'\u2019-" and j + 1 < end and is_word_char(text[j + 1]):
                j += 2
            else:
                break
        out.append((i, j))
        i = j
    return out


def lower_word(text, t):
    return text[t[0]:t[1]].lower().replace("\u2019", "'")


def strip_possessive(w):
    return w[:-2] if w.endswith("'s") else w


def is_cap(text, t):
    return text[t[0]].isupper()


def quote_spans(text):
    """(open mark, close mark) of every double-quoted stretch of a paragraph; an unclosed
    quote runs to the end of its paragraph (close = the newline)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in "\u201c\"":
            j = i + 1
            while j < n and text[j] not in "\u201d\"\n":
                j += 1
            if j > i + 1:
                out.append((i, j))
            i = j + 1
        else:
            i += 1
    return out


def paragraph_start(text, pos):
    """Start of the paragraph (line) holding pos."""
    return text.rfind("\n", 0, pos) + 1


def paragraph_end(text, pos):
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


def window(text, open_mark, close_mark):
    p0 = paragraph_start(text, open_mark)
    # the paragraph before (skipping blank lines)
    k = p0 - 1
    while k > 0 and text[k - 1] == "\n":
        k -= 1
    before = paragraph_start(text, k) if p0 > 0 else p0
    lo = max(before, open_mark - WINDOW_BEFORE, 0)
    hi = min(paragraph_end(text, close_mark), close_mark + 1 + WINDOW_AFTER, len(text))
    return lo, hi


def inside_any(pos, quotes):
    """Is pos inside a quote (marks included)? quotes sorted by open mark."""
    lo, hi = 0, len(quotes)
    while lo < hi:
        mid = (lo + hi) // 2
        if quotes[mid][0] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo > 0 and quotes[lo - 1][0] <= pos <= quotes[lo - 1][1]


def candidates(text, toks, quotes, heads):
    """(kind, first token index, last token index) of the candidates among toks."""
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if inside_any(t[0], quotes):
            i += 1
            continue
        w = lower_word(text, t)
        if is_cap(text, t) and strip_possessive(w) not in NOT_NAME:
            j = i
            while (j + 1 < len(toks) and is_cap(text, toks[j + 1])
                   and not inside_any(toks[j + 1][0], quotes)
                   and text[toks[j][1]:toks[j + 1][0]] in (" ", ". ")
                   and strip_possessive(lower_word(text, toks[j + 1])) not in NOT_NAME
                   and not lower_word(text, toks[j]).endswith("'s")):
                j += 1
            out.append(("NAME", i, j))
            i = j + 1
            continue
        if w in PRONOUNS:
            out.append(("PRON_" + w, i, i))
        elif not is_cap(text, t) and strip_possessive(w) in heads:
            out.append(("DESC", i, i))
        i += 1
    return out


def bucket(n, edges):
    for e in edges:
        if n <= e:
            return str(e)
    return str(edges[-1]) + "+"


def gap_mark(gap):
    """The first punctuation of the gap between two words, or '' when there is none."""
    for c in gap:
        if not c.isspace():
            return "Q" if c in "\u201c\u201d\"" else c
    return ""


def neighbour(text, toks, k, gap):
    """A word next to a candidate as a feature value: the punctuation between if any, else the
    lower-case word ('CAP' for a capitalised one); '^' / '$' past the window."""
    if k < 0 or k >= len(toks):
        return "^" if k < 0 else "$"
    mark = gap_mark(gap)
    if mark:
        return mark
    return "CAP" if is_cap(text, toks[k]) else lower_word(text, toks[k])


def char_before(text, lo, pos):
    """Class of the last non-space character before pos: a letter 'w', a paragraph start 'P'."""
    i = pos - 1
    while i >= lo and text[i] in " \t":
        i -= 1
    if i < lo or text[i] == "\n":
        return "P"
    c = text[i]
    return "w" if c.isalnum() else c


def quote_end_char(text, open_mark, close_mark):
    i = close_mark - 1
    while i > open_mark and text[i].isspace():
        i -= 1
    c = text[i]
    return "w" if c.isalnum() else c


def breaks(text, a, b):
    """(sentence ends, paragraph breaks) between positions a < b."""
    s = 0
    for i in range(a, b - 1):
        if text[i] in ".!?" and text[i + 1] in " \n":
            s += 1
    return s, text.count("\n", a, b)


def features(text, lo, hi, open_mark, close_mark, toks, cands):
    """Feature lists: one per candidate, then NONE's."""
    qend = quote_end_char(text, open_mark, close_mark)
    qbefore = char_before(text, lo, open_mark)
    inner = len(tokens(text, open_mark + 1, close_mark))
    qlen = bucket(inner, [3, 8, 20])
    # tokens before the opening mark and after the closing one, for distances
    first_after = next((i for i, t in enumerate(toks) if t[0] > close_mark), len(toks))
    last_before = first_after - 1
    while last_before >= 0 and toks[last_before][0] > open_mark:
        last_before -= 1
    after_text = text[close_mark + 1:close_mark + 3]
    out = []
    rank = {"B": 0, "A": 0}
    order = sorted(range(len(cands)),
                   key=lambda c: (0 if cands[c][2] <= last_before else 1,
                                  -cands[c][2] if cands[c][2] <= last_before else cands[c][1]))
    ranks = [0] * len(cands)
    for c in order:
        side = "B" if cands[c][2] <= last_before else "A"
        ranks[c] = rank[side]
        rank[side] += 1
    for c, (kind, i, j) in enumerate(cands):
        side = "B" if j <= last_before else "A"
        if side == "B":
            dist = last_before - j
            sb, pb = breaks(text, toks[j][1], open_mark)
        else:
            dist = i - first_after
            sb, pb = breaks(text, close_mark, toks[i][0])
        d = bucket(dist, [0, 1, 2, 4, 8, 16])
        prev_gap = text[toks[i - 1][1]:toks[i][0]] if i > 0 else ""
        next_gap = text[toks[j][1]:toks[j + 1][0]] if j + 1 < len(toks) else ""
        p1 = neighbour(text, toks, i - 1, prev_gap)
        n1 = neighbour(text, toks, j + 1, next_gap)
        n2 = ""
        if n1 not in ("^", "$") and j + 2 < len(toks) and not gap_mark(next_gap):
            n2 = neighbour(text, toks, j + 2, text[toks[j + 1][1]:toks[j + 2][0]])
        r = str(min(ranks[c], 2))
        s = side
        f = ["k=" + kind, s + "|k=" + kind, s + "|d=" + d, s + "|k=" + kind + "|d=" + d,
             s + "|sb=" + str(min(sb, 2)), s + "|pb=" + str(min(pb, 1)),
             s + "|k=" + kind + "|sb=" + str(min(sb, 2)),
             s + "|r=" + r, s + "|k=" + kind + "|r=" + r,
             s + "|qe=" + qend, s + "|qe=" + qend + "|d=" + d,
             s + "|qb=" + qbefore, s + "|qb=" + qbefore + "|d=" + d,
             s + "|p1=" + p1, s + "|n1=" + n1, s + "|k=" + kind + "|n1=" + n1,
             s + "|k=" + kind + "|p1=" + p1]
        if n2:
            f.append(s + "|n1n2=" + n1 + "_" + n2)
        if kind == "NAME":
            f.append("nlen=" + bucket(j - i + 1, [1, 2]))
        if lower_word(text, toks[j]).endswith("'s"):
            f.append("poss")
        if side == "A":
            f.append("A|qa=" + gap_mark(after_text) + "|d=" + d)
        out.append(f)
    out.append(["none", "none|qe=" + qend, "none|qb=" + qbefore, "none|qlen=" + qlen,
                "none|qe=" + qend + "|qb=" + qbefore])
    return out


def articles(split_dir):
    """(text, [(content spans, source spans)]) of each article: its attributions with a
    content."""
    for text, atts in polnear_split.articles(split_dir):
        yield text, [(a["Content"], a.get("Source", [])) for a in atts if a.get("Content")]


def learn_heads(arts):
    """Lower-case nouns that end a marked source often: spokesman, official, campaign, …"""
    ends, seen = {}, {}
    for text, attrs in arts:
        quotes = quote_spans(text)
        for t in tokens(text, 0, len(text)):
            if not is_cap(text, t) and not inside_any(t[0], quotes):
                w = strip_possessive(lower_word(text, t))
                seen[w] = seen.get(w, 0) + 1
        for _, source in attrs:
            if not source:
                continue
            s, e = source[-1]
            ts = tokens(text, s, e)
            if ts and not is_cap(text, ts[-1]):
                w = strip_possessive(lower_word(text, ts[-1]))
                if w not in PRONOUNS and w.isalpha():
                    ends[w] = ends.get(w, 0) + 1
    return sorted(w for w, c in ends.items()
                  if c >= HEAD_MIN and c / max(1, seen.get(w, 0)) >= HEAD_SHARE)


def examples(arts, heads):
    """(feature lists, indices of right candidates) per quote; NONE is the last candidate."""
    out = []
    for text, attrs in arts:
        quotes = quote_spans(text)
        for open_mark, close_mark in quotes:
            source = None
            for content, src in attrs:
                if any(a <= open_mark + 1 < b for a, b in content):
                    source = src
                    break
            lo, hi = window(text, open_mark, close_mark)
            toks = tokens(text, lo, hi)
            cands = candidates(text, toks, quotes, heads)
            cands = bounded(toks, cands, open_mark)
            feats = features(text, lo, hi, open_mark, close_mark, toks, cands)
            right = []
            for c, (_, i, j) in enumerate(cands):
                if source and any(min(e, toks[j][1]) > max(s, toks[i][0]) for s, e in source):
                    right.append(c)
            if not right:
                right = [len(cands)]
            out.append((feats, right))
    return out


def bounded(toks, cands, open_mark):
    """The MAX_PER_SIDE nearest candidates each side of the quote, in text order."""
    before = [c for c in cands if toks[c[2]][1] <= open_mark]
    after = [c for c in cands if toks[c[2]][1] > open_mark]
    return before[-MAX_PER_SIDE:] + after[:MAX_PER_SIDE]


def train(exs):
    counts = {}
    for feats, _ in exs:
        for f in feats:
            for x in f:
                counts[x] = counts.get(x, 0) + 1
    keep = {x for x, c in counts.items() if c >= MIN_FEATURE}
    w, total, stamp = {}, {}, {}
    step = 0

    def score(f):
        return sum(w.get(x, 0.0) for x in f if x in keep)

    def update(f, delta):
        for x in f:
            if x not in keep:
                continue
            total[x] = total.get(x, 0.0) + (step - stamp.get(x, 0)) * w.get(x, 0.0)
            stamp[x] = step
            w[x] = w.get(x, 0.0) + delta

    for _ in range(EPOCHS):
        for feats, right in exs:
            step += 1
            scores = [score(f) for f in feats]
            best = max(range(len(feats)), key=lambda c: (scores[c], c == len(feats) - 1))
            if best in right:
                continue
            gold = max(right, key=lambda c: scores[c])
            update(feats[gold], 1.0)
            update(feats[best], -1.0)
    step += 1
    avg = {}
    for x in w:
        t = total.get(x, 0.0) + (step - stamp.get(x, 0)) * w[x]
        v = int(round(100 * t / step))
        if v:
            avg[x] = v
    return avg


def evaluate(exs, weights, margin):
    """(picked, right) on exs: quotes given a speaker and those given the right one."""
    picked = good = 0
    for feats, right in exs:
        scores = [sum(weights.get(x, 0) for x in f) for f in feats]
        none = scores[-1]
        best = max(range(len(feats) - 1), key=lambda c: scores[c], default=None)
        if best is None or scores[best] < none + margin:
            continue
        picked += 1
        good += best in right
    return picked, good


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    arts = list(articles(argv[1]))
    if not arts:
        print(f"no articles in {argv[1]}: is it a PolNeAR split?", file=sys.stderr)
        return 1
    heads = learn_heads(arts)
    exs = examples(arts, set(heads))
    weights = train(exs)
    picked, good = evaluate(exs, weights, MARGIN)
    lines = ["# Quote-speaker ranker learned from PolNeAR train by tools/train_ranker.py "
             "(do not edit by hand).",
             f"# {len(arts)} articles, {len(exs)} quotes, {EPOCHS} epochs; on train: "
             f"{picked} quotes given a speaker, {good} right",
             "# @margin<TAB>n: the best candidate must beat NONE by n; "
             "@head<TAB>word: a noun heading a source; feature<TAB>weight (times 100)",
             f"@margin\t{MARGIN}"]
    lines += [f"@head\t{h}" for h in heads]
    lines += [f"{x}\t{v}" for x, v in sorted(weights.items())]
    os.makedirs(os.path.dirname(os.path.abspath(argv[2])), exist_ok=True)
    with open(argv[2], "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(weights)} weights, {len(heads)} head nouns written to {argv[2]} "
          f"(train: {picked} picked, {good} right)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
