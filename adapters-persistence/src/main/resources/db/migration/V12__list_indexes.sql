-- The ticket list's common views, as composite indexes that give the filter and the order at once (the default
-- order is newest first, ties by id): the agents' queue by status, an assignee's tickets, a customer's own.
CREATE INDEX tickets_status_created_idx ON tickets (status, created_at DESC, id DESC);
CREATE INDEX tickets_assignee_created_idx ON tickets (assignee_id, created_at DESC, id DESC);
CREATE INDEX tickets_requester_created_idx ON tickets (requester_id, created_at DESC, id DESC);
-- Superseded by the composite ones, whose leading column serves the same lookups.
DROP INDEX tickets_status_idx;
DROP INDEX tickets_assignee_idx;
