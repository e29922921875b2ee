-- A ticket's conversation: REST comments and chat messages in one ordered stream.
CREATE SEQUENCE comment_seq AS bigint START WITH 1;

CREATE TABLE ticket_comments (
    id          bigint PRIMARY KEY,
    ticket_id   bigint      NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    author_id   bigint      NOT NULL REFERENCES users (id),
    author_role text        NOT NULL CHECK (author_role IN ('customer', 'agent', 'manager', 'admin')),
    body        text        NOT NULL,
    internal    boolean     NOT NULL DEFAULT false,
    channel     text        NOT NULL CHECK (channel IN ('web', 'chat', 'email', 'system')),
    created_at  timestamptz NOT NULL,
    -- A customer can never author an internal note, whatever path the row took.
    CONSTRAINT ticket_comments_customer_not_internal CHECK (NOT (internal AND author_role = 'customer'))
);
CREATE INDEX ticket_comments_ticket_idx ON ticket_comments (ticket_id, id);

ALTER TABLE categories ADD COLUMN updated_at timestamptz;

-- Where a ticket was submitted from; written once at creation, removed with the ticket.
CREATE TABLE ticket_metadata (
    ticket_id   bigint PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    browser     text,
    os          text,
    ip          text,
    user_agent  text,
    referrer    text
);

ALTER TABLE ticket_history ADD COLUMN note text;
