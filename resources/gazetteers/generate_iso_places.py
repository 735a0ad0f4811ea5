#!/usr/bin/env python3
"""Writes the iso-codes country and subdivision names as a Gloss gazetteer (build step).

Usage: generate_iso_places.py ISO_CODES_JSON_DIR OUTPUT
Countries become strong GPE entries ("GPE Name|Common name|Official name"); subdivisions of
common administrative types become weak entries ("~GPE Name"): they give a type to a name that
is already recognised, but are no evidence of a name by themselves. A missing iso-codes folder
gives an empty file, so the build never depends on it.
"""
import json
import os
import re
import sys

SUBDIVISION_TYPES = {
    "State", "Province", "County", "Two-tier county", "Metropolitan district", "Unitary authority",
    "London borough", "Council area", "Region", "Prefecture", "Canton", "Emirate", "Governorate",
    "Autonomous region", "Autonomous republic", "Federal district", "City", "Republic",
    "Autonomous community", "Land", "Territory", "Oblast", "Department", "Metropolitan city",
    "City with county rights", "Capital city", "Capital district", "Special administrative region",
}


def clean(name):
    name = re.sub(r"\s*\[.*?\]", "", name).strip()
    if "," in name:
        head, _, tail = name.partition(",")
        tail = tail.strip()
        # "London, City of" -> "City of London"; "Durham, County" -> "County Durham"
        if tail.endswith(" of"):
            return f"{tail} {head.strip()}"
        if tail in ("County",):
            return f"{tail} {head.strip()}"
        return ""
    return name


def main():
    src, out = sys.argv[1], sys.argv[2]
    lines = ["# Generated from iso-codes at build time; do not edit."]
    try:
        with open(os.path.join(src, "iso_3166-1.json"), encoding="utf-8") as f:
            countries = json.load(f)["3166-1"]
        for c in countries:
            names = [clean(c.get("common_name", "")), clean(c.get("name", "")),
                     clean(c.get("official_name", ""))]
            names = [n for i, n in enumerate(names) if n and n not in names[:i]]
            if names:
                lines.append("GPE " + "|".join(names))
        with open(os.path.join(src, "iso_3166-2.json"), encoding="utf-8") as f:
            subdivisions = json.load(f)["3166-2"]
        for s in subdivisions:
            if s.get("type") not in SUBDIVISION_TYPES:
                continue
            name = clean(s.get("name", ""))
            if len(name) >= 4 and not re.search(r"[\d()/]", name):
                lines.append("~GPE " + name)
    except (OSError, ValueError, KeyError) as e:
        print(f"generate_iso_places: {e}; writing an empty gazetteer", file=sys.stderr)
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    os.replace(tmp, out)


if __name__ == "__main__":
    main()
