-- Supportdesk foundation schema: users, categories, tickets and their audit history.
-- Timestamps are timestamptz (stored in UTC); enumerations are text with CHECK constraints so they read well in
-- psql and can grow without an ALTER TYPE.

CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         text        NOT NULL,
    full_name     text        NOT NULL,
    password_hash text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('customer', 'agent', 'manager', 'admin')),
    active        boolean     NOT NULL DEFAULT true,
    skills        text[]      NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_role_active_idx ON users (role, active);

CREATE TABLE categories (
    code                     text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,49}$'),
    name                     text        NOT NULL,
    description              text        NOT NULL DEFAULT '',
    required_skill           text,
    first_response_minutes   integer CHECK (first_response_minutes > 0),
    resolution_minutes       integer CHECK (resolution_minutes > 0),
    active                   boolean     NOT NULL DEFAULT true
);

INSERT INTO categories (code, name, description, required_skill) VALUES
    ('technical',       'Technical',       'Something does not work as expected', 'technical'),
    ('billing',         'Billing',         'Invoices, payments and refunds',      'billing'),
    ('account',         'Account',         'Sign-in, profile and access',         NULL),
    ('general',         'General',         'Anything else',                       NULL),
    ('feature_request', 'Feature request', 'Ideas for the product',               NULL),
    ('bug_report',      'Bug report',      'A defect in the product',             'technical'),
    ('security',        'Security',        'Vulnerabilities and incidents',       'security'),
    ('api',             'API',             'Integrations and the public API',     'technical');

-- One sequence gives both the id and the human number (TKT-000123), unique across every instance.
CREATE SEQUENCE ticket_seq AS bigint START WITH 1;

CREATE TABLE tickets (
    id                         bigint PRIMARY KEY,
    number                     text        NOT NULL UNIQUE,
    title                      text        NOT NULL,
    description                text        NOT NULL,
    status                     text        NOT NULL CHECK (status IN ('open', 'assigned', 'in_progress',
                                   'waiting_on_customer', 'on_hold', 'resolved', 'closed', 'reopened')),
    priority                   text        NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    category                   text        NOT NULL REFERENCES categories (code),
    tags                       text[]      NOT NULL DEFAULT '{}',
    requester_id               bigint      NOT NULL REFERENCES users (id),
    assignee_id                bigint      REFERENCES users (id),
    team_id                    bigint,
    custom_fields              jsonb       NOT NULL DEFAULT '{}',
    created_at                 timestamptz NOT NULL,
    updated_at                 timestamptz NOT NULL,
    first_responded_at         timestamptz,
    resolved_at                timestamptz,
    closed_at                  timestamptz,
    first_response_started_at  timestamptz NOT NULL,
    first_response_target_s    bigint      NOT NULL,
    first_response_paused_s    bigint      NOT NULL,
    first_response_paused_since timestamptz,
    first_response_stopped_at  timestamptz,
    first_response_due_at      timestamptz NOT NULL,
    resolution_started_at      timestamptz NOT NULL,
    resolution_target_s        bigint      NOT NULL,
    resolution_paused_s        bigint      NOT NULL,
    resolution_paused_since    timestamptz,
    resolution_stopped_at      timestamptz,
    resolution_due_at          timestamptz NOT NULL,
    sla_at_risk_reported       text[]      NOT NULL DEFAULT '{}',
    sla_breach_reported        text[]      NOT NULL DEFAULT '{}',
    version                    bigint      NOT NULL
);
-- Every filter and sort of the ticket list has an index.
CREATE INDEX tickets_status_idx ON tickets (status);
CREATE INDEX tickets_priority_idx ON tickets (priority);
CREATE INDEX tickets_category_idx ON tickets (category);
CREATE INDEX tickets_assignee_idx ON tickets (assignee_id);
CREATE INDEX tickets_requester_idx ON tickets (requester_id);
CREATE INDEX tickets_team_idx ON tickets (team_id);
CREATE INDEX tickets_created_at_idx ON tickets (created_at);
CREATE INDEX tickets_updated_at_idx ON tickets (updated_at);
CREATE INDEX tickets_resolution_due_idx ON tickets (resolution_due_at);
CREATE INDEX tickets_tags_idx ON tickets USING gin (tags);

-- The audit trail: one row per changed field (or per event without fields), written in the change's transaction.
CREATE TABLE ticket_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_id   bigint      NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    event_id    uuid        NOT NULL,
    kind        text        NOT NULL,
    field       text,
    old_value   text,
    new_value   text,
    actor_id    bigint      REFERENCES users (id),
    internal    boolean     NOT NULL DEFAULT false,
    occurred_at timestamptz NOT NULL
);
CREATE INDEX ticket_history_ticket_idx ON ticket_history (ticket_id, occurred_at, id);

-- The durable round-robin cursor: the agent picked last, per team (0 = no team).
CREATE TABLE assignment_cursors (
    team_id        bigint PRIMARY KEY,
    last_agent_id  bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    updated_at     timestamptz NOT NULL
);
