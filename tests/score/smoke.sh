#!/usr/bin/env bash
# Scoring smoke test (run by .ci/run after the suite): fails when the attribution resources or
# the analyzer are broken, so that a bad training run or a damaged cue file cannot land.
#
# 1. tools/learn_cues.py and tools/train_ranker.py, run again on PolNeAR train, write
#    resources/attribution/cues.txt and ranker.txt byte for byte (the resources are what the
#    programs learn, nothing edited by hand; about 10 s of CPU together);
# 2. the first SMOKE_ARTICLES (12) PolNeAR dev articles and the BBC dev set score at least the
#    floors below (well under the measured figures in docs/attribution.md, so that only a real
#    breakage fails).
# The corpora live outside the repository (GLOSS_SHARED, default ../shared); without them the
# test says so and passes.
set -euo pipefail
cd "$(dirname "$0")/../.."
shared=${GLOSS_SHARED:-../shared}
articles=${SMOKE_ARTICLES:-12}
if [ ! -f "$shared/eval/score_polnear.py" ] || [ ! -d "$shared/corpus/polnear/train" ]; then
    echo "score smoke: skipped (no corpora under $shared; set GLOSS_SHARED)" >&2
    exit 0
fi
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
# reproduces TOOL RESOURCE: running the learning tool again writes the resource byte for byte
reproduces() {
    python3 "$1" "$shared/corpus/polnear/train" "$tmp" 2>/dev/null
    if ! cmp -s "$tmp" "$2"; then
        echo "score smoke: $2 is not what $1 writes (re-run: python3 $1" \
             "$shared/corpus/polnear/train $2)" >&2
        exit 1
    fi
}
reproduces tools/learn_cues.py resources/attribution/cues.txt
reproduces tools/train_ranker.py resources/attribution/ranker.txt
reproduces tools/train_cue_model.py resources/attribution/cue_model.txt
# floor NAME VALUE MIN: fails when VALUE < MIN
check() {
    if python3 -c "import sys; sys.exit(0 if float('$2') >= float('$3') else 1)"; then
        echo "score smoke: $1 = $2 (floor $3)" >&2
    else
        echo "score smoke: FAILED: $1 = $2 is under the floor $3" >&2
        exit 1
    fi
}
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }
polnear=$(python3 "$shared/eval/score_polnear.py" "$shared/corpus/polnear/dev" \
    --limit "$articles" -- scripts/run analyze --format json | tail -n 1)
# measured on the first 12: speaker F1 0.725, claim F1 0.764, claim source 0.767 (before the
# statements and mentions: 0.438, 0.629, 0.503)
check "PolNeAR dev ($articles articles) speaker F1" "$(field speaker_f1 "$polnear")" 0.65
check "PolNeAR dev ($articles articles) claim F1" "$(field claim_f1 "$polnear")" 0.68
check "PolNeAR dev ($articles articles) claim source accuracy" \
    "$(field claim_source_acc "$polnear")" 0.65
if [ -d "$shared/corpus/dev" ]; then
    bbc=$(python3 "$shared/eval/score.py" "$shared/corpus/dev" \
        -- scripts/run analyze --format json | tail -n 1)
    check "dev quote F1" "$(field quote_f1 "$bbc")" 0.95
    check "dev speaker F1" "$(field speaker_f1 "$bbc")" 0.90
    check "dev entity F1" "$(field entity_f1 "$bbc")" 0.85
fi
