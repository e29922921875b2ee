-- One chunk of bench/load-tickets.sh: tickets :first..:last of :total, with their metadata, history and comments, in
-- one transaction. Set-based (generate_series), so a chunk is a handful of statements whatever its size.
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
-- The bench teams, and their members numbered 1..size within each team, so an assignee is drawn from the team.
CREATE TEMP TABLE bench_teams ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY t.id) AS n, t.id,
           (SELECT count(*) FROM team_members m JOIN bench_agents a ON a.id = m.user_id WHERE m.team_id = t.id) AS size
    FROM teams t WHERE t.name LIKE 'Bench %';
CREATE TEMP TABLE bench_team_members ON COMMIT DROP AS
    SELECT row_number() OVER (PARTITION BY m.team_id ORDER BY m.user_id) AS k, m.team_id, m.user_id
    FROM team_members m JOIN bench_agents a ON a.id = m.user_id;

-- The text. A vocabulary of a few hundred support words, picked with a skew (the first words of each list come up
-- far more often than the last), in a handful of sentence shapes: pools of sentences and titles the tickets and
-- comments draw from. None of the three search terms (invoice, firmware, chargeback, and their stems) is in the
-- vocabulary: they are placed only where the dice say (below), so their frequencies are known.
CREATE FUNCTION pg_temp.pick(words text[], r double precision) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT words[1 + floor(array_length(words, 1) * r ^ 2)::int] $$;
CREATE FUNCTION pg_temp.capitalised(s text) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT upper(left(s, 1)) || substr(s, 2) $$;

CREATE TEMP TABLE bench_vocabulary ON COMMIT DROP AS
SELECT ARRAY['password', 'account', 'printer', 'email', 'dashboard', 'login page', 'report', 'mobile app', 'payment',
             'export', 'subscription', 'laptop', 'refund', 'order', 'browser', 'profile', 'vpn', 'calendar', 'inbox',
             'attachment', 'license', 'delivery', 'user', 'workspace', 'file', 'spreadsheet', 'notification',
             'integration', 'api key', 'webhook', 'receipt', 'credit card', 'shipment', 'tracking number', 'address',
             'username', 'project', 'folder', 'document', 'template', 'form', 'button', 'settings page', 'reminder',
             'token', 'sync', 'import', 'csv file', 'pdf', 'link', 'search', 'filter', 'chart', 'widget', 'camera',
             'microphone', 'headset', 'monitor', 'keyboard', 'docking station', 'router', 'network', 'wifi',
             'server', 'database', 'backup', 'plan', 'phone', 'tablet', 'screen', 'mouse', 'speaker', 'cable',
             'charger', 'battery', 'driver', 'update', 'installer', 'version', 'certificate', 'domain',
             'dns record', 'sso', 'two-factor code', 'verification email', 'reset link', 'session', 'cookie', 'cache',
             'timeout', 'error message', 'warning', 'popup', 'admin panel', 'role', 'permission', 'group', 'seat',
             'quota', 'storage', 'billing page', 'discount code', 'coupon', 'price', 'tax', 'currency',
             'bank transfer', 'statement', 'contract', 'signature', 'chat widget', 'phone line', 'voicemail',
             'scanner', 'toner', 'paper tray', 'shared drive', 'org chart', 'audit log', 'time sheet', 'payslip',
             'purchase order', 'warehouse', 'parcel', 'label', 'barcode', 'kiosk', 'tracking page']::text[] AS noun,
       ARRAY['open', 'reset', 'export', 'sync', 'download', 'print', 'update', 'install', 'restart', 'upload',
             'configure', 'connect', 'delete', 'archive', 'share', 'save', 'load', 'refresh', 'cancel', 'renew',
             'upgrade', 'downgrade', 'activate', 'verify', 'approve', 'submit', 'edit', 'rename', 'move', 'copy',
             'merge', 'restore', 'migrate', 'enable', 'disable', 'access', 'find', 'change', 'check', 'send',
             'receive', 'attach', 'sign', 'book', 'schedule', 'reconcile', 'track', 'scan', 'import', 'unlock']::text[]
           AS verb,
       ARRAY['new', 'shared', 'old', 'main', 'company', 'second', 'personal', 'default', 'mobile', 'desktop',
             'monthly', 'annual', 'weekly', 'internal', 'external', 'primary', 'backup', 'wireless', 'remote',
             'local', 'public', 'private', 'premium', 'basic', 'legacy', 'upgraded', 'corporate', 'regional',
             'temporary', 'automatic']::text[] AS adjective,
       ARRAY['it fails with an error', 'nothing happens', 'the page stays blank', 'it times out after a minute',
             'we get a 500 error', 'it asks for the password again', 'the spinner never stops',
             'the numbers look wrong', 'the total is doubled', 'the button is greyed out', 'it says access denied',
             'the connection drops', 'the file is empty', 'the layout is broken', 'it crashes immediately',
             'the status stays pending', 'the email never arrives', 'the link has expired', 'the upload is rejected',
             'the sync stops halfway', 'it is extremely slow', 'we see duplicate entries', 'the date is off by one day',
             'the text is cut off', 'the code is rejected', 'it logs us out', 'the result is missing rows',
             'it shows an old version', 'the request is refused', 'the app freezes']::text[] AS issue,
       ARRAY['stopped working', 'keeps failing', 'shows an error', 'is not updating', 'is missing', 'is very slow',
             'looks wrong', 'is locked', 'was changed without notice', 'disappeared', 'does not load',
             'is out of date', 'cannot be found', 'is blocked', 'shows the wrong data']::text[] AS state,
       ARRAY['since yesterday', 'since this morning', 'every monday', 'after the last update', 'since we moved office',
             'for about a week', 'sometimes', 'every time', 'since the weekend', 'since the upgrade', 'today',
             'again', 'since last friday', 'occasionally', 'every few hours', 'right after sign in',
             'during the night', 'randomly', 'since the new plan', 'since our migration']::text[] AS opener,
       ARRAY['our finance team', 'the sales team', 'two colleagues', 'our manager', 'the warehouse staff',
             'new hires', 'remote workers', 'our accountant', 'the support lead', 'everyone in the office',
             'our contractors', 'the night shift', 'our customers', 'the marketing team', 'one user',
             'several users', 'our admin', 'the legal team', 'our partners', 'the it department']::text[] AS who,
       ARRAY['day', 'week', 'month', 'quarter', 'year']::text[] AS period;

