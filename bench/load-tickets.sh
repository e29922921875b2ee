#!/usr/bin/env bash
# Fills a migrated Supportdesk database with COUNT (default 1,000,000) realistic tickets and their conversations, to
# see how the ticket list, search, the change feed, the export and /stats behave at the size of a real desk
# (docs/performance.md, issue 15).
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres PGDATABASE=supportdesk bench/load-tickets.sh [COUNT]
#   (or COUNT=... in the environment; CHUNK tickets per transaction, default 100,000; TICKET_PREFIX, default TKT)
# The application must have migrated the database already (the tables must exist). The loader adds, never
# replaces: 50,000 customers and 200 agents named bench-*@example.test and ten teams named "Bench ..." (24x7, no
# calendar) with every bench agent in one or two of them (all once), a few categories if the desk has fewer than
# eight, then the tickets with their metadata, audit trail and comments (0-6 each, 3 on average, about one in five
# an internal note), drawing ids from ticket_seq and comment_seq like the application does, so the numbers it hands
# out next never collide with these. Nine tickets in ten are routed to a team; an assignee is always a member of the
# ticket's team. Everything is set-based SQL (bench/load-tickets.sql, one transaction per chunk): no round trip per
# row. The bench accounts get the unusable password hash '!', so nobody can sign in as them.
#
# The text is built from a vocabulary of a few hundred support words with a skewed (Zipf-like) frequency, and three
# search terms are placed with a known probability per ticket (never elsewhere), for the search benchmark:
#   chargeback  rare,   ~0.01 % of tickets (~100 at 1M)
#   firmware    medium, ~1 %    of tickets (~10,000 at 1M)
#   invoice     common, ~30 %   of tickets (~300,000 at 1M)
# A ticket with a term has it in its description (the common one also in the title for two in five), and each of
# its comments mentions it with probability 1/2. "zanzibarquux" appears in ~2 % of the internal notes and nowhere
# else: a customer's search for it must find nothing.
set -euo pipefail
cd "$(dirname "$0")"

COUNT=${1:-${COUNT:-1000000}}
CHUNK=${CHUNK:-100000}
# The number prefix the application is configured with (supportdesk.ticket.number-prefix).
PREFIX=${TICKET_PREFIX:-TKT}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGDATABASE=${PGDATABASE:-supportdesk}
# NOTICEs (e.g. from ON CONFLICT-less DDL) are noise here.
export PGOPTIONS='-c client_min_messages=warning'

