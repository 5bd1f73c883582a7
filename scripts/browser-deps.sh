#!/usr/bin/env bash
# Installs what the browser tests and `bench serve` need from Debian when it is missing:
# chromium (driven by playwright-core, never a downloaded browser), node and npm (the build's
# npm ci of src/main/web and the test driver) and wrk (the load tool).
# Idempotent and quiet when everything is there; the test command calls it before the tests.
# With arguments it installs only those (`scripts/browser-deps.sh wrk` for the serve benchmark).
set -euo pipefail
wanted=("$@")
[ "${#wanted[@]}" -gt 0 ] || wanted=(chromium node npm wrk)
missing=()
for tool in "${wanted[@]}"; do
  case "$tool" in node) pkg=nodejs ;; *) pkg="$tool" ;; esac
  command -v "$tool" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "browser-deps: missing ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "browser-deps: installing ${missing[*]} from Debian" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
