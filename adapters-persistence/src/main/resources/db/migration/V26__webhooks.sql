-- Signed outbound webhooks (docs/decisions/0065-webhooks.md, docs/webhooks.md).
CREATE TABLE webhooks (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url                   text        NOT NULL CHECK (length(url) <= 2000),
    events                text[]      NOT NULL CHECK (cardinality(events) > 0),
    active                boolean     NOT NULL,
    -- Standard Webhooks secrets (whsec_ + base64 key). Kept as written: signing needs the key itself, not a hash.
    secret                text        NOT NULL,
    -- After a rotation the old secret keeps signing beside the new one until previous_secret_until.
    previous_secret       text,
    previous_secret_until timestamptz,
    consecutive_failures  integer     NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
    -- Why the desk turned it off (410 Gone, too many failures in a row, an administrator); null while active.
    disabled_reason       text,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    CONSTRAINT webhooks_previous_secret_has_an_end
        CHECK ((previous_secret IS NULL) = (previous_secret_until IS NULL))
);

-- The webhooks' outbox: one row per message and webhook, written in the transaction of the change it reports and
-- claimed by dispatchers with FOR UPDATE SKIP LOCKED under a lease, like the email outbox (V4).
CREATE TABLE webhook_deliveries (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    webhook_id      bigint      NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    -- The webhook-id header: the same on every retry and redelivery, so receivers can drop duplicates.
    message_id      text        NOT NULL UNIQUE,
    event_type      text        NOT NULL,
    -- No foreign key: the log of what was sent outlives a deleted ticket. Null for a ping.
    ticket_id       bigint,
    body            text        NOT NULL,
    status          text        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts        integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at timestamptz NOT NULL,
    locked_until    timestamptz,
    claim_token     uuid,
    -- The last attempt: the receiver's status and the start of its body, or why there was no answer.
    response_status integer,
    response_body   text,
    last_error      text,
    duration_ms     integer,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz,
    CONSTRAINT webhook_deliveries_delivered_at_iff_delivered CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
);
-- "What is due?" only ever looks at pending rows.
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at, id) WHERE status = 'pending';
-- "Is an older delivery of this ticket to this webhook still waiting?", asked of every candidate: keeps order.
CREATE INDEX webhook_deliveries_order_idx ON webhook_deliveries (webhook_id, ticket_id, id) WHERE status = 'pending';
-- The delivery log, newest first.
CREATE INDEX webhook_deliveries_log_idx ON webhook_deliveries (webhook_id, id DESC);
