#!/usr/bin/env bash
# The README's curl tour as one script: run it against a running Supportdesk whose admin you know (by default the
# one the README's tour start creates: ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD='admin long passphrase 1' on an
# empty database). Needs curl and jq. Checks that first, then stops at the first unexpected answer with a sentence.
set -euo pipefail
B=${BASE_URL:-http://localhost:8080}/api/v1
ADMIN_EMAIL=${ADMIN_EMAIL:-admin@example.com}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-admin long passphrase 1}
RUN=$RANDOM$RANDOM
die() { printf '\ntour.sh: %s\n' "$*" >&2; exit 1; }
json() { curl -sS -H 'Content-Type: application/json' "$@"; }
login() {
  local reply token
  reply=$(json -X POST $B/auth/login -d "{\"email\":\"$1\",\"password\":\"$2\"}")
  token=$(echo "$reply" | jq -r '.access_token // empty')
  [ -n "$token" ] || die "cannot sign in as $1: $(echo "$reply" | jq -r '.detail // .')"
  echo "$token"
}
step() { printf '\n== %s\n' "$*"; }

for tool in curl jq; do command -v $tool >/dev/null || die "needs $tool on the PATH"; done
curl -sSf "${BASE_URL:-http://localhost:8080}/health" >/dev/null 2>&1 \
  || die "no Supportdesk answers at ${BASE_URL:-http://localhost:8080} (start it first, see the README's tour)"
ADMIN=$(json -X POST $B/auth/login -d "{\"email\":\"$ADMIN_EMAIL\",\"password\":\"$ADMIN_PASSWORD\"}" \
  | jq -r '.access_token // empty')
[ -n "$ADMIN" ] || die "the admin $ADMIN_EMAIL cannot sign in with the given password. Start Supportdesk for the tour \
on an empty database (stop it, delete ./data, then: ADMIN_EMAIL=admin@example.com ADMIN_PASSWORD='admin long \
passphrase 1' java -jar bootstrap/target/supportdesk.jar), or run this script with ADMIN_EMAIL and ADMIN_PASSWORD \
set to your admin's."

step "A customer registers, signs in and opens a ticket"
json -X POST $B/auth/register \
  -d "{\"email\":\"carla$RUN@example.com\",\"password\":\"carla long passphrase\",\"full_name\":\"Carla Customer\"}" | jq -c '{id, email, role}'
CUSTOMER=$(login "carla$RUN@example.com" "carla long passphrase")
NEW_TICKET='{"title": "Invoice charged twice", "description": "My March invoice was charged twice to my card.",
  "category": "billing", "priority": "high", "tags": ["invoice"]}'
TICKET=$(json -X POST $B/tickets -H "Authorization: Bearer $CUSTOMER" -H "Idempotency-Key: first-$RUN" -d "$NEW_TICKET")
echo "$TICKET" | jq -c '{id, number, status, sla}'
ID=$(echo "$TICKET" | jq -r '.id // empty')
[ -n "$ID" ] || die "opening a ticket failed: $TICKET"

step "A retry with the same Idempotency-Key answers the same ticket again instead of opening a second one"
RETRY=$(curl -sS -i -X POST $B/tickets -H 'Content-Type: application/json' -H "Authorization: Bearer $CUSTOMER" \
  -H "Idempotency-Key: first-$RUN" -d "$NEW_TICKET")
echo "$RETRY" | grep -i -e '^HTTP/' -e '^idempotent-replayed' | tr -d '\r'
[ "$(echo "$RETRY" | tail -n 1 | jq -r .id)" = "$ID" ] || die "the retry did not answer ticket $ID"

step "Every answer carries the caller's budget (RateLimit-Policy / RateLimit); past it, 429 with Retry-After"
curl -sS -i $B/tickets/$ID -H "Authorization: Bearer $CUSTOMER" | grep -i '^ratelimit' | tr -d '\r'

step "The admin creates an agent; the agent lists unassigned tickets and takes this one"
AGENT_ID=$(json -X POST $B/users -H "Authorization: Bearer $ADMIN" \
  -d "{\"email\":\"aaron$RUN@example.com\",\"password\":\"aaron long passphrase\",\"full_name\":\"Aaron Agent\",\"role\":\"agent\",\"skills\":[\"billing\"]}" | jq -r '.id // empty')
