#!/usr/bin/env bash
# The desk at a million tickets (issues 15, 16): latency of search, list first pages and a cursor page, change-feed
# throughput, the CSV export (time, rows/s, the JVM's peak RSS), bulk updates of 100 tickets and the reports, against a running
# Supportdesk on a database filled by bench/load-tickets.sh (its search terms are the defaults below).
#   BASE_URL (http://localhost:8080)  ADMIN_EMAIL ADMIN_PASSWORD
#   N (100 measured requests per latency)  WARMUP (20 unmeasured requests first)  PAGES (200 change-feed pages)
#   APP_PID (the JVM's process id, for its RSS during the export; without it RSS is not sampled)
#   BULK_RUNS (10)  BULK_IDS_FIELD (ticket_ids: the name of the id list in the bulk request)
#   TERM_RARE (chargeback) TERM_MEDIUM (firmware) TERM_COMMON (invoice)
#   ONLY (all: or a space-separated subset of search list changes export bulk reports)
# One request at a time (curl, time_total): these are latencies of a quiet desk, not throughput under load (bench/run.sh
# does that). Start Supportdesk with RATE_LIMIT_ENABLED=false. The bulk step CHANGES data: BULK_RUNS x 100 low-priority
# open tickets become high; reload (or accept the drift) before comparing runs.
set -euo pipefail
BASE_URL=${BASE_URL:-http://localhost:8080}
N=${N:-100}
WARMUP=${WARMUP:-20}
PAGES=${PAGES:-200}
BULK_RUNS=${BULK_RUNS:-10}
BULK_IDS_FIELD=${BULK_IDS_FIELD:-ticket_ids}
TERM_RARE=${TERM_RARE:-chargeback}
TERM_MEDIUM=${TERM_MEDIUM:-firmware}
TERM_COMMON=${TERM_COMMON:-invoice}
ONLY=${ONLY:-search list changes export bulk reports}
API=$BASE_URL/api/v1
for tool in curl jq awk sort; do
  command -v $tool >/dev/null || { echo "bench/scale.sh needs $tool on the PATH" >&2; exit 1; }
done
curl -sf "$BASE_URL/health" >/dev/null || { echo "no Supportdesk answers at $BASE_URL" >&2; exit 1; }

TOKEN=
login() { # access tokens live 15 minutes: a fresh one per section
  TOKEN=$(curl -s -X POST "$API/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"${ADMIN_EMAIL:?set ADMIN_EMAIL}\",\"password\":\"${ADMIN_PASSWORD:?set ADMIN_PASSWORD}\"}" \
    | jq -r '.access_token // empty')
  [ -n "$TOKEN" ] || { echo "the admin cannot sign in" >&2; exit 1; }
}
get() { curl -s -H "Authorization: Bearer $TOKEN" "$@"; }
wants() { [[ " $ONLY " == *" $1 "* ]]; }

login
if get -i "$API/tickets?page_size=1" | grep -qi '^ratelimit:'; then
  echo "rate limits are on; start Supportdesk with RATE_LIMIT_ENABLED=false" >&2; exit 1
fi

# p50 p95 p99 max in ms of the seconds on stdin (nearest rank).
percentiles() {
  sort -n | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "no samples"; exit }
    split("50 95 99", ps, " ")
    for (i = 1; i <= 3; i++) { r = int((ps[i] * NR + 99) / 100); if (r < 1) r = 1; printf "p%s %.1f ms  ", ps[i], v[r] * 1000 }
    printf "max %.1f ms  (n=%d)\n", v[NR] * 1000, NR }'
}

# name, url: WARMUP unmeasured requests, then N measured; any answer but 200 is counted and reported.
measure() {
  local name=$1 url=$2 out status
  out=$(mktemp)
  for ((i = 0; i < WARMUP; i++)); do get -o /dev/null "$url"; done
  for ((i = 0; i < N; i++)); do
    get -o /dev/null -w '%{http_code} %{time_total}\n' "$url" >>"$out"
  done
  status=$(awk '$1 != 200 { bad++ } END { print bad + 0 }' "$out")
  printf '%-22s %s' "$name" "$(awk '$1 == 200 { print $2 }' "$out" | percentiles)"
  [ "$status" -eq 0 ] && echo || echo "  ($status answers not 200: $(awk '$1 != 200 { print $1 }' "$out" | sort | uniq -c | xargs))"
  rm -f "$out"
}

