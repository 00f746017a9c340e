#!/usr/bin/env bash
# Scores the seven tuning sets one at a time (never the unseen seventh and eighth held-out sets) and writes, into the
# folder given, each set's JSON report (<set>.json), its discovered mentions with features and outcomes (<set>.tsv), and
# all of them together (all.tsv), the input of fit.py. Run from the repository root after a Release build.
set -euo pipefail
out="${1:?usage: tools/mention-filter/export.sh <folder>}"
mkdir -p "$out"
: > "$out/all.tsv"
for set in devset heldout heldout2 heldout3 heldout4 heldout5 heldout6; do
  dotnet run -c Release --no-build --project tools/ClaimGraph.ExtractionScore -- \
    --only "$set" --json --mention-features "$out/$set.tsv" > "$out/$set.json"
  cat "$out/$set.tsv" >> "$out/all.tsv"
done
