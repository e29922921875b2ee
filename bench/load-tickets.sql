-- One chunk of bench/load-tickets.sh: tickets :first..:last of :total, with their metadata and history, in one
-- transaction. Set-based (generate_series), so a chunk is a handful of statements whatever its size.
-- Variables (psql -v): first, last, total (the whole load, for spreading created_at over two years), now (the
-- load's "now", the same for every chunk), prefix (the ticket number prefix the application is configured with).
\set ON_ERROR_STOP on

-- The chunk's scratch tables are session-local; a larger temp buffer keeps them out of temp files. Must be set
-- before the session touches its first temp table.
SET temp_buffers = '64MB';
-- Benchmark data: losing the last commit in a crash costs a rerun, never correctness.
SET synchronous_commit = off;

BEGIN;

-- People to pick from, numbered 1..n so a die roll becomes a join; only the loader's own accounts, so the shape of
-- the load does not depend on who else is in the desk.
CREATE TEMP TABLE bench_customers ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY id) AS n, id FROM users
    WHERE role = 'customer' AND email LIKE 'bench-customer-%@example.test';
CREATE TEMP TABLE bench_agents ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY id) AS n, id FROM users
    WHERE role = 'agent' AND email LIKE 'bench-agent-%@example.test';
CREATE TEMP TABLE bench_categories ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY code) AS n, code FROM categories WHERE active;
-- Temp tables get no statistics by themselves: without them the planner guesses a nested loop for the joins below.
ANALYZE bench_customers, bench_agents, bench_categories;

-- Every die a ticket needs, rolled once per row in the select list of a plain scan (a volatile call there is
-- evaluated per row; an uncorrelated LATERAL subquery could be evaluated once for all rows).
-- Ids come from ticket_seq like the application's, in g order, so ids and numbers never collide with what the
-- application draws next, and created_at grows with the id as it does in a real desk.
CREATE TEMP TABLE bench_dice ON COMMIT DROP AS
SELECT nextval('ticket_seq') AS id, g,
       :'now'::timestamptz - interval '730 days' * (1 - (g - random()) / :total) AS created_at,
       random() AS r_done, random() AS r_status, random() AS r_prio, random() AS r_cat, random() AS r_assign,
       random() AS r_agent, random() AS r_cust, random() AS r_hasfr, random() AS r_fr, random() AS r_res,
       random() AS r_close, random() AS r_pause, random() AS r_upd, random() AS r_meta, random() AS r_tag,
       random() AS r_text
FROM generate_series(:first, :last) AS g
ORDER BY g;

-- Status, priority and the people, from the dice.
CREATE TEMP TABLE bench_shape ON COMMIT DROP AS
SELECT d.*,
       -- Old tickets are mostly finished, recent ones mostly not: the chance of still being unfinished falls from
       -- 100 % today towards a 15 % backlog, averaging ~25 % over two years (so ~75 % resolved or closed).
       CASE WHEN d.r_done >= 0.15 + 0.85 * exp(-age_days / 90)
            THEN CASE WHEN d.r_status < 0.6 THEN 'closed' ELSE 'resolved' END
            -- Of the unfinished quarter: 40 % open (10 % of all), the rest in the working statuses.
            ELSE CASE WHEN d.r_status < 0.40 THEN 'open' WHEN d.r_status < 0.52 THEN 'assigned'
                      WHEN d.r_status < 0.76 THEN 'in_progress' WHEN d.r_status < 0.88 THEN 'waiting_on_customer'
                      WHEN d.r_status < 0.94 THEN 'on_hold' ELSE 'reopened' END
       END AS status,
       CASE WHEN d.r_prio < 0.30 THEN 'low' WHEN d.r_prio < 0.75 THEN 'medium' WHEN d.r_prio < 0.95 THEN 'high'
            ELSE 'urgent' END AS priority
FROM (SELECT bench_dice.*, extract(epoch FROM :'now'::timestamptz - created_at) / 86400 AS age_days
      FROM bench_dice) AS d;

