#!/usr/bin/env bash
# Debian's browsers are the ones the tests drive — Chromium (Playwright: the end-to-end tests, the
# demo, the benchmark) and Firefox ESR (puppeteer-core: the Firefox suite); nothing downloads one
# here. `ensure-browser.sh chromium|firefox-esr` installs the package when its binary is missing;
# needs root, as on this project's machines. CHROMIUM_PATH / FIREFOX_PATH point elsewhere.
set -euo pipefail
package="$1"
case "$package" in
  chromium) browser="${CHROMIUM_PATH:-/usr/bin/chromium}" ;;
  firefox-esr) browser="${FIREFOX_PATH:-/usr/bin/firefox-esr}" ;;
  *) echo "usage: $0 chromium|firefox-esr" >&2; exit 2 ;;
esac
[[ -x $browser ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "$package is missing at $browser: run 'sudo apt-get install -y $package' (or set the path variable)." >&2
  exit 1
fi
echo "Installing Debian's $package…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
