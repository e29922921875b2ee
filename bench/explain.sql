-- EXPLAIN (ANALYZE, BUFFERS) of the ticket list's first pages as the admin sees them (no visibility condition), in
-- the shape JdbcTicketQueries produces (captured from PostgreSQL's log with log_min_duration_statement=0 at
-- f61368f): page_size 25 (LIMIT 26: one more tells whether a next page follows), newest first, include_total=false.
--   psql -h 127.0.0.1 -U postgres -d supportdesk_scale -f bench/explain.sql [-v agent=ID] [-v team=ID]
-- Without -v, the busiest bench agent and the busiest team are used. Run it twice: the first run is a cold cache.
\set ON_ERROR_STOP on
\if :{?agent}
\else
SELECT assignee_id AS agent FROM tickets WHERE assignee_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1 \gset
\endif
\if :{?team}
\else
SELECT team_id AS team FROM tickets WHERE team_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1 \gset
\endif
\echo agent :agent team :team

\echo '== list status=open'
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.*,
       r.email AS requester_email, r.full_name AS requester_full_name, r.role AS requester_role,
       r.active AS requester_active,
       a.email AS assignee_email, a.full_name AS assignee_full_name, a.role AS assignee_role,
       a.active AS assignee_active,
       m.browser AS meta_browser, m.os AS meta_os, m.ip AS meta_ip, m.user_agent AS meta_user_agent,
       m.referrer AS meta_referrer,
       tm.name AS team_name, tc.name AS team_calendar_name,
       pr.key AS project_key, pr.name AS project_name
FROM (SELECT t.id FROM tickets t WHERE t.status = 'open' ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) AS page
JOIN tickets t ON t.id = page.id JOIN users r ON r.id = t.requester_id
LEFT JOIN users a ON a.id = t.assignee_id
LEFT JOIN ticket_metadata m ON m.ticket_id = t.id
LEFT JOIN teams tm ON tm.id = t.team_id
LEFT JOIN business_calendars tc ON tc.id = tm.calendar_id
LEFT JOIN projects pr ON pr.id = t.project_id ORDER BY t.created_at DESC, t.id DESC;

\echo '== list assignee_id=:agent'
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.*,
       r.email AS requester_email, r.full_name AS requester_full_name, r.role AS requester_role,
       r.active AS requester_active,
       a.email AS assignee_email, a.full_name AS assignee_full_name, a.role AS assignee_role,
       a.active AS assignee_active,
       m.browser AS meta_browser, m.os AS meta_os, m.ip AS meta_ip, m.user_agent AS meta_user_agent,
       m.referrer AS meta_referrer,
       tm.name AS team_name, tc.name AS team_calendar_name,
       pr.key AS project_key, pr.name AS project_name
FROM (SELECT t.id FROM tickets t WHERE t.assignee_id = :agent ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) AS page
JOIN tickets t ON t.id = page.id JOIN users r ON r.id = t.requester_id
LEFT JOIN users a ON a.id = t.assignee_id
LEFT JOIN ticket_metadata m ON m.ticket_id = t.id
LEFT JOIN teams tm ON tm.id = t.team_id
LEFT JOIN business_calendars tc ON tc.id = tm.calendar_id
LEFT JOIN projects pr ON pr.id = t.project_id ORDER BY t.created_at DESC, t.id DESC;

\echo '== list team_id=:team'
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.*,
       r.email AS requester_email, r.full_name AS requester_full_name, r.role AS requester_role,
       r.active AS requester_active,
       a.email AS assignee_email, a.full_name AS assignee_full_name, a.role AS assignee_role,
       a.active AS assignee_active,
       m.browser AS meta_browser, m.os AS meta_os, m.ip AS meta_ip, m.user_agent AS meta_user_agent,
       m.referrer AS meta_referrer,
       tm.name AS team_name, tc.name AS team_calendar_name,
       pr.key AS project_key, pr.name AS project_name
FROM (SELECT t.id FROM tickets t WHERE t.team_id = :team ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) AS page
JOIN tickets t ON t.id = page.id JOIN users r ON r.id = t.requester_id
LEFT JOIN users a ON a.id = t.assignee_id
LEFT JOIN ticket_metadata m ON m.ticket_id = t.id
LEFT JOIN teams tm ON tm.id = t.team_id
LEFT JOIN business_calendars tc ON tc.id = tm.calendar_id
LEFT JOIN projects pr ON pr.id = t.project_id ORDER BY t.created_at DESC, t.id DESC;

\echo '== list priority=urgent'
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.*,
       r.email AS requester_email, r.full_name AS requester_full_name, r.role AS requester_role,
       r.active AS requester_active,
       a.email AS assignee_email, a.full_name AS assignee_full_name, a.role AS assignee_role,
       a.active AS assignee_active,
       m.browser AS meta_browser, m.os AS meta_os, m.ip AS meta_ip, m.user_agent AS meta_user_agent,
       m.referrer AS meta_referrer,
       tm.name AS team_name, tc.name AS team_calendar_name,
       pr.key AS project_key, pr.name AS project_name
FROM (SELECT t.id FROM tickets t WHERE t.priority = 'urgent' ORDER BY t.created_at DESC, t.id DESC LIMIT 26 OFFSET 0) AS page
JOIN tickets t ON t.id = page.id JOIN users r ON r.id = t.requester_id
LEFT JOIN users a ON a.id = t.assignee_id
LEFT JOIN ticket_metadata m ON m.ticket_id = t.id
LEFT JOIN teams tm ON tm.id = t.team_id
LEFT JOIN business_calendars tc ON tc.id = tm.calendar_id
LEFT JOIN projects pr ON pr.id = t.project_id ORDER BY t.created_at DESC, t.id DESC;
