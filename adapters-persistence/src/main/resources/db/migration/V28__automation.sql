-- Automation rules (issue 17, docs/decisions/0066-automation-rules.md): the rules, the record of their firings, the
-- periods time rules have fired for, and the rule behind a change in the audit trail.
--
-- Flyway runs this migration outside a transaction: the index on ticket_comments is built CONCURRENTLY, so a large
-- desk upgrades without its comments waiting (MigrationSettings allows the mix, as for V23 and V25). Every statement
-- may run again, so a start interrupted half-way finishes on the next; an interrupted index build leaves an INVALID
-- index that must be dropped first (docs/operations.md).

-- The rules administrators write. The definition is kept as the document they sent and parsed again whenever it is
-- read, so what runs is always what today's parser accepts, and the API shows a rule back as it was written. Name,
-- active, position and trigger_type are copies of the parsed definition, written with it: for the order rules are
-- listed in, for reading the active rules in every ticket change, and for whoever reads the table.
CREATE TABLE IF NOT EXISTS automation_rules (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text        NOT NULL,
    active       boolean     NOT NULL,
    position     integer     NOT NULL CHECK (position >= 0),
    trigger_type text        NOT NULL,
    document     jsonb       NOT NULL,
    saved_by     bigint      NOT NULL REFERENCES users (id),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);

-- Every firing of a rule on a ticket, for GET /automation/rules/{id}/runs: what set it off and what became of each
-- action ([{"action", "outcome", "code", "reason"}], code and reason for a failed action only). The rule's name is
-- kept as it was when it fired. Written in the transaction of the change (or the sweep) that fired the rule, so a
-- run is recorded exactly when its actions were; deleted with its rule or its ticket, and after a retention period.
CREATE TABLE IF NOT EXISTS automation_runs (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule_id   bigint      NOT NULL REFERENCES automation_rules (id) ON DELETE CASCADE,
    rule_name text        NOT NULL,
    ticket_id bigint      NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    trigger   text        NOT NULL,
    actions   jsonb       NOT NULL,
    -- Whether any action failed: the runs worth a look, without reading the actions.
    failed    boolean     NOT NULL,
    fired_at  timestamptz NOT NULL
);
-- A rule's runs, newest first.
CREATE INDEX IF NOT EXISTS automation_runs_rule_idx ON automation_runs (rule_id, fired_at DESC, id DESC);
-- "Which runs are older than the cut-off?", asked in bounded batches by the housekeeping job.
CREATE INDEX IF NOT EXISTS automation_runs_fired_idx ON automation_runs (fired_at);

-- The periods a time rule has fired for (decision 0066: a period is keyed by its rule, its ticket and the instant it
-- began). The key is the primary key, so of two instances sweeping at once only one inserts it and fires; the other
-- finds it and skips the period. A new status change or customer reply begins a new period, hence a new key: nothing
-- here is ever reset. Deleted with its rule or its ticket.
CREATE TABLE IF NOT EXISTS automation_fired_periods (
    period_key   text PRIMARY KEY,
    rule_id      bigint      NOT NULL REFERENCES automation_rules (id) ON DELETE CASCADE,
    ticket_id    bigint      NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    period_start timestamptz NOT NULL,
    fired_at     timestamptz NOT NULL
);
-- "Has this ticket's current period fired for this rule?", asked of every candidate of the sweep.
CREATE INDEX IF NOT EXISTS automation_fired_periods_rule_ticket_idx
    ON automation_fired_periods (rule_id, ticket_id, period_start);

-- A change a rule made names the rule in the audit trail. No foreign key: the history outlives a deleted rule, and
-- the name is kept as it was when the rule acted.
ALTER TABLE ticket_history ADD COLUMN IF NOT EXISTS rule_id bigint, ADD COLUMN IF NOT EXISTS rule_name text;

-- "When did the status last change?", asked in every change to a ticket (AutomationFacts) and of every ticket the
-- in_status_for sweep looks at. ticket_history_ticket_idx would walk the ticket's history back to its last status
-- change, and given max(occurred_at) the planner may prefer walking ticket_history_report_idx back through every
-- ticket's history instead; this one answers with one entry.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ticket_history_status_changes_idx ON ticket_history (ticket_id, occurred_at)
    WHERE kind = 'status_changed';

-- "When did the customer last write?", asked in every change to a ticket (AutomationFacts) and of every open ticket
-- the no_customer_reply_for sweep looks at. ticket_comments_ticket_idx (ticket_id, id) would read every comment of
-- the ticket to find it; this reads one entry.
CREATE INDEX CONCURRENTLY IF NOT EXISTS ticket_comments_customer_idx ON ticket_comments (ticket_id, created_at)
    WHERE author_role = 'customer';