-- 8,000 sentences and 3,000 titles; each ticket and comment picks a few.
CREATE TEMP TABLE bench_sentences ON COMMIT DROP AS
SELECT g AS n,
       CASE floor(random() * 8)::int
           WHEN 0 THEN pg_temp.capitalised(pg_temp.pick(v.opener, random())) || ', when we '
                       || pg_temp.pick(v.verb, random()) || ' the ' || pg_temp.pick(v.noun, random()) || ', '
                       || pg_temp.pick(v.issue, random()) || '.'
           WHEN 1 THEN 'We tried to ' || pg_temp.pick(v.verb, random()) || ' the ' || pg_temp.pick(v.adjective, random())
                       || ' ' || pg_temp.pick(v.noun, random()) || ' but ' || pg_temp.pick(v.issue, random()) || '.'
           WHEN 2 THEN 'Could you ' || pg_temp.pick(v.verb, random()) || ' the ' || pg_temp.pick(v.noun, random())
                       || ' for ' || pg_temp.pick(v.who, random()) || '?'
           WHEN 3 THEN 'The ' || pg_temp.pick(v.noun, random()) || ' on the ' || pg_temp.pick(v.noun, random()) || ' '
                       || pg_temp.pick(v.state, random()) || ' ' || pg_temp.pick(v.opener, random()) || '.'
           WHEN 4 THEN pg_temp.capitalised(pg_temp.pick(v.who, random())) || ' cannot '
                       || pg_temp.pick(v.verb, random()) || ' the ' || pg_temp.pick(v.adjective, random()) || ' '
                       || pg_temp.pick(v.noun, random()) || '.'
           WHEN 5 THEN 'Is there a way to ' || pg_temp.pick(v.verb, random()) || ' the ' || pg_temp.pick(v.noun, random())
                       || ' from the ' || pg_temp.pick(v.noun, random()) || '?'
           WHEN 6 THEN 'Please ' || pg_temp.pick(v.verb, random()) || ' the ' || pg_temp.pick(v.noun, random())
                       || ' again, ' || pg_temp.pick(v.issue, random()) || '.'
           ELSE 'We need to ' || pg_temp.pick(v.verb, random()) || ' the ' || pg_temp.pick(v.noun, random())
                || ' before the end of the ' || pg_temp.pick(v.period, random()) || '.'
       END AS s
