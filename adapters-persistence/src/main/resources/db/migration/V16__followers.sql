-- Staff who follow a ticket without owning it: they get its staff notifications and may join its chat. At most
-- twenty per ticket (TicketFollowing), checked by the use case under the ticket's row lock.
CREATE TABLE ticket_followers (
    ticket_id  bigint      NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    added_at   timestamptz NOT NULL,
    PRIMARY KEY (ticket_id, user_id)
);
-- What a person follows, when their access changes (a team left).
CREATE INDEX ticket_followers_user_idx ON ticket_followers (user_id);