# Whether a GET answers 200 at all (the endpoints of issue 15 are being built); says why not otherwise.
available() {
  local code
  code=$(get -o /tmp/scale-probe.json -w '%{http_code}' "$1")
  [ "$code" = 200 ] && return 0
  echo "$2: skipped, $1 answered $code: $(head -c 200 /tmp/scale-probe.json)"
  return 1
}

echo "Supportdesk at $BASE_URL, $(nproc) cores, one request at a time, $WARMUP warm-up + $N measured each, $(date -u +%FT%TZ)"
echo "tickets: $(get "$API/tickets?page_size=1&include_total=true" | jq -r '.total') (counted up to the cap)"

if wants search; then
  login
  echo "== search (page_size 25, admin)"
  for term in "$TERM_RARE" "$TERM_MEDIUM" "$TERM_COMMON"; do
    url="$API/search?q=$term&page_size=25"
    if available "$url" "search $term"; then
      echo "   $term: first page $(jq '.items | length' /tmp/scale-probe.json) items, has_more $(jq '.has_more' /tmp/scale-probe.json)"
      measure "search $term" "$url"
    fi
  done
fi

if wants list; then
  login
  echo "== list first pages (page_size 25, include_total=false) and a cursor page"
  # The busiest agent and team of the open queue's first hundred, so their lists are not trivially short.
  sample=$(get "$API/tickets?status=in_progress&page_size=100&include_total=false")
  AGENT=${AGENT:-$(jq -r '[.items[].assignee.id // empty] | group_by(.) | max_by(length) | .[0] // empty' <<<"$sample")}
  TEAM=${TEAM:-$(jq -r '[.items[].team.id // empty] | group_by(.) | max_by(length) | .[0] // empty' <<<"$sample")}
  measure "list status=open" "$API/tickets?status=open&page_size=25&include_total=false"
  if [ -n "$AGENT" ]; then measure "list assignee=$AGENT" "$API/tickets?assignee_id=$AGENT&page_size=25&include_total=false"
  else echo "list assignee: skipped (no assignee found in the in_progress sample)"; fi
  if [ -n "$TEAM" ]; then measure "list team=$TEAM" "$API/tickets?team_id=$TEAM&page_size=25&include_total=false"
  else echo "list team: skipped (no team found in the in_progress sample)"; fi
  measure "list priority=urgent" "$API/tickets?priority=urgent&page_size=25&include_total=false"
  CURSOR=$(get "$API/tickets?status=open&page_size=25&include_total=false" | jq -r '.next_cursor // empty')
  if [ -n "$CURSOR" ]; then
    measure "list open, cursor p2" "$API/tickets?status=open&page_size=25&cursor=$(jq -rn --arg c "$CURSOR" '$c | @uri')"
  else
    echo "list cursor page: skipped (the first page has no next_cursor yet)"
  fi
fi

if wants changes; then
  login
  echo "== change feed: $PAGES pages of 100"
  url="$API/tickets/changes?page_size=100"
  if available "$url" "change feed"; then
    times=$(mktemp); seen=0; pages=0; started=$(date +%s.%N)
    while ((pages < PAGES)); do
      code=$(get -o /tmp/scale-page.json -w '%{http_code} %{time_total}' "$url")
      [ "${code%% *}" = 200 ] || { echo "   page $((pages + 1)) answered ${code%% *}: $(head -c 200 /tmp/scale-page.json)"; break; }
      echo "${code#* }" >>"$times"
      seen=$((seen + $(jq '.items | length' /tmp/scale-page.json))); pages=$((pages + 1))
      next=$(jq -r '.next_cursor // empty' /tmp/scale-page.json)
      [ -n "$next" ] && [ "$(jq -r '.has_more' /tmp/scale-page.json)" = true ] || break
      url="$API/tickets/changes?page_size=100&since=$(jq -rn --arg c "$next" '$c | @uri')"
    done
    elapsed=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }')
    printf 'change feed            %d pages, %d tickets in %s s: %.0f tickets/s (client included); per page %s' \
      "$pages" "$seen" "$elapsed" "$(awk -v n="$seen" -v t="$elapsed" 'BEGIN { print (t > 0 ? n / t : 0) }')" \
      "$(percentiles <"$times")"
    rm -f "$times"
  fi