[[ $COUNT =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [COUNT]  (a positive number of tickets)" >&2; exit 2; }
[[ $CHUNK =~ ^[1-9][0-9]*$ ]] || { echo "CHUNK must be a positive number" >&2; exit 2; }
[[ $PREFIX =~ ^[A-Z][A-Z0-9]{1,9}$ ]] || { echo "TICKET_PREFIX must look like TKT (see TicketNumber)" >&2; exit 2; }
command -v psql >/dev/null || { echo "$0 needs psql on the PATH" >&2; exit 1; }

psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

if [[ $(psql_q -Atc "SELECT to_regclass('public.tickets') IS NOT NULL AND to_regclass('public.ticket_metadata') IS NOT NULL") != t ]]; then
  echo "no Supportdesk schema in $PGDATABASE at $PGHOST:$PGPORT: start the application once so it migrates" >&2
  exit 1
fi

started=$SECONDS
before=$(psql_q -Atc 'SELECT count(*) FROM tickets')
echo "loading $COUNT tickets into $PGDATABASE at $PGHOST:$PGPORT (has $before), $CHUNK per transaction"

# People and categories first, idempotently: a second run reuses the same accounts.
psql_q <<'SQL'
-- Customers and agents, created once; the email index is on lower(email), hence the expression in ON CONFLICT.
INSERT INTO users (email, full_name, password_hash, role, active, skills, created_at, updated_at)
SELECT format('bench-customer-%s@example.test', n), format('Bench Customer %s', n), '!', 'customer', true, '{}',
       now() - interval '800 days', now() - interval '800 days'
FROM generate_series(1, 50000) AS n
ON CONFLICT ((lower(email))) DO NOTHING;

-- Agents with the skills the categories ask for (technical, billing, security), so skill-based assignment has
-- candidates; one in ten has none.
INSERT INTO users (email, full_name, password_hash, role, active, skills, created_at, updated_at)
SELECT format('bench-agent-%s@example.test', n), format('Bench Agent %s', n), '!', 'agent', true,
       (ARRAY['{technical}', '{billing}', '{technical,security}', '{technical,billing}', '{billing,security}',
              '{technical}', '{billing}', '{technical}', '{security}', '{}'])[1 + n % 10]::text[],
       now() - interval '800 days', now() - interval '800 days'
FROM generate_series(1, 200) AS n
ON CONFLICT ((lower(email))) DO NOTHING;

-- Ten teams, open around the clock (no calendar, so tickets carry no sla_calendar and their SLA clocks are plain
-- wall-clock time, as the ticket SQL computes them), in a few zones and with each assignment strategy.
INSERT INTO teams (name, description, active, time_zone, calendar_id, assignment_strategy, auto_assign, created_at,
                   updated_at)
SELECT 'Bench ' || name, 'Benchmark team: ' || lower(name), true,
       (ARRAY['Europe/Berlin', 'America/New_York', 'Asia/Singapore', 'UTC', 'Europe/London'])[1 + n % 5], NULL,
       (ARRAY['round_robin', 'least_loaded', 'skill_based', 'random'])[1 + n % 4], n % 3 = 0,
       now() - interval '800 days', now() - interval '800 days'
FROM unnest(ARRAY['Tier 1', 'Billing', 'Technical', 'Security', 'Hardware', 'Integrations', 'Mobile', 'Enterprise',
                  'Onboarding', 'Shipping']) WITH ORDINALITY AS t (name, n)
ON CONFLICT ((lower(name))) DO NOTHING;

-- Every bench agent in one team (agent n in team n mod 10), every other one in a second; the first agent of each
-- team leads it.
WITH agents AS (
    SELECT row_number() OVER (ORDER BY id) AS n, id FROM users
    WHERE role = 'agent' AND email LIKE 'bench-agent-%@example.test'
), teams AS (
    SELECT row_number() OVER (ORDER BY id) AS n, id FROM teams WHERE name LIKE 'Bench %'
)
INSERT INTO team_members (team_id, user_id, role, joined_at)
SELECT t.id, a.id, CASE WHEN m.first AND a.n <= 10 THEN 'lead' ELSE 'member' END, now() - interval '800 days'
FROM agents AS a
CROSS JOIN LATERAL (VALUES (1 + (a.n - 1) % 10, true),
                           (CASE WHEN a.n % 2 = 0 THEN 1 + (a.n * 3 + 4) % 10 END, false)) AS m (team_n, first)
JOIN teams AS t ON t.n = m.team_n
ON CONFLICT (team_id, user_id) DO NOTHING;

-- V1 seeds eight categories; a desk that removed some gets a few back so tickets still spread.
INSERT INTO categories (code, name, description, required_skill)
SELECT code, name, description, skill
FROM (VALUES ('bench_shipping', 'Shipping', 'Deliveries and returns', NULL),
             ('bench_hardware', 'Hardware', 'Devices and peripherals', 'technical'),
             ('bench_onboarding', 'Onboarding', 'Getting started', NULL),
             ('bench_compliance', 'Compliance', 'Contracts, GDPR and audits', NULL),
             ('bench_integrations', 'Integrations', 'Third-party tools', 'technical'),
             ('bench_mobile', 'Mobile', 'The mobile apps', 'technical'),
             ('bench_reporting', 'Reporting', 'Dashboards and exports', NULL),
             ('bench_licensing', 'Licensing', 'Seats and plans', 'billing')) AS extra (code, name, description, skill)
WHERE (SELECT count(*) FROM categories WHERE active) < 8
ON CONFLICT (code) DO NOTHING;
SQL
echo "people: $(psql_q -Atc "SELECT count(*) FILTER (WHERE role = 'customer') || ' bench customers, ' || count(*) FILTER (WHERE role = 'agent') || ' bench agents' FROM users WHERE email LIKE 'bench-%@example.test'"), teams: $(psql_q -Atc "SELECT count(DISTINCT t.id) || ' with ' || count(m.user_id) || ' memberships' FROM teams t LEFT JOIN team_members m ON m.team_id = t.id WHERE t.name LIKE 'Bench %'"), categories: $(psql_q -Atc 'SELECT count(*) FROM categories WHERE active')"

# One "now" for the whole load, so chunks agree on what "two years ago" and "not yet" mean.
now=$(psql_q -Atc 'SELECT now()')
for ((first = 1; first <= COUNT; first += CHUNK)); do
  last=$((first + CHUNK - 1 < COUNT ? first + CHUNK - 1 : COUNT))
  chunk_started=$SECONDS
  psql_q -v first="$first" -v last="$last" -v total="$COUNT" -v now="$now" -v prefix="$PREFIX" -f load-tickets.sql
  echo "  tickets $first..$last loaded in $((SECONDS - chunk_started)) s"
done

# Fresh statistics for the planner (the point of the load is to look at plans), and a vacuum so the visibility
# map allows index-only scans as it would in a desk that autovacuum has long since visited.
vacuum_started=$SECONDS
psql_q -c 'VACUUM (ANALYZE) tickets, ticket_metadata, ticket_history, ticket_comments, users, teams, team_members, categories'
# The tallies /stats reads (V14) took one update per ticket inside a few long transactions, which leaves their few
# thousand rows spread over pages of dead versions; rewritten, they are what a desk's everyday small transactions
# (pruned as they go) keep them at.
psql_q -c 'VACUUM (FULL, ANALYZE) ticket_tallies, ticket_assignee_tallies'
echo "vacuum and analyze: $((SECONDS - vacuum_started)) s"

psql_q -P footer=off <<'SQL'
SELECT status, count(*) AS tickets, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS pct,
       round(100.0 * count(assignee_id) / count(*), 1) AS pct_assigned
FROM tickets GROUP BY status ORDER BY count(*) DESC;
SELECT count(*) AS tickets, pg_size_pretty(pg_total_relation_size('tickets')) AS tickets_size_with_indexes,
       (SELECT count(*) FROM ticket_history) AS history_rows, (SELECT count(*) FROM ticket_metadata) AS metadata_rows,
       round(100.0 * count(team_id) / count(*), 1) AS pct_routed
FROM tickets;
SELECT count(*) AS comments, round(100.0 * count(*) FILTER (WHERE internal) / count(*), 1) AS pct_internal,
       round(100.0 * count(*) FILTER (WHERE author_role = 'customer') / count(*), 1) AS pct_customer,
       pg_size_pretty(pg_total_relation_size('ticket_comments')) AS comments_size_with_indexes
FROM ticket_comments;
SQL
echo "added $COUNT tickets in $((SECONDS - started)) s"
