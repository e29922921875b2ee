#!/usr/bin/env bash
# The request-path benchmark (docs/performance.md): wrk against a running Supportdesk for create, get, list,
# comment and a database-free endpoint, then pgbench on the same machine for what PostgreSQL itself does.
# Needs: curl, jq, wrk (Debian: apt install wrk), pgbench and a PostgreSQL it may create a scratch database in
# (PGHOST/PGPORT/PGUSER as usual; default 127.0.0.1:5432, user postgres). Start Supportdesk first, e.g. on the
# machine's PostgreSQL: DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/supportdesk ... java -jar ..., with an admin.
#   BASE_URL (http://localhost:8080)  ADMIN_EMAIL ADMIN_PASSWORD  DURATION (20s)  WARMUP (10s)  CONNECTIONS (64)
#   THREADS (2)
# Each request is first run for WARMUP, unmeasured: on two cores the JIT needs that long to compile its path, and a
# cold figure says more about the JIT than about the request.
set -euo pipefail
cd "$(dirname "$0")"
BASE_URL=${BASE_URL:-http://localhost:8080}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGOPTIONS='-c client_min_messages=warning'
for tool in curl jq wrk pgbench psql; do
  command -v $tool >/dev/null || { echo "bench/run.sh needs $tool on the PATH" >&2; exit 1; }
done
curl -sf "$BASE_URL/health" >/dev/null || { echo "no Supportdesk answers at $BASE_URL" >&2; exit 1; }
TOKEN=$(curl -s -X POST "$BASE_URL/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"${ADMIN_EMAIL:?set ADMIN_EMAIL}\",\"password\":\"${ADMIN_PASSWORD:?set ADMIN_PASSWORD}\"}" \
  | jq -r '.access_token // empty')
[ -n "$TOKEN" ] || { echo "the admin cannot sign in" >&2; exit 1; }
export TOKEN
# Budgets would stop the benchmark, not measure it: run Supportdesk with RATE_LIMIT_ENABLED=false.
if curl -s -i "$BASE_URL/api/v1/tickets?page_size=1" -H "Authorization: Bearer $TOKEN" | grep -qi '^ratelimit:'; then
  echo "rate limits are on; start Supportdesk with RATE_LIMIT_ENABLED=false for the benchmark" >&2; exit 1
fi

declare -A RATE P99 FAILED # per measured request, for the summary at the end
run() { # name, script, [url]
  cat "$2" report.lua > "/tmp/bench-$1.lua"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "/tmp/bench-$1.lua" "${3:-$BASE_URL}" >/dev/null
  local line
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "/tmp/bench-$1.lua" "${3:-$BASE_URL}" | tail -n 1)
  printf '%-12s %s\n' "$1" "$line"
  RATE[$1]=$(awk '{print $1}' <<<"$line")
  P99[$1]=$(awk '{print $7}' <<<"$line")
  FAILED[$1]=$(awk '{print $10}' <<<"$line")
}

echo "Supportdesk at $BASE_URL, wrk -t$THREADS -c$CONNECTIONS -d$DURATION after $WARMUP warm-up, $(nproc) cores, $(date -u +%FT%TZ)"
# Creating first also seeds the desk for the reads.
run create create.lua
TICKET=$(curl -s "$BASE_URL/api/v1/tickets?page_size=1" -H "Authorization: Bearer $TOKEN" | jq -r '.items[0].id')
export TICKET LIST_QUERY
echo "tickets in the desk: $(curl -s "$BASE_URL/api/v1/tickets?page_size=1&include_total=true" -H "Authorization: Bearer $TOKEN" | jq .total) (counted up to 10,000)"
run get get.lua
# The common first pages: the open queue, one agent's work, the most urgent first, a triaged queue.
AGENT=$(curl -s "$BASE_URL/api/v1/tickets?status=in_progress&page_size=1" -H "Authorization: Bearer $TOKEN" \
  | jq -r '.items[0].assignee.id // empty')
LIST_QUERY="status=open&page_size=20" run list list.lua
if [ -n "$AGENT" ]; then
  LIST_QUERY="assignee_id=$AGENT&page_size=20" run list-agent list.lua
else
  echo "list-agent (skipped: no ticket in progress to find an agent by)"
