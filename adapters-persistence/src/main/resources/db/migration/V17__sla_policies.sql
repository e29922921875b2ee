-- The desk's SLA targets per priority, edited by administrators (GET /sla-policies, PUT /sla-policies/{priority});
-- categories tighten them with their own overrides as before. Seeded with the targets the desk had in code.
CREATE TABLE sla_policies (
    priority               text        PRIMARY KEY CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    first_response_minutes integer     NOT NULL CHECK (first_response_minutes > 0),
    resolution_minutes     integer     NOT NULL CHECK (resolution_minutes > 0),
    updated_at             timestamptz NOT NULL
);
INSERT INTO sla_policies (priority, first_response_minutes, resolution_minutes, updated_at) VALUES
    ('urgent', 120, 1440, now()),
    ('high', 240, 2880, now()),
    ('medium', 480, 7200, now()),
    ('low', 1440, 14400, now());
