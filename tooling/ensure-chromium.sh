#!/usr/bin/env bash
# Debian's Chromium is the browser of the end-to-end tests and the demo (Playwright never
# downloads one here). Installs it when missing; needs root, as on this project's machines.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
[[ -x $browser ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "Chromium is missing at $browser: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
  exit 1
fi
echo "Installing Debian's Chromium…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
