#!/usr/bin/env bash
# Build step of the workbench (run by Maven in generate-resources): installs the npm packages of
# src/main/web exactly as its package-lock.json pins them (npm ci, only when the lock changed) and
# copies the country outlines (world-atlas, Natural Earth 1:110m, public domain) into the classes.
# Without npm the build goes on and the map draws its places on a bare grid; the message says why.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/target/classes/web/vendor}"
web="$here/src/main/web"
if ! command -v npm >/dev/null 2>&1; then
  echo "web-assets: npm not found: the map will have no country outlines (Debian: apt-get install npm)" >&2
  exit 0
fi
stamp="$web/node_modules/.echotrace-lock"
if [ ! -f "$stamp" ] || ! cmp -s "$web/package-lock.json" "$stamp"; then
  echo "web-assets: npm ci in $web" >&2
  (cd "$web" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >&2)
  cp "$web/package-lock.json" "$stamp"
fi
mkdir -p "$out/world-atlas"
cp "$web/node_modules/world-atlas/countries-110m.json" "$web/node_modules/world-atlas/LICENSE" "$out/world-atlas/"
