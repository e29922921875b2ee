-- Single-use tickets that open a chat socket (POST /api/v1/ws-tickets), by the SHA-256 of their value.
CREATE TABLE socket_tickets (
    ticket_hash TEXT PRIMARY KEY,
    user_id     BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at  TIMESTAMPTZ NOT NULL
);

CREATE INDEX socket_tickets_expiry ON socket_tickets (expires_at);
