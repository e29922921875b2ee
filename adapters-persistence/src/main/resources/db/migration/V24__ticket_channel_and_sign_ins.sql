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
