-- The transactional outbox: every email is first a row here, written in the transaction of the change that caused
-- it, then sent by a dispatcher (see docs/decisions/0020-transactional-outbox-for-email.md).
CREATE TABLE outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The Message-ID header, fixed at enqueue time: a row delivered twice is recognisably one message, and
    -- enqueuing the same notification twice keeps one row.
    message_id      text        NOT NULL UNIQUE,
    kind            text        NOT NULL CHECK (kind IN ('ticket_created', 'ticket_assigned', 'staff_reply',
                        'customer_reply', 'ticket_resolved', 'sla_at_risk', 'sla_breached', 'daily_digest')),
    -- No foreign key: the record of what was mailed outlives a deleted ticket.
    ticket_id       bigint,
    recipients      text[]      NOT NULL CHECK (cardinality(recipients) > 0),
    subject         text        NOT NULL,
    text_body       text        NOT NULL,
    html_body       text        NOT NULL,
    status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error      text,
    next_attempt_at timestamptz NOT NULL,
    -- The lease of the dispatcher working on the row: claimed rows are not claimed again before it ends, and only
    -- the holder of claim_token may settle them.
    locked_until    timestamptz,
    claim_token     uuid,
    created_at      timestamptz NOT NULL,
    sent_at         timestamptz,
    CONSTRAINT outbox_sent_at_iff_sent CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
-- The dispatcher's one question, "what is due?", only ever looks at pending rows.
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at, id) WHERE status = 'pending';
CREATE INDEX outbox_status_created_idx ON outbox (status, created_at DESC, id DESC);
CREATE INDEX outbox_created_idx ON outbox (created_at DESC, id DESC);
CREATE INDEX outbox_ticket_idx ON outbox (ticket_id);

-- Opt-outs of non-essential email; a user without a row gets everything.
CREATE TABLE notification_preferences (
    user_id        bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    ticket_replies boolean     NOT NULL DEFAULT true,
    daily_digest   boolean     NOT NULL DEFAULT true,
    updated_at     timestamptz NOT NULL
);
