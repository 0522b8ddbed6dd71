#!/usr/bin/env bash
# Debian's Firefox ESR is the browser of the Firefox suite (puppeteer-core drives it over WebDriver
# BiDi; nothing is downloaded). Installs it when missing; needs root, as on this project's machines.
set -euo pipefail
browser="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
[[ -x $browser ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "Firefox ESR is missing at $browser: run 'sudo apt-get install -y firefox-esr' (or set FIREFOX_PATH)." >&2
  exit 1
fi
echo "Installing Debian's Firefox ESR…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
