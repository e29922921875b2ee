-- A team's lists at a million tickets (docs/performance.md, "Teams"): its tickets of a status, newest first, and
-- its waiting queue (nobody on them), for the list filters and for handing out work (JdbcTeamTickets). Without them
-- a team's waiting queue of open tickets took 150 ms (a bitmap of the team and of the status, then a sort).
CREATE INDEX tickets_team_status_created_idx ON tickets (team_id, status, created_at) WHERE team_id IS NOT NULL;
CREATE INDEX tickets_team_waiting_idx ON tickets (team_id, created_at)
    WHERE assignee_id IS NULL AND team_id IS NOT NULL;
-- The first index answers everything the single-column one did (team_id leads it), foreign-key checks included.
DROP INDEX tickets_team_idx;
