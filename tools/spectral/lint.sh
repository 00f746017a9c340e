#!/usr/bin/env bash
# Lints docs/openapi.json with Spectral: spectral:oas plus the project rules in .spectral.yml.
# Fails on any error; prints every finding. Installs the pinned Spectral CLI (tools/spectral/package-lock.json) on first use.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ ! -x "$here/node_modules/.bin/spectral" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error
fi

cd "$root"
"$here/node_modules/.bin/spectral" lint docs/openapi.json --ruleset .spectral.yml --fail-severity error "$@"
