#!/usr/bin/env bash
# tests/tools/library-screenshots.sh [OUTDIR]
# The README's pictures of the Library view: 20 invented articles (no real text) added to a
# library in a temporary data folder, then the window rendered offscreen in a light and a dark
# theme with the view searching the quotes for "harbour OR ferry".
#   tests/tools/library-screenshots.sh docs   # docs/library-light.png, docs/library-dark.png
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
out=$(cd "${1:-$PWD}" && pwd)
work=$(mktemp -d)
[ -n "${KEEP_WORK:-}" ] && echo "$work" || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/data"

people=("Alder Abernath" "Brenna Brightwell" "Caspin Corrigan" "Delmy Dunmore" "Evander Elsworth")
sites=("Valley Herald" "Coast News" "Hill Gazette" "River Post")
places=(harbour ferry school market bridge library lighthouse reservoir tramline orchard)
subjects=("The council" "Local residents" "The harbour board" "Teachers" "Volunteers")
quotes=("We have waited long enough for the new %s"
        "Nobody asked the people who live near the %s"
        "The cost of the %s keeps rising every single year"
        "The %s will not be ready before winter"
        "I am proud of what the volunteers did for the %s"
        "There are still many questions about the %s")
cues=(said "told reporters" added explained)
for i in $(seq 0 19); do
    place=${places[$((i % 10))]}
    other=${places[$(((i * 3 + 1) % 10))]}
    site=${sites[$((i % 4))]}
    a=${people[$(((i + i / 10) % 5))]}
    b=${people[$(((i + 2) % 5))]}
    q1=$(printf "${quotes[$((i % 6))]}" "$place")
    q2=$(printf "${quotes[$(((i + 3) % 6))]}" "$other")
    title="$(tr '[:lower:]' '[:upper:]' <<<"${place:0:1}")${place:1} plans questioned again"
    [ $((i % 3)) = 1 ] && title="A new start for the $place"
    [ $((i % 3)) = 2 ] && title="Residents debate the $place and the $other"
    cat >"$work/in/article-$i.md" <<ARTICLE
---
title: $title
site: $site
date: 2025-$(printf %02d $((1 + i % 12)))-$(printf %02d $((1 + (i * 7) % 28)))
---

$title

${subjects[$((i % 5))]} met on Monday to discuss the $place. The meeting ran late and the
$other came up more than once.

“$q1,” $a ${cues[$((i % 4))]}.

${subjects[$(((i + 1) % 5))]} asked for a report on the $other before the summer.
“$q2,” ${b#* } ${cues[$(((i + 1) % 4))]}.
ARTICLE
done

"${GLOSS_RUN:-$here/scripts/run}" library add "$work/in" --data-dir "$work/data"
show="$work/in/article-0.md"
"${GLOSS_RUN:-$here/scripts/run}" --data-dir "$work/data" --theme "Breeze Light" --library-search "harbour OR ferry" \
    --library-kind quotes --screenshot "$out/library-light.png" "$show"
"${GLOSS_RUN:-$here/scripts/run}" --data-dir "$work/data" --theme "Breeze Dark" --library-search "harbour OR ferry" \
    --library-kind quotes --screenshot "$out/library-dark.png" "$show"
echo "$out/library-light.png $out/library-dark.png"