fi
LIST_QUERY="sort=-priority&page_size=20" run list-prio list.lua
LIST_QUERY="status=open&category=technical&priority=high&page_size=20" run list-triage list.lua
run stats stats.lua
# The dashboard's own wait: one caller at a time (the goal is a latency, not a throughput).
STATS_ONE=$(wrk -t1 -c1 -d"$DURATION" -s /tmp/bench-stats.lua "$BASE_URL" | tail -n 1)
printf '%-12s %s\n' "stats-1conn" "$STATS_ONE"
run comment comment.lua
printf 'wrk.method = "GET"\n' > /tmp/bench-liveness-base.lua
run liveness /tmp/bench-liveness-base.lua "$BASE_URL/health/liveness"

echo "PostgreSQL itself ($PGHOST:$PGPORT), same machine, same run:"
psql -q -d postgres -c 'DROP DATABASE IF EXISTS supportdesk_pgbench' -c 'CREATE DATABASE supportdesk_pgbench' >/dev/null
pgbench -q -i -s 10 supportdesk_pgbench >/dev/null 2>&1
declare -A SELECT_TPS
for clients in 8 64; do
  SELECT_TPS[$clients]=$(pgbench -n -S -c "$clients" -j "$THREADS" -T "${DURATION%s}" supportdesk_pgbench 2>/dev/null \
    | awk '/^tps/ {printf "%.0f", $3}')
  printf 'pgbench -S -c %-3s %s tps\n' "$clients" "${SELECT_TPS[$clients]}"
done
psql -q -d supportdesk_pgbench >/dev/null <<'SQL'
CREATE TABLE bench_tickets (id bigserial PRIMARY KEY, title text, description text, status text, priority text,
    category text, tags text[], requester_id bigint, created_at timestamptz, updated_at timestamptz);
CREATE INDEX ON bench_tickets (status); CREATE INDEX ON bench_tickets (created_at); CREATE INDEX ON bench_tickets (requester_id);
CREATE TABLE bench_history (id bigserial PRIMARY KEY, ticket_id bigint, kind text, new_value text, actor_id bigint,
    occurred_at timestamptz);
CREATE INDEX ON bench_history (ticket_id);
CREATE TABLE bench_outbox (id bigserial PRIMARY KEY, ticket_id bigint, recipients text[], subject text,
    text_body text, html_body text, created_at timestamptz);
CREATE TABLE bench_metadata (ticket_id bigint PRIMARY KEY, ip text, user_agent text);
SQL
CREATE_TPS=$(pgbench -n -f pgbench-create.sql -c "$CONNECTIONS" -j "$THREADS" -T "${DURATION%s}" supportdesk_pgbench \
  2>/dev/null | awk '/^tps/ {printf "%.0f", $3}')
printf 'pgbench create -c %-3s %s tps (tickets/s)\n' "$CONNECTIONS" "$CREATE_TPS"
psql -q -d postgres -c 'DROP DATABASE supportdesk_pgbench' >/dev/null

percent() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.0f %%", 100 * a / b; else print "?" }'; }
echo "Against the goals of issue 12 (docs/performance.md); the ratios are to PostgreSQL itself in this run:"
printf '  %-9s %6s req/s  p99 %-9s goal >= 5,000             %s of pgbench -S at 64 clients\n' get \
  "${RATE[get]}" "${P99[get]}ms" "$(percent "${RATE[get]}" "${SELECT_TPS[64]}")"
printf '  %-9s %6s req/s  p99 %-9s goal >= 2,500, p99 <= 50 ms\n' list "${RATE[list]}" "${P99[list]}ms"
printf '  %-9s %6s /s     p99 %-9s goal >= 2,000, 0 non-2xx  %s of the same inserts by pgbench; %s non-2xx\n' \
  create "${RATE[create]}" "${P99[create]}ms" "$(percent "${RATE[create]}" "$CREATE_TPS")" "${FAILED[create]}"
printf '  %-9s %6s req/s  p99 %-9s goal >= 15,000\n' liveness "${RATE[liveness]}" "${P99[liveness]}ms"
printf '  %-9s one caller: p99 %s ms   goal <= 100 ms\n' stats "$(awk '{print $7}' <<<"$STATS_ONE")"