[ -n "$AGENT_ID" ] || die "the admin could not create an agent"
AGENT=$(login "aaron$RUN@example.com" "aaron long passphrase")
curl -sS "$B/tickets?unassigned=true&status=open&sort=-priority" -H "Authorization: Bearer $AGENT" | jq -c '{total, numbers: [.items[].number]}'
json -X POST $B/tickets/$ID/assign -H "Authorization: Bearer $AGENT" -d "{\"assignee_id\": $AGENT_ID}" | jq -c '{status, assignee}'

step "The agent works it and asks the customer for details"
json -X PUT $B/tickets/$ID/status -H "Authorization: Bearer $AGENT" -d '{"status":"in_progress"}' | jq -c '{status}'
json -X POST $B/tickets/$ID/comments -H "Authorization: Bearer $AGENT" -d '{"body":"Which card was charged?"}' | jq -c '{id, body, internal}'
json -X PUT $B/tickets/$ID/status -H "Authorization: Bearer $AGENT" -d '{"status":"waiting_on_customer"}' | jq -c '{status}'

step "The customer replies; the ticket goes back to in_progress by itself"
json -X POST $B/tickets/$ID/comments -H "Authorization: Bearer $CUSTOMER" -d '{"body":"The Visa ending 4242."}' | jq -c '{id, body}'
curl -sS $B/tickets/$ID -H "Authorization: Bearer $CUSTOMER" | jq -c '{status, first_responded_at}'

step "An internal note the customer cannot see anywhere, not even as a changed ETag or updated_at"
ETAG_BEFORE=$(curl -sS -i $B/tickets/$ID -H "Authorization: Bearer $CUSTOMER" | grep -i '^etag' | tr -d '\r')
json -X POST $B/tickets/$ID/comments -H "Authorization: Bearer $AGENT" -d '{"body":"Duplicate capture by the PSP, refund via console.","internal":true}' | jq -c '{id, internal}'
echo "customer comments: $(curl -sS $B/tickets/$ID/comments -H "Authorization: Bearer $CUSTOMER" | jq -c '{total, bodies: [.items[].body]}')"
echo "customer history mentions the note: $(curl -sS $B/tickets/$ID/history -H "Authorization: Bearer $CUSTOMER" | grep -c 'PSP' || true)"
echo "agent comments total: $(curl -sS $B/tickets/$ID/comments -H "Authorization: Bearer $AGENT" | jq .total)"
ETAG_AFTER=$(curl -sS -i $B/tickets/$ID -H "Authorization: Bearer $CUSTOMER" | grep -i '^etag' | tr -d '\r')
echo "customer's $ETAG_BEFORE before the note, $ETAG_AFTER after it"
[ "$ETAG_BEFORE" = "$ETAG_AFTER" ] || die "the internal note moved the customer's ETag"

step "Resolved by the agent, reopened by the customer"
json -X PUT $B/tickets/$ID/status -H "Authorization: Bearer $AGENT" -d '{"status":"resolved","reason":"Refund issued"}' | jq -c '{status, allowed_transitions}'
json -X PUT $B/tickets/$ID/status -H "Authorization: Bearer $CUSTOMER" -d '{"status":"reopened","reason":"Refund not received"}' | jq -c '{status}'

step "The history shows every step (as the customer sees it)"
curl -sS $B/tickets/$ID/history -H "Authorization: Bearer $CUSTOMER" | jq -r '.items[] | [.occurred_at, .kind, (.field // ""), (.old_value // ""), (.new_value // ""), (.note // ""), (.actor.full_name // "")] | @tsv'

step "Search: the customer's words find the ticket; the internal note's words find nothing for them, the ticket for staff"
json -G $B/search --data-urlencode 'q=visa' -H "Authorization: Bearer $CUSTOMER" | jq -c '[.items[] | {number: .ticket.number, match: .match.field, snippet: .match.snippet}]'
[ "$(json -G $B/search --data-urlencode 'q=PSP' -H "Authorization: Bearer $CUSTOMER" | jq '.total')" = 0 ] \
  || die "the customer's search found the internal note"
