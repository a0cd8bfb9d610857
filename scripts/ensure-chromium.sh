#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through Playwright (its own browser download cannot be
# reached from these machines). Install it when missing and we may; in CI it must be there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium for the browser tests (once)..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
if [ "${CI:-}" = "true" ]; then
  echo "chromium is missing and cannot be installed here: browser tests cannot run" >&2
  exit 1
fi
echo "note: /usr/bin/chromium is missing (apt-get install chromium); browser tests will skip" >&2
