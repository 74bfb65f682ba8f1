#!/usr/bin/env bash
# Load test: 200 concurrent connections for 60 s against `make serve` on PostgreSQL.
#
#   bash bench/load.sh                 # CONNECTIONS=200 DURATION=60s PORT=8105 by default
#
# Seeds the demo content, starts `make serve` (DEBUG off, gunicorn, WEB_CONCURRENCY workers)
# on 127.0.0.1:PORT, then runs wrk over a rotation of real public pages (home, news list,
# articles, category, conference list and records, RSS). Passes only with 0 socket errors,
# 0 timeouts and 0 responses outside 2xx/3xx. Localhost only; wrk stops after DURATION and
# the server is stopped at the end. Figures: docs/load.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-8105}"
CONNECTIONS="${CONNECTIONS:-200}"
DURATION="${DURATION:-60s}"
THREADS="${THREADS:-2}"
TIMEOUT="${TIMEOUT:-10s}"
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/portal_sec}"
export SECRET_KEY="${SECRET_KEY:-load-test-only-not-a-secret-$(date +%s)-xxxxxxxxxxxxxxxx}"
export DEBUG=0 LOG_LEVEL=WARNING
LOG=var/bench-serve.log
PATHS=var/bench-paths.txt

case "$DATABASE_URL" in
  postgres*) ;;
  *) echo "DATABASE_URL must be PostgreSQL"; exit 2 ;;
esac
if ! command -v wrk >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi

make venv >/dev/null
mkdir -p var
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py seed_demo -v0

# Real public addresses from the seeded database (published content only).
.venv/bin/python manage.py shell -v0 -c '
from news.models import Article, Category
from events.models import Conference
paths = ["/", "/tin-tuc/", "/hoi-nghi/", "/rss/", "/healthz"]
paths += [a.get_absolute_url() for a in Article.objects.published()[:6]]
paths += [c.get_absolute_url() for c in Category.objects.all()[:2]]
paths += [c.get_absolute_url() for c in Conference.objects.published()[:3]]
print("\n".join(paths))
' > "$PATHS"
echo "== $(wc -l < "$PATHS") pages in rotation: $(tr '\n' ' ' < "$PATHS")"

setsid make serve HOST=127.0.0.1 PORT="$PORT" >"$LOG" 2>&1 &
SERVE_PID=$!
stop() { kill -TERM -- "-$SERVE_PID" 2>/dev/null || true; wait "$SERVE_PID" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/healthz" 2>/dev/null && break
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/healthz"; echo

# warm-up (bounded): each page once
while read -r path; do curl -fsS -o /dev/null "http://127.0.0.1:$PORT$path"; done < "$PATHS"

echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $TIMEOUT (WEB_CONCURRENCY=${WEB_CONCURRENCY:-2})"
OUT=$(PATHS_FILE="$PATHS" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" \
  --latency -s bench/load.lua "http://127.0.0.1:$PORT")
echo "$OUT"

fail=0
if echo "$OUT" | grep -q "Socket errors"; then echo "FAIL: socket errors"; fail=1; fi
if echo "$OUT" | grep -q "Non-2xx or 3xx responses"; then echo "FAIL: non-2xx/3xx responses"; fail=1; fi
if ! echo "$OUT" | grep -q "^5xx responses: 0$"; then echo "FAIL: 5xx responses"; fail=1; fi
server_errors=$(grep -c '" 5[0-9][0-9] ' "$LOG" || true)
echo "5xx lines in the gunicorn access log: $server_errors"
[ "$server_errors" = "0" ] || fail=1
[ "$fail" = 0 ] && echo "PASS: 0 errors, 0 5xx"
exit "$fail"
