#!/usr/bin/env bash
# The whole test suite: SQLite (the embedded default) with browser tests, then PostgreSQL.
# Installs what the browser tests need (Debian's chromium) when it can, starts PostgreSQL
# when it does not answer, and uses a throw-away database that it drops afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

bash scripts/ensure-chromium.sh

echo "== tests on SQLite"
"$BIN/pytest" -q -p no:cacheprovider

echo "== tests on PostgreSQL"
bash scripts/with-postgres.sh "$BIN/pytest" -q -p no:cacheprovider -m "not browser" tests