[ "$(json -G $B/search --data-urlencode 'q=PSP' -H "Authorization: Bearer $AGENT" | jq -r '.items[0].match.field')" = comment ] \
  || die "the agent's search did not find the internal note"
NUMBER=$(json $B/tickets/$ID -H "Authorization: Bearer $AGENT" | jq -r .number)
json -G $B/search --data-urlencode "q=$NUMBER" -H "Authorization: Bearer $AGENT" | jq -c '[.items[] | {number: .ticket.number, match: .match.field}]'

step "Paging by cursor, and the change feed for integrations (staff)"
NEXT=$(json "$B/tickets?page_size=1" -H "Authorization: Bearer $AGENT" | jq -r '.next_cursor // empty')
[ -z "$NEXT" ] || json "$B/tickets?page_size=1&cursor=$NEXT" -H "Authorization: Bearer $AGENT" | jq -c '{items: [.items[].number], has_more}'
json "$B/tickets/changes?page_size=5" -H "Authorization: Bearer $ADMIN" | jq -c '{items: [.items[].number], has_more}'

step "The list as CSV for a spreadsheet (staff): the same filters, no pages, streamed"
curl -sS "$B/tickets/export.csv?requester_id=$(json $B/auth/me -H "Authorization: Bearer $CUSTOMER" | jq -r .id)" \
  -H "Authorization: Bearer $AGENT" | sed -n 1,3p

step "Reports (staff): the dashboard, the volume per day in Berlin, the agent's own row, SLA compliance as CSV"
json "$B/reports/dashboard?tz=Europe/Berlin" -H "Authorization: Bearer $ADMIN" \
  | jq -c '{open, unassigned, sla_breached, created_today, resolved_last7_days, first_response}'
VOLUME=$(json "$B/reports/volume?tz=Europe/Berlin" -H "Authorization: Bearer $ADMIN")
echo "$VOLUME" | jq -c '{days: (.rows | length), created, resolved, reopened, backlog_now: .rows[-1].backlog}'
[ "$(echo "$VOLUME" | jq '.rows | length')" = 30 ] || die "the volume report has no row for each of the last 30 days"
ROWS=$(json "$B/reports/agents" -H "Authorization: Bearer $AGENT" | jq -c '[.rows[].agent_id]')
echo "the agent's report holds: $ROWS"
[ "$ROWS" = "[$AGENT_ID]" ] || die "the agent's report shows other agents' rows"
curl -sS "$B/reports/sla?format=csv" -H "Authorization: Bearer $ADMIN" | sed -n 1,2p

step "Tickets from another desk (admins): a dry run checks every row and changes nothing"
printf 'title,description,category,priority,requester_email,tags,created_at,status,external_id\r\n%s\r\n%s\r\n' \
  "Old invoice,Charged twice in 2025,billing,high,carla$RUN@example.com,invoice;legacy,2025-11-03T08:15:00Z,resolved,OLD-$RUN-1" \
  "Login,Cannot sign in,account,hihg,carla$RUN@example.com,,,,OLD-$RUN-2" \
  | curl -sS -X POST "$B/tickets/import?dry_run=true" -H 'Content-Type: text/csv' -H "Authorization: Bearer $ADMIN" \
      --data-binary @- | jq -c '{valid, rejected, errors}'

step "Teams route work: office hours, a queue, assignment on arrival (README, Teams and routing)"
HOURS='[{"from":"09:00","to":"17:00"}]'
CAL=$(json -X POST $B/calendars -H "Authorization: Bearer $ADMIN" -d "{\"name\":\"Berlin office $RUN\",\"time_zone\":\"Europe/Berlin\",
  \"week\":{\"monday\":$HOURS,\"tuesday\":$HOURS,\"wednesday\":$HOURS,\"thursday\":$HOURS,\"friday\":$HOURS}}" | jq -r '.id // empty')
[ -n "$CAL" ] || die "the admin could not create a business calendar"
TEAM=$(json -X POST $B/teams -H "Authorization: Bearer $ADMIN" \
  -d "{\"name\":\"Billing $RUN\",\"calendar_id\":$CAL,\"assignment_strategy\":\"round_robin\",\"auto_assign\":true}" | jq -r '.id // empty')
