-- The ticket list at a million tickets: every common first page reads about a page of index entries, whatever the
-- size of the desk (measured with bench/load-tickets.sh; docs/performance.md has the plans).

-- Superseded: (requester_id) leads (requester_id, created_at DESC, id DESC) of V12 and (requester_id,
-- customer_updated_at) of V9. Priority and category have four and a handful of values: a page filtered on them walks
-- an ordered index and filters, and the status + category + priority index below serves the triaged queue.
-- Neither is needed for a foreign key check: users and categories are never deleted, category codes never change.
DROP INDEX tickets_requester_idx;
DROP INDEX tickets_priority_idx;
DROP INDEX tickets_category_idx;

-- Priority as a number the list can sort by through an index (sorting by a CASE expression needs every matching row
-- before the first page: 4.4 s for the whole desk at 1M). The numbers are Priority.rank(); TicketSqlTest holds the
-- column to the domain's ranks. Adding it rewrites the table once (about 15 s at 1M tickets on two cores).
ALTER TABLE tickets
    ADD COLUMN priority_rank smallint NOT NULL
        GENERATED ALWAYS AS (CASE priority WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3
                                           WHEN 'urgent' THEN 4 END) STORED;

-- Each gives filter and order at once; ties by id keep paging stable.
CREATE INDEX tickets_priority_rank_idx ON tickets (priority_rank DESC, id DESC);
CREATE INDEX tickets_status_priority_rank_idx ON tickets (status, priority_rank DESC, id DESC);
-- A triaged queue (status, category and priority), newest first: without it a rare combination reads the whole status.
CREATE INDEX tickets_status_category_priority_created_idx
    ON tickets (status, category, priority, created_at DESC, id DESC);

ANALYZE tickets;
