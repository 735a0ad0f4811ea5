"""Read one split of the PolNeAR corpus (brat standoff) for the learning tools.

A split folder holds text/STEM.txt (the article, UTF-8) and attributions/STEM_XXXX.ann (one
annotator's spans and attributions); of several annotators' files of one article the first by
name is read. Offsets are code points of the text. Python 3 standard library only.
"""
import os
import re


def attributions(ann_path):
    """The attributions of one .ann file in file order, each a dict from role (Source, Cue,
    Content) to its list of (start, end) spans; a role the line does not give is missing."""
    spans, out = {}, []
    with open(ann_path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            if parts[0].startswith("T"):
                kind, rng = parts[1].split(" ", 1)
                spans[parts[0]] = [tuple(int(x) for x in p.split()) for p in rng.split(";")]
            elif parts[0].startswith("E"):
                roles = dict(role.partition(":")[::2] for role in parts[1].split())
                out.append(roles)
    return [{key: spans[ref] for key, ref in roles.items() if ref in spans} for roles in out]


def articles(split_dir):
    """(text, attributions) of each article of the split, sorted by file name."""
    seen = set()
    ann_dir = os.path.join(split_dir, "attributions")
    for name in sorted(os.listdir(ann_dir)):
        stem = re.sub(r"_[0-9a-f]{4}\.ann$", "", name)
        if stem in seen or not name.endswith(".ann"):
            continue
        seen.add(stem)
        with open(os.path.join(split_dir, "text", stem + ".txt"), encoding="utf-8") as f:
            text = f.read()
        yield text, attributions(os.path.join(ann_dir, name))


def quoted(text):
    """For each character: inside a double-quoted stretch of its paragraph."""
    inside, out = False, []
    for ch in text:
        if ch == "\n":
            inside = False
        elif ch == "\u201c":
            inside = True
        elif ch == "\u201d":
            inside = False
        elif ch == '"':
            inside = not inside
        out.append(inside)
    return out


def cue_mask(text, atts):
    """For each character (and one past the end): 1 when it lies inside a marked cue span of
    one of the attributions."""
    in_cue = bytearray(len(text) + 1)
    for a in atts:
        for s, e in a.get("Cue", []):
            for i in range(max(0, s), min(e, len(text))):
                in_cue[i] = 1
    return in_cue
