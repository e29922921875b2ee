-- Projects: a body of work tickets may belong to, with its own key, an optional default team and, if it says so,
-- its own ticket numbers (WEB-000123; ticket ids stay global).
CREATE TABLE projects (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key              text        NOT NULL CHECK (key ~ '^[A-Z][A-Z0-9]{1,9}$'),
    name             text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    description      text        NOT NULL DEFAULT '',
    active           boolean     NOT NULL DEFAULT true,
    default_team_id  bigint      REFERENCES teams (id),
    own_numbers      boolean     NOT NULL DEFAULT false,
    -- The last number given to a ticket of the project, when it numbers its own.
    last_number      bigint      NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE UNIQUE INDEX projects_key_key ON projects (key);

-- What kind of request a ticket is; questions unless told otherwise.
ALTER TABLE tickets
    ADD COLUMN type       text   NOT NULL DEFAULT 'question'
        CHECK (type IN ('question', 'incident', 'problem', 'task')),
    ADD COLUMN project_id bigint REFERENCES projects (id);
-- Lists filtered by project or by type, newest first.
CREATE INDEX tickets_project_created_idx ON tickets (project_id, created_at DESC) WHERE project_id IS NOT NULL;
CREATE INDEX tickets_type_created_idx ON tickets (type, created_at DESC);

-- A ticket type may name the team its new tickets join (after the category's team and the project's default team).
CREATE TABLE ticket_types (
    code    text   PRIMARY KEY CHECK (code IN ('question', 'incident', 'problem', 'task')),
    team_id bigint REFERENCES teams (id)
);
INSERT INTO ticket_types (code) VALUES ('question'), ('incident'), ('problem'), ('task');