fi

if wants export; then
  login
  echo "== CSV export of every ticket"
  rss_log=$(mktemp); sampler=
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then
    echo "   JVM $APP_PID RSS before: $(($(ps -o rss= -p "$APP_PID") / 1024)) MiB"
    (while kill -0 "$APP_PID" 2>/dev/null; do ps -o rss= -p "$APP_PID" >>"$rss_log"; sleep 0.2; done) &
    sampler=$!
  else
    echo "   (APP_PID not set or not running: no RSS sampling)"
  fi
  result=$(get -o /tmp/scale-export.csv -w '%{http_code} %{time_total} %{size_download}' "$API/tickets/export.csv")
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null && wait "$sampler" 2>/dev/null || true
  read -r code seconds bytes <<<"$result"
  if [ "$code" = 200 ]; then
    rows=$(($(wc -l </tmp/scale-export.csv) - 1))
    printf 'export.csv             %d rows, %d MiB in %.1f s: %.0f rows/s' "$rows" $((bytes / 1048576)) "$seconds" \
      "$(awk -v n="$rows" -v t="$seconds" 'BEGIN { print n / t }')"
    [ -s "$rss_log" ] && printf ', JVM peak RSS %d MiB' $(($(sort -n "$rss_log" | tail -n 1) / 1024))
    echo
  else
    echo "export.csv: answered $code: $(head -c 200 /tmp/scale-export.csv)"
  fi
  rm -f "$rss_log" /tmp/scale-export.csv
fi

if wants reports; then
  login
  echo "== reports (admin: every ticket; the last 30 days in Berlin unless named)"
  measure "dashboard" "$API/reports/dashboard?tz=Europe/Berlin"
  measure "volume by day" "$API/reports/volume?tz=Europe/Berlin"
  measure "volume by priority" "$API/reports/volume?tz=Europe/Berlin&group_by=priority"
  measure "volume by team" "$API/reports/volume?tz=Europe/Berlin&group_by=team"
  measure "volume, a year by month" "$API/reports/volume?tz=Europe/Berlin&interval=month&from=$(date -u -d '-364 days' +%F)"
  measure "agents" "$API/reports/agents?tz=Europe/Berlin"
  measure "sla" "$API/reports/sla?tz=Europe/Berlin"
  measure "sla by team" "$API/reports/sla?tz=Europe/Berlin&group_by=team"
  measure "activity" "$API/reports/activity?tz=Europe/Berlin"
  measure "volume csv" "$API/reports/volume?tz=Europe/Berlin&format=csv"
fi

if wants bulk; then
  login
  echo "== bulk: $BULK_RUNS runs of 100 tickets, priority -> high (changes data)"
  times=$(mktemp)
  for ((run = 1; run <= BULK_RUNS; run++)); do
    # Open low-priority tickets: every run changes 100 tickets for real (after the run they are high, so the next
    # run's first page is a fresh hundred).
    ids=$(get "$API/tickets?status=open&priority=low&page_size=100&include_total=false" | jq -c '[.items[].id]')
    [ "$(jq length <<<"$ids")" -eq 100 ] || { echo "   run $run: fewer than 100 open low-priority tickets left"; break; }
    body=$(jq -cn --arg f "$BULK_IDS_FIELD" --argjson ids "$ids" '{($f): $ids, action: {priority: "high"}}')
    result=$(get -o /tmp/scale-bulk.json -w '%{http_code} %{time_total}' -X POST "$API/tickets/bulk" \
      -H 'Content-Type: application/json' -d "$body")
    read -r code seconds <<<"$result"
    printf '   run %2d: %s in %.0f ms\n' "$run" "$code" "$(awk -v t="$seconds" 'BEGIN { print t * 1000 }')"
    [[ $code == 2* ]] || { echo "   $(head -c 300 /tmp/scale-bulk.json)"; break; }
    echo "$seconds" >>"$times"
  done
  [ -s "$times" ] && printf 'bulk of 100             %s' "$(percentiles <"$times")"
  rm -f "$times" /tmp/scale-bulk.json
fi
rm -f /tmp/scale-probe.json /tmp/scale-page.json