CREATE TEMP TABLE bench_new ON COMMIT DROP AS
WITH s AS (
    SELECT s.*,
           -- SlaPolicy.defaults(): first response / resolution targets per priority.
           CASE s.priority WHEN 'urgent' THEN 7200 WHEN 'high' THEN 14400 WHEN 'medium' THEN 28800 ELSE 86400 END
               AS fr_target_s,
           CASE s.priority WHEN 'urgent' THEN 86400 WHEN 'high' THEN 172800 WHEN 'medium' THEN 432000
               ELSE 864000 END AS res_target_s,
           s.status IN ('resolved', 'closed') AS done,
           -- Open tickets are mostly unassigned, working ones always have someone, finished ones usually had
           -- (~85 % overall).
           CASE s.status WHEN 'open' THEN s.r_assign < 0.10 WHEN 'reopened' THEN s.r_assign < 0.95
                         WHEN 'resolved' THEN s.r_assign < 0.92 WHEN 'closed' THEN s.r_assign < 0.92
                         ELSE true END AS assigned,
           -- A staff answer for most tickets past 'open', and for a few open ones (unassigned again after one).
           CASE WHEN s.status = 'open' THEN s.r_hasfr < 0.05 ELSE s.r_hasfr < 0.92 END AS has_fr,
           -- Skewed picks: a few busy agents, a few customers with many tickets, some categories more common.
           1 + floor((SELECT count(*) FROM bench_agents) * s.r_agent ^ 1.5)::bigint AS agent_n,
           1 + floor((SELECT count(*) FROM bench_customers) * s.r_cust ^ 2)::bigint AS customer_n,
           1 + floor((SELECT count(*) FROM bench_categories) * s.r_cat ^ 1.4)::bigint AS category_n
    FROM bench_shape AS s
), t AS (
    SELECT s.*,
           -- First answer after 0..1.6 x the target (about a fifth breach), resolution after that.
           s.r_fr ^ 2 * 1.6 * s.fr_target_s AS fr_delay_s,
           s.r_fr ^ 2 * 1.6 * s.fr_target_s + s.r_res ^ 1.5 * 1.8 * s.res_target_s AS res_delay_s
    FROM s
), u AS (
    SELECT t.*,
           -- Nothing happens after the load's "now".
           CASE WHEN t.has_fr THEN least(:'now'::timestamptz, t.created_at + make_interval(secs => t.fr_delay_s))
           END AS first_responded_at,
           CASE WHEN t.done OR t.status = 'reopened'
                THEN least(:'now'::timestamptz, t.created_at + make_interval(secs => t.res_delay_s)) END AS done_at
    FROM t
), v AS (
    SELECT u.*,
           CASE WHEN u.status = 'resolved' OR (u.status = 'closed' AND u.r_close < 0.85) THEN u.done_at
           END AS resolved_at,
           -- 85 % of closed tickets were resolved first and closed up to 5 days later; the rest closed directly.
           CASE WHEN u.status = 'closed' AND u.r_close < 0.85
                    THEN least(:'now'::timestamptz, u.done_at + interval '5 days' * (u.r_close / 0.85))
                WHEN u.status = 'closed' THEN u.done_at END AS closed_at,
           -- A reopened ticket got a fresh resolution clock up to a week after it was resolved.
           CASE WHEN u.status = 'reopened'
                    THEN least(:'now'::timestamptz, u.done_at + interval '7 days' * u.r_close)
                ELSE u.created_at END AS res_started_at,
           -- Pauses (waiting on the customer, on hold) already over; none after a reopen restart.
           CASE WHEN u.status <> 'reopened' AND u.r_pause < 0.3 THEN floor(u.r_pause / 0.3 * 172800)::bigint
                ELSE 0 END AS res_paused_s
    FROM u
), w AS (
    SELECT v.*,
           -- The pause in progress started after the first answer, in the later half of the ticket's life.
           CASE WHEN v.status IN ('waiting_on_customer', 'on_hold')
                THEN greatest(coalesce(v.first_responded_at, v.created_at),
                              v.created_at + (:'now'::timestamptz - v.created_at) * (0.5 + 0.5 * v.r_pause))
           END AS res_paused_since,
           -- Resolving or closing stops both clocks; a first answer stops the first-response one.
           CASE WHEN v.has_fr THEN v.first_responded_at WHEN v.done THEN v.done_at END AS fr_stopped_at,
           CASE WHEN v.done THEN v.done_at END AS res_stopped_at
    FROM v
), x AS (
    SELECT w.*,
           w.created_at + make_interval(secs => w.fr_target_s) AS fr_due_at,
           w.res_started_at + make_interval(secs => w.res_target_s + w.res_paused_s) AS res_due_at,
           -- The last thing that happened, then a little later for an edit or a note.
           least(:'now'::timestamptz,
                 greatest(w.created_at, w.first_responded_at, w.resolved_at, w.closed_at, w.res_paused_since,
                          w.res_started_at) + interval '6 hours' * w.r_upd) AS updated_at
    FROM w
)
SELECT x.id, x.g, x.created_at, x.status, x.priority, c.code AS category, r.id AS requester_id,
       CASE WHEN x.assigned THEN a.id END AS assignee_id,
       x.first_responded_at, x.resolved_at, x.closed_at,
       x.fr_target_s, x.fr_stopped_at, x.fr_due_at,
       x.res_started_at, x.res_target_s, x.res_paused_s, x.res_paused_since, x.res_stopped_at, x.res_due_at,
       x.updated_at,
       -- One save in five ends with an internal note, which the customer does not see move the ticket.
       CASE WHEN x.r_upd < 0.8 THEN x.updated_at
            ELSE x.created_at + (x.updated_at - x.created_at) * x.r_meta END AS customer_updated_at,
       -- Versions count saves: creation is 0, then assignment, first answer, status steps and a few edits.
       (CASE WHEN x.assigned THEN 1 ELSE 0 END + CASE WHEN x.has_fr THEN 1 ELSE 0 END
        + CASE x.status WHEN 'open' THEN 0 WHEN 'assigned' THEN 0 WHEN 'in_progress' THEN 1
                        WHEN 'waiting_on_customer' THEN 2 WHEN 'on_hold' THEN 2 WHEN 'resolved' THEN 2
                        WHEN 'closed' THEN 3 ELSE 3 END
        + floor(x.r_upd * 4))::bigint AS version,
       -- A clock past its risk margin (20 % of the target left) or its due time has been reported as such by the
       -- SLA watcher; the end of a clock is its stop, its pause, or now.
       array_remove(ARRAY[
           CASE WHEN coalesce(x.fr_stopped_at, :'now'::timestamptz)
                     > x.fr_due_at - make_interval(secs => x.fr_target_s * 0.2) THEN 'FIRST_RESPONSE' END,
           CASE WHEN coalesce(x.res_stopped_at, x.res_paused_since, :'now'::timestamptz)
                     > x.res_due_at - make_interval(secs => x.res_target_s * 0.2) THEN 'RESOLUTION' END], NULL)
           AS sla_at_risk_reported,
       array_remove(ARRAY[
           CASE WHEN coalesce(x.fr_stopped_at, :'now'::timestamptz) > x.fr_due_at THEN 'FIRST_RESPONSE' END,
           CASE WHEN coalesce(x.res_stopped_at, x.res_paused_since, :'now'::timestamptz) > x.res_due_at
                THEN 'RESOLUTION' END], NULL) AS sla_breach_reported,
       x.r_meta, x.r_tag, x.r_text
