-- The first answer to each Idempotency-Key, per caller (RunIdempotentlyService keeps them for 24 h).
CREATE TABLE idempotency_keys (
    caller          TEXT        NOT NULL,
    idempotency_key TEXT        NOT NULL,
    request_hash    TEXT        NOT NULL,
    claimed_at      TIMESTAMPTZ NOT NULL,
    status          INTEGER,
    headers         TEXT,
    body            BYTEA,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idempotency_keys_claimed ON idempotency_keys (claimed_at);