[ -n "$TEAM" ] || die "the admin could not create a team"
json -X PUT $B/teams/$TEAM/members/$AGENT_ID -H "Authorization: Bearer $ADMIN" -d '{"role":"member"}' \
  | jq -c '{team: .name, calendar: .calendar.name, members: [.members[] | {full_name, availability}]}'
json -X POST $B/categories -H "Authorization: Bearer $ADMIN" -d "{\"code\":\"tour$RUN\",\"name\":\"Tour $RUN\"}" >/dev/null
json -X PATCH $B/categories/tour$RUN -H "Authorization: Bearer $ADMIN" -d "{\"team_id\":$TEAM}" | jq -c '{code, team_id}'
ROUTED=$(json -X POST $B/tickets -H "Authorization: Bearer $CUSTOMER" -d "{\"title\":\"Invoice address wrong\",
  \"description\":\"Please change the address on my invoices.\",\"category\":\"tour$RUN\",\"priority\":\"high\"}")
echo "$ROUTED" | jq -c '{number, team: .team.name, assignee: .assignee.full_name,
  first_response_due_at: .sla.first_response_due_at, counted_in: .sla.business_calendar}'
[ "$(echo "$ROUTED" | jq -r '.assignee.id')" = "$AGENT_ID" ] || die "the team did not assign the new ticket at once"
RID=$(echo "$ROUTED" | jq -r .id)
TIA_ID=$(json -X POST $B/users -H "Authorization: Bearer $ADMIN" -d "{\"email\":\"tia$RUN@example.com\",
  \"password\":\"tia long passphrase\",\"full_name\":\"Tia Tech\",\"role\":\"agent\"}" | jq -r .id)
TECH=$(json -X POST $B/teams -H "Authorization: Bearer $ADMIN" -d "{\"name\":\"Tech $RUN\"}" | jq -r .id)
json -X PUT $B/teams/$TECH/members/$TIA_ID -H "Authorization: Bearer $ADMIN" -d '{"role":"member"}' >/dev/null
TIA=$(login "tia$RUN@example.com" "tia long passphrase")
CODE=$(curl -sS -o /dev/null -w '%{http_code}' $B/tickets/$RID -H "Authorization: Bearer $TIA")
echo "an agent of another team reads it: $CODE"
[ "$CODE" = 404 ] || die "an agent outside the team could read its ticket"
json -X PUT $B/auth/me/availability -H "Authorization: Bearer $AGENT" -d '{"status":"away"}' | jq -c .
json -X POST $B/tickets -H "Authorization: Bearer $CUSTOMER" -d "{\"title\":\"Second invoice question\",
  \"description\":\"Is VAT included in this price?\",\"category\":\"tour$RUN\"}" | jq -c '{number, waits_unassigned: (.assignee == null)}'
json -X PUT $B/auth/me/availability -H "Authorization: Bearer $AGENT" -d '{"status":"available"}' | jq -c .
echo "handed out on return: $(curl -sS "$B/tickets?team_id=$TEAM&unassigned=true" -H "Authorization: Bearer $AGENT" | jq '.items | length') waiting"
json -X PUT $B/tickets/$RID/team -H "Authorization: Bearer $ADMIN" -d "{\"team_id\":$TECH,\"reason\":\"A payment API error\"}" \
  | jq -c '{team: .team.name, status, assignee, first_response_due_at: .sla.first_response_due_at}'
echo "Tech reads it now: $(curl -sS -o /dev/null -w '%{http_code}' $B/tickets/$RID -H "Authorization: Bearer $TIA")"

step "Errors are problem details"
json -X POST $B/tickets -H "Authorization: Bearer $CUSTOMER" -d '{"title":"x","description":"short","category":"billing","priority":"asap"}' | jq -c '{status, code, errors}'
json -X PUT $B/tickets/$ID/status -H "Authorization: Bearer $AGENT" -d '{"status":"on_hold"}' | jq -c '{status, code, allowed}'
curl -sS "$B/tickets?sort=-title" -H "Authorization: Bearer $AGENT" | jq -c '{status, code, errors}'
curl -sS $B/tickets/$ID -X PATCH -H "Authorization: Bearer $AGENT" -H 'Content-Type: application/json' -H 'If-Match: "1"' -d '{"title":"Stale edit"}' | jq -c '{status, code}'
