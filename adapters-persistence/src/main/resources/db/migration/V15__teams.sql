-- Teams route work: a ticket belongs to at most one team, an agent reads their teams' tickets (TicketVisibility),
-- and each team counts its SLA time in a business calendar.

-- When a team is open. The definition (zone, weekly hours, holidays) is one document: it is read and written whole,
-- and every open ticket of a team counts in a copy of it (tickets.sla_calendar), so reading a ticket needs no join.
CREATE TABLE business_calendars (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    definition  jsonb       NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX business_calendars_name_key ON business_calendars (lower(name));

CREATE TABLE teams (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    description         text        NOT NULL DEFAULT '',
    active              boolean     NOT NULL DEFAULT true,
    time_zone           text        NOT NULL,
    calendar_id         bigint      REFERENCES business_calendars (id),
    assignment_strategy text        NOT NULL,
    auto_assign         boolean     NOT NULL DEFAULT false,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX teams_name_key ON teams (lower(name));
CREATE INDEX teams_calendar_idx ON teams (calendar_id);

CREATE TABLE team_members (
    team_id   bigint      NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    user_id   bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role      text        NOT NULL CHECK (role IN ('member', 'lead')),
    joined_at timestamptz NOT NULL,
    PRIMARY KEY (team_id, user_id)
);
-- Who is in which team, asked once per caller identification (CallerCache).
CREATE INDEX team_members_user_idx ON team_members (user_id);

-- A member's teams are part of who they are to the reading rule: instances forget the caller at once, as they do
-- for a change of role (V11).
CREATE FUNCTION team_members_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('supportdesk_accounts', OLD.user_id::text);
    ELSE
        PERFORM pg_notify('supportdesk_accounts', NEW.user_id::text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER team_members_change AFTER INSERT OR UPDATE OR DELETE ON team_members
    FOR EACH ROW EXECUTE FUNCTION team_members_announce_change();

ALTER TABLE categories ADD COLUMN team_id bigint REFERENCES teams (id);

-- Whether an agent takes new work now, and how much open work they take at most (none: no limit).
ALTER TABLE users
    ADD COLUMN availability     text    NOT NULL DEFAULT 'available'
        CHECK (availability IN ('available', 'away', 'offline')),
    ADD COLUMN max_open_tickets integer CHECK (max_open_tickets > 0);

-- Tickets already carry team_id (V1); now it names a team. The calendar their SLA counts in is copied with the
-- routing (null: 24x7), and the instant each clock turns "at risk" is kept beside its due time, because in business
-- time it is no longer due minus a fifth of the target.
ALTER TABLE tickets
    ADD CONSTRAINT tickets_team_fk FOREIGN KEY (team_id) REFERENCES teams (id),
    ADD COLUMN sla_calendar               jsonb,
    ADD COLUMN first_response_at_risk_at  timestamptz,
    ADD COLUMN resolution_at_risk_at      timestamptz;
UPDATE tickets SET
    first_response_at_risk_at = first_response_due_at - make_interval(secs => first_response_target_s * 0.2),
    resolution_at_risk_at = resolution_due_at - make_interval(secs => resolution_target_s * 0.2);
ALTER TABLE tickets
    ALTER COLUMN first_response_at_risk_at SET NOT NULL,
    ALTER COLUMN resolution_at_risk_at SET NOT NULL;


-- A ticket waiting in a team's queue (moved there unassigned, or given back) is mailed to the team.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check CHECK (kind IN ('ticket_created', 'ticket_assigned',
    'staff_reply', 'customer_reply', 'ticket_resolved', 'sla_at_risk', 'sla_breached', 'daily_digest',
    'ticket_queued'));
