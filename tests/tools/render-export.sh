#!/usr/bin/env bash
# tests/tools/render-export.sh FILE [OUT.png] [-- gloss export options]
# Exports FILE's notes as HTML with the built gloss and renders the page with headless
# Chromium in the build root (the automated check is tst_noteexport::htmlRendersInChromium).
#   tests/tools/render-export.sh resources/data/sample-article.txt /tmp/notes.png
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
file=${1:?usage: render-export.sh FILE [OUT.png] [-- export options]}
out=${2:-$PWD/export.png}
shift $(( $# >= 2 ? 2 : 1 ))
[ "${1:-}" = "--" ] && shift
html=$(mktemp --suffix=.html)
profile=$(mktemp -d)
trap 'rm -rf "$html" "$profile"' EXIT
"$here/scripts/run" export "$file" --format html -o "$html" "$@"
cd "$here"
bash -c 'source scripts/lib/env.sh; gloss_setup >/dev/null; gloss_exec chromium --headless \
    --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$1" \
    --screenshot="$2" --window-size=1200,1600 "file://$3"' _ "$profile" "$out" "$html"
echo "$out"