FROM x
JOIN bench_customers AS r ON r.n = x.customer_n
JOIN bench_agents AS a ON a.n = x.agent_n
JOIN bench_categories AS c ON c.n = x.category_n;

INSERT INTO tickets (id, number, title, description, status, priority, category, tags, requester_id, assignee_id,
                     team_id, custom_fields, created_at, updated_at, first_responded_at, resolved_at, closed_at,
                     first_response_started_at, first_response_target_s, first_response_paused_s,
                     first_response_paused_since, first_response_stopped_at, first_response_due_at,
                     resolution_started_at, resolution_target_s, resolution_paused_s, resolution_paused_since,
                     resolution_stopped_at, resolution_due_at, sla_at_risk_reported, sla_breach_reported, version,
                     customer_version, customer_updated_at, first_response_at_risk_at, resolution_at_risk_at)
SELECT n.id,
       -- TicketNumber.of: prefix, dash, the sequence value zero-padded to at least six digits (lpad would cut
       -- longer ones, hence the greatest).
       :'prefix' || '-' || lpad(n.id::text, greatest(6, length(n.id::text)), '0'),
       (ARRAY['Cannot sign in', 'Invoice shows the wrong amount', 'Export to CSV times out', 'Password reset email never arrives',
              'API returns 502 on bulk update', 'Refund not received', 'Two-factor codes rejected', 'Dashboard loads slowly',
              'Webhook deliveries failing', 'Need to change the account owner', 'Mobile app crashes on start',
              'Feature idea: dark mode', 'Duplicate charge this month', 'SSO login loops back to the start',
              'Report numbers do not match'])[1 + floor(n.r_text * 15)::int],
       (ARRAY['Since this morning it fails every time I try.', 'It worked last week and nothing changed on our side.',
              'Several people in our team see the same thing.', 'We tried another browser and cleared the cache.',
              'This blocks our month-end close, please help quickly.', 'Screenshots are attached to the first reply.'])
           [1 + floor(n.r_tag * 6)::int] || ' ' ||
       (ARRAY['The error message says something about a timeout.', 'Our account id is in the signature below.',
              'It happens on both the web app and the mobile app.', 'Could you also check whether the invoice was sent?',
              'We are on the pro plan with about forty seats.'])[1 + floor(n.r_meta * 5)::int] || ' ' ||
       repeat('Steps: sign in, open the page, click the button, wait. ', 1 + floor(n.r_text * 4)::int),
       n.status, n.priority, n.category,
       -- Four tickets in ten carry no tag, the rest one or two.
       CASE WHEN n.r_tag < 0.4 THEN '{}'::text[]
            WHEN n.r_tag < 0.8 THEN ARRAY[(ARRAY['vip', 'printer', 'login', 'invoice', 'mobile', 'outage', 'refund',
                                                 'sso', 'export', 'webhook'])[1 + floor(n.r_text * 10)::int]]
            ELSE ARRAY[(ARRAY['vip', 'printer', 'login', 'invoice', 'mobile'])[1 + floor(n.r_text * 5)::int],
                       (ARRAY['outage', 'refund', 'sso', 'export', 'webhook'])[1 + floor(n.r_meta * 5)::int]] END,
       n.requester_id, n.assignee_id, NULL,
       CASE WHEN n.r_meta < 0.2 THEN jsonb_build_object('plan', (ARRAY['free', 'pro', 'enterprise'])[1 + floor(n.r_tag * 3)::int],
                                                         'seats', 1 + floor(n.r_text * 200)::int)
            ELSE '{}'::jsonb END,
       n.created_at, n.updated_at, n.first_responded_at, n.resolved_at, n.closed_at,
       n.created_at, n.fr_target_s, 0, NULL, n.fr_stopped_at, n.fr_due_at,
       n.res_started_at, n.res_target_s, n.res_paused_s, n.res_paused_since, n.res_stopped_at, n.res_due_at,
       n.sla_at_risk_reported, n.sla_breach_reported, n.version,
       -- The customer's version moves once per visible save; an internal note last means one save fewer.
       CASE WHEN n.customer_updated_at = n.updated_at THEN n.version ELSE greatest(0, n.version - 1) END,
       n.customer_updated_at,
       -- 24x7 (no team calendar): at risk once a fifth of the target is left.
       n.fr_due_at - make_interval(secs => n.fr_target_s * 0.2),
       n.res_due_at - make_interval(secs => n.res_target_s * 0.2)