FROM bench_vocabulary AS v, generate_series(1, 8000) AS g;
CREATE TEMP TABLE bench_titles ON COMMIT DROP AS
SELECT g AS n,
       CASE floor(random() * 4)::int
           WHEN 0 THEN pg_temp.capitalised(pg_temp.pick(v.noun, random())) || ' ' || pg_temp.pick(v.state, random())
           WHEN 1 THEN 'Cannot ' || pg_temp.pick(v.verb, random()) || ' the ' || pg_temp.pick(v.noun, random())
           WHEN 2 THEN 'Question about the ' || pg_temp.pick(v.adjective, random()) || ' '
                       || pg_temp.pick(v.noun, random())
           ELSE pg_temp.capitalised(pg_temp.pick(v.adjective, random())) || ' ' || pg_temp.pick(v.noun, random())
                || ': ' || pg_temp.pick(v.issue, random())
       END AS s
FROM bench_vocabulary AS v, generate_series(1, 3000) AS g;

-- Temp tables get no statistics by themselves: without them the planner guesses a nested loop for the joins below.
ANALYZE bench_customers, bench_agents, bench_categories, bench_teams, bench_team_members, bench_sentences,
        bench_titles;

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
       random() AS r_text, random() AS r_team, random() AS r_route, random() AS r_title, random() AS r_len,
       random() AS r_s1, random() AS r_s2, random() AS r_s3, random() AS r_s4, random() AS r_s5,
       -- The search terms: a ticket has each with a fixed probability (see load-tickets.sh).
       random() < 0.30 AS has_common, random() < 0.01 AS has_medium, random() < 0.0001 AS has_rare,
       random() AS r_term
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
           -- Nine tickets in ten are routed to a team (some teams busier than others).
           CASE WHEN s.r_route < 0.9 THEN 1 + floor((SELECT count(*) FROM bench_teams) * s.r_team ^ 1.3)::bigint
           END AS team_n,
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
       -- The agent who works the ticket (its assignee, if it has one, and the author of the staff comments): a
       -- member of the ticket's team, or any agent for an unrouted ticket.
       CASE WHEN x.assigned THEN coalesce(m.user_id, a.id) END AS assignee_id,
       coalesce(m.user_id, a.id) AS agent_id, bt.id AS team_id, x.has_fr,
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
       x.r_meta, x.r_tag, x.r_text, x.r_title, x.r_len, x.r_s1, x.r_s2, x.r_s3, x.r_s4, x.r_s5,
       x.has_common, x.has_medium, x.has_rare, x.r_term
