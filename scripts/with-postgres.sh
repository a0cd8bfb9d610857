#!/usr/bin/env bash
# Run a command against a throw-away PostgreSQL database on 127.0.0.1:5432 (trust auth, user
# postgres), starting the server if it does not answer; the database is dropped afterwards.
# REFUGE_REQUIRE_POSTGRES makes tests fail, not skip, if they are not on PostgreSQL.
set -euo pipefail
HOST=${PGHOST:-127.0.0.1}
PORT=${PGPORT:-5432}
if ! pg_isready -q -h "$HOST" -p "$PORT"; then
  echo "PostgreSQL does not answer; starting it"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h "$HOST" -p "$PORT" && break; sleep 1; done
fi
DB="refuge_ci_$$"
psql -q -h "$HOST" -p "$PORT" -U postgres -c "CREATE DATABASE $DB" >/dev/null
cleanup() {
  psql -q -h "$HOST" -p "$PORT" -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  psql -q -h "$HOST" -p "$PORT" -U postgres -c "DROP DATABASE IF EXISTS test_$DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
export DATABASE_URL="postgres://postgres@$HOST:$PORT/$DB"
export REFUGE_REQUIRE_POSTGRES=1
"$@"
