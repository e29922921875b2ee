-- How a ticket came in (TicketChannel): set once when the ticket is created, never changed. The tickets already there
-- came in through the web, the only way there was, and take the default.
--
-- Instant at a million tickets: a column with a constant default is added without rewriting the table (PostgreSQL
-- 11 and later), and the CHECK is added NOT VALID, so PostgreSQL does not scan every row under the ALTER's exclusive
-- lock to prove what the default already guarantees (written inline, the CHECK cost 0.5 s of a locked table at
-- 1M narrower rows, warm). Every row written from now on is checked all the same. An operator who wants the
-- constraint marked valid may run `ALTER TABLE tickets VALIDATE CONSTRAINT tickets_channel_check` at any time: it
-- scans under a lock that lets reads and writes go on.
ALTER TABLE tickets ADD COLUMN channel text NOT NULL DEFAULT 'web';
ALTER TABLE tickets ADD CONSTRAINT tickets_channel_check
    CHECK (channel IN ('web', 'email', 'chat', 'phone', 'import')) NOT VALID;

-- Who signed in when (SignInLog): one row per successful password sign-in, written in the sign-in's transaction, for
-- the administrators' per-user activity report. Refresh tokens cannot serve (they are deleted when they expire), and
-- refreshing a session is not a sign-in. Rows older than SIGN_IN_RETENTION (400 days) are deleted by the sign-in
-- housekeeping (every 10 minutes), which the index on the time serves, as it serves a report over a period; the
-- index by user serves one user's sign-ins and the cascade when a user is deleted.
CREATE TABLE sign_ins (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    signed_in_at timestamptz NOT NULL
);
CREATE INDEX sign_ins_signed_in_at_idx ON sign_ins (signed_in_at);
CREATE INDEX sign_ins_user_signed_in_at_idx ON sign_ins (user_id, signed_in_at);