FROM x
JOIN bench_customers AS r ON r.n = x.customer_n
LEFT JOIN bench_teams AS bt ON bt.n = x.team_n
LEFT JOIN bench_team_members AS m ON m.team_id = bt.id AND m.k = 1 + floor(bt.size * x.r_agent ^ 1.5)::bigint
LEFT JOIN bench_agents AS a ON x.team_n IS NULL AND a.n = x.agent_n
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
       CASE WHEN n.has_common AND n.r_term < 0.4
            THEN (ARRAY['Invoice shows the wrong amount', 'Question about my invoice', 'Invoice missing from the billing page',
                        'Cannot download the invoice', 'Wrong address on the invoice'])[1 + floor(n.r_title * 5)::int]
            ELSE title.s END,
       -- Two to five sentences from the pool, and a sentence for each search term the ticket has.
       s1.s || CASE WHEN n.has_rare THEN ' ' || (ARRAY['Our bank has opened a chargeback for this payment.',
                                                       'We would like to avoid a chargeback, please refund instead.',
                                                       'The chargeback was filed by mistake by our card issuer.'])
                                                [1 + floor(n.r_s5 * 3)::int] ELSE '' END
       || ' ' || s2.s
       || CASE WHEN n.has_medium THEN ' ' || (ARRAY['After the firmware update the device restarts every hour.',
                                                    'Which firmware version should we install?',
                                                    'The firmware download link returns an error.',
                                                    'We rolled back the firmware but nothing changed.',
                                                    'Is there a known firmware problem with this model?'])
                                             [1 + floor(n.r_s4 * 5)::int] ELSE '' END
       || CASE WHEN n.r_len >= 0.25 THEN ' ' || s3.s ELSE '' END
       || CASE WHEN n.has_common THEN ' ' || (ARRAY['The invoice for last month is attached.',
                                                    'Please send a corrected invoice to our accountant.',
                                                    'The invoice number is in the subject line.',
                                                    'We have not received the invoice yet.',
                                                    'Our finance team needs the invoice by Friday.',
                                                    'The invoice total does not match the order.',
                                                    'Can you resend the invoice as a PDF?',
                                                    'The invoice still shows our old address.'])
                                             [1 + floor(n.r_s3 * 8)::int] ELSE '' END
       || CASE WHEN n.r_len >= 0.6 THEN ' ' || s4.s ELSE '' END
       || CASE WHEN n.r_len >= 0.85 THEN ' ' || s5.s ELSE '' END,
       n.status, n.priority, n.category,
       -- Four tickets in ten carry no tag, the rest one or two.
       CASE WHEN n.r_tag < 0.4 THEN '{}'::text[]
            WHEN n.r_tag < 0.8 THEN ARRAY[(ARRAY['vip', 'printer', 'login', 'invoice', 'mobile', 'outage', 'refund',
                                                 'sso', 'export', 'webhook'])[1 + floor(n.r_text * 10)::int]]
            ELSE ARRAY[(ARRAY['vip', 'printer', 'login', 'invoice', 'mobile'])[1 + floor(n.r_text * 5)::int],
                       (ARRAY['outage', 'refund', 'sso', 'export', 'webhook'])[1 + floor(n.r_meta * 5)::int]] END,
       n.requester_id, n.assignee_id, n.team_id,
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
JOIN bench_titles AS title ON title.n = 1 + floor(n.r_title * 3000)::int
JOIN bench_sentences AS s1 ON s1.n = 1 + floor(n.r_s1 * 8000)::int
JOIN bench_sentences AS s2 ON s2.n = 1 + floor(n.r_s2 * 8000)::int
JOIN bench_sentences AS s3 ON s3.n = 1 + floor(n.r_s3 * 8000)::int
JOIN bench_sentences AS s4 ON s4.n = 1 + floor(n.r_s4 * 8000)::int
JOIN bench_sentences AS s5 ON s5.n = 1 + floor(n.r_s5 * 8000)::int
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
-- every ticket, 'assigned' for every ticket that has an assignee (by the system: auto-assignment), and the status
-- steps below.
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
UNION ALL
-- The status steps the reports count (resolutions, closures, reopenings), by the ticket's agent: resolved at
-- resolved_at; closed at closed_at (from resolved, or straight from work); a reopened ticket was resolved when its
-- first resolution clock ended and reopened when its fresh one started.
SELECT n.id, gen_random_uuid(), 'status_changed', 'status', 'in_progress', 'resolved', n.agent_id, false,
       n.resolved_at
FROM bench_new AS n
WHERE n.resolved_at IS NOT NULL
UNION ALL
SELECT n.id, gen_random_uuid(), 'status_changed', 'status',
       CASE WHEN n.resolved_at IS NOT NULL THEN 'resolved' ELSE 'in_progress' END, 'closed', n.agent_id, false,
       n.closed_at
FROM bench_new AS n
WHERE n.closed_at IS NOT NULL
UNION ALL
SELECT n.id, gen_random_uuid(), 'status_changed', 'status', 'in_progress', 'resolved', n.agent_id, false,
       n.res_started_at - interval '1 hour'
FROM bench_new AS n
WHERE n.status = 'reopened'
UNION ALL
SELECT n.id, gen_random_uuid(), 'status_changed', 'status', 'resolved', 'reopened', n.requester_id, false,
       n.res_started_at
FROM bench_new AS n
WHERE n.status = 'reopened'
ORDER BY 1;

-- The conversation: each ticket rolls six coins, one comment per head (0-6, 3 on average). With a first response,
-- the first comment is the agent's public answer at first_responded_at and the rest follow until updated_at; without
-- one, no agent has answered in public, so the comments are the customer's follow-ups and internal notes.
CREATE TEMP TABLE bench_comment_plan ON COMMIT DROP AS
SELECT c.*, count(*) OVER (PARTITION BY c.ticket_id) AS cnt,
       row_number() OVER (PARTITION BY c.ticket_id ORDER BY c.j) AS k
FROM (SELECT n.id AS ticket_id, j, n.requester_id, n.agent_id, n.created_at, n.first_responded_at, n.updated_at,
             n.has_common, n.has_medium, n.has_rare, random() AS r_kind, random() AS r_at, random() AS r_s1,
             random() AS r_s2, random() AS r_extra, random() AS r_term, random() AS r_channel,
             random() AS r_secret
      FROM bench_new AS n CROSS JOIN generate_series(1, 6) AS j
      WHERE random() < 0.5) AS c;

