-- Live chat presence: one row per open chat socket on any instance, kept alive by the instance's heartbeat. A row
-- whose last_seen_at is older than the presence timeout belongs to an instance that died without saying goodbye.
CREATE TABLE chat_presence (
    connection_id uuid PRIMARY KEY,
    ticket_id     bigint      NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    user_id       bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    connected_at  timestamptz NOT NULL,
    last_seen_at  timestamptz NOT NULL
);
CREATE INDEX chat_presence_ticket_idx ON chat_presence (ticket_id, user_id);
CREATE INDEX chat_presence_last_seen_idx ON chat_presence (last_seen_at);