FROM bench_new AS n
ORDER BY n.id;

-- Where the ticket came from: nine tickets in ten were submitted with it (the rest by email or API).
INSERT INTO ticket_metadata (ticket_id, browser, os, ip, user_agent, referrer)
SELECT n.id,
       (ARRAY['Chrome', 'Firefox', 'Safari', 'Edge'])[1 + floor(n.r_tag * 4)::int],
       (ARRAY['Windows', 'macOS', 'Linux', 'iOS', 'Android'])[1 + floor(n.r_text * 5)::int],
       format('10.%s.%s.%s', n.id % 251, (n.id / 251) % 251, 1 + n.g % 250),
       'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
       CASE WHEN n.r_meta < 0.85 THEN 'https://app.example.test/help/new-ticket' END
FROM bench_new AS n
WHERE n.r_meta < 0.9;

-- The audit trail the application would have written: 'created' (new_value = the number, by the requester) for
-- every ticket, and 'assigned' for every ticket that has an assignee (by the system: auto-assignment).
INSERT INTO ticket_history (ticket_id, event_id, kind, field, old_value, new_value, actor_id, internal, occurred_at)
SELECT n.id, gen_random_uuid(), 'created', NULL, NULL,
       :'prefix' || '-' || lpad(n.id::text, greatest(6, length(n.id::text)), '0'), n.requester_id, false,
       n.created_at
FROM bench_new AS n
UNION ALL
SELECT n.id, gen_random_uuid(), 'assigned', 'assignee', NULL, n.assignee_id::text, NULL, false,
       n.created_at + (coalesce(n.first_responded_at, n.updated_at) - n.created_at) / 2
FROM bench_new AS n
WHERE n.assignee_id IS NOT NULL
ORDER BY 1;

COMMIT;