CREATE TEMP TABLE bench_comments ON COMMIT DROP AS
SELECT p.*,
       -- Public comments alternate answer and reply once an agent has answered; one in four of the others is an
       -- internal note (about a fifth of all comments).
       CASE WHEN p.internal THEN 'agent'
            WHEN p.first_responded_at IS NULL THEN 'customer'
            WHEN sum(CASE WHEN p.internal THEN 0 ELSE 1 END) OVER (PARTITION BY p.ticket_id ORDER BY p.k) % 2 = 1
                THEN 'agent'
            ELSE 'customer' END AS author_role
FROM (SELECT plan.*,
             NOT (plan.k = 1 AND plan.first_responded_at IS NOT NULL) AND plan.r_kind < 0.26 AS internal,
             CASE WHEN plan.k = 1 AND plan.first_responded_at IS NOT NULL THEN plan.first_responded_at
                  -- After the ticket (and its first answer), before its last change, in order.
                  ELSE least(:'now'::timestamptz, plan.updated_at,
                             greatest(plan.created_at + interval '30 seconds',
                                      coalesce(plan.first_responded_at, plan.created_at)
                                      + (plan.updated_at - coalesce(plan.first_responded_at, plan.created_at))
                                        * ((plan.k - 1) + plan.r_at) / plan.cnt)) END AS at
      FROM bench_comment_plan AS plan) AS p;

-- Ids from comment_seq in (ticket, position) order, as the application draws them (JdbcCommentRepository), and the
-- 'comment_added' audit entry the application writes with each (JdbcTicketHistory).
WITH added AS (
    INSERT INTO ticket_comments (id, ticket_id, author_id, author_role, body, internal, channel, created_at)
    SELECT nextval('comment_seq'), c.ticket_id,
           CASE c.author_role WHEN 'customer' THEN c.requester_id ELSE c.agent_id END, c.author_role,
           CASE WHEN c.internal
                    THEN (ARRAY['Internal note:', 'Checked the logs:', 'Escalating to tier 2:',
                                'Customer is on the enterprise plan.', 'Reproduced on staging:'])
                             [1 + floor(c.r_extra * 5)::int]
                WHEN c.author_role = 'agent'
                    THEN (ARRAY['Thanks for reaching out.', 'Thank you for the details.', 'Sorry for the trouble.',
                                'I have looked into this.', 'Thanks for your patience.'])[1 + floor(c.r_extra * 5)::int]
                ELSE (ARRAY['Thanks for the quick answer.', 'Still the same here.', 'Any update on this?',
                            'I tried that already.', 'One more detail:'])[1 + floor(c.r_extra * 5)::int]
           END
           || ' ' || s1.s
           || CASE WHEN c.r_s2 < 0.5 THEN ' ' || s2.s ELSE '' END
           -- A ticket's search terms come up in half of its comments, and nowhere else.
           || CASE WHEN c.has_rare AND c.r_term < 0.5 THEN ' About the chargeback: please hold it for now.' ELSE '' END
           || CASE WHEN c.has_medium AND c.r_term < 0.5 THEN ' The firmware version is in the screenshot.' ELSE '' END
           || CASE WHEN c.has_common AND c.r_term < 0.5 THEN ' See the invoice again.' ELSE '' END
           -- A word only internal notes have, for checking that customers never find them.
           || CASE WHEN c.internal AND c.r_secret < 0.02 THEN ' Looks like zanzibarquux again, see the runbook.'
                   ELSE '' END
           || CASE WHEN c.author_role = 'agent' AND NOT c.internal
                   THEN ' ' || (ARRAY['Could you try again and let us know?', 'I have escalated this to our engineers.',
                                      'This should be fixed now.', 'We have applied a fix on our side.'])
                                [1 + floor(c.r_s2 * 4)::int] ELSE '' END,
           c.internal,
           CASE WHEN c.internal THEN 'web' WHEN c.r_channel < 0.5 THEN 'web' WHEN c.r_channel < 0.85 THEN 'email'
                ELSE 'chat' END,
           c.at
    FROM bench_comments AS c
    JOIN bench_sentences AS s1 ON s1.n = 1 + floor(c.r_s1 * 8000)::int
    JOIN bench_sentences AS s2 ON s2.n = 1 + floor(c.r_s2 * 8000)::int
    ORDER BY c.ticket_id, c.k
    RETURNING id, ticket_id, author_id, internal, created_at
)
INSERT INTO ticket_history (ticket_id, event_id, kind, field, old_value, new_value, actor_id, internal, occurred_at)
SELECT a.ticket_id, gen_random_uuid(), 'comment_added', 'comment', NULL, a.id::text, a.author_id, a.internal,
       a.created_at
FROM added AS a
ORDER BY a.ticket_id, a.id;

COMMIT;
