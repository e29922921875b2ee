-- /stats without reading tickets: counts and sums kept by a trigger in the transaction of every change, so the
-- figures are exactly as current as a direct aggregate and cost the same at ten tickets as at ten million.
-- At 1,000,000 tickets the two direct aggregates took ~1.9 s (all tickets) and ~0.7 s warm, ~1.3 s cold (the
-- busiest agent, 62k tickets); over the tallies ~8 ms and ~0.7 ms (see stats.md). The price: one or two small
-- upserts per ticket insert, delete, or update of a counted column.

-- One row per combination of what /stats breaks down by, and per slot (below). Sums are numeric seconds so the
-- averages equal avg(extract(epoch FROM ...)) over the tickets exactly.
CREATE TABLE ticket_tallies (
    status                     text     NOT NULL,
    priority                   text     NOT NULL,
    category                   text     NOT NULL,
    assigned                   boolean  NOT NULL,
    -- id % 16: new tickets mostly share one combination (open or assigned, same priority and category), and a tally
    -- row updated by a transaction stays locked until that transaction commits, so without slots every concurrent
    -- ticket creation would queue on one row. ticket_seq hands out consecutive ids, so concurrent creations land on
    -- different slots; a ticket's slot never changes, so what a change takes away from a row is what the ticket once
    -- added to it, and no row goes negative. 16 bounds the rows /stats reads (8 statuses x 4 priorities x
    -- categories x 2 x 16, a few thousand) while covering a connection pool or two of concurrent writers.
    slot                       smallint NOT NULL,
    tickets                    bigint   NOT NULL DEFAULT 0,
    first_response_seconds_sum numeric  NOT NULL DEFAULT 0,
    first_response_count       bigint   NOT NULL DEFAULT 0,
    resolution_seconds_sum     numeric  NOT NULL DEFAULT 0,
    resolution_count           bigint   NOT NULL DEFAULT 0,
    PRIMARY KEY (status, priority, category, assigned, slot)
) WITH (fillfactor = 50); -- every write is an update of a few hundred small rows: leave room for HOT updates.

-- The same per agent, for /stats scoped to one assignee: filtering tickets on assignee_id reads one heap page per
-- ticket (62k tickets: 0.7-1.3 s at 1M), which grows with the agent's history. No slot: an agent's tickets are
-- changed by few transactions at once, and creations spread over agents already. Unassigned tickets have no row.
CREATE TABLE ticket_assignee_tallies (
    assignee_id                bigint   NOT NULL,
    status                     text     NOT NULL,
    priority                   text     NOT NULL,
    category                   text     NOT NULL,
    tickets                    bigint   NOT NULL DEFAULT 0,
    first_response_seconds_sum numeric  NOT NULL DEFAULT 0,
    first_response_count       bigint   NOT NULL DEFAULT 0,
    resolution_seconds_sum     numeric  NOT NULL DEFAULT 0,
    resolution_count           bigint   NOT NULL DEFAULT 0,
    PRIMARY KEY (assignee_id, status, priority, category)
) WITH (fillfactor = 50);

-- Adds one ticket's share to its row (sign 1) or takes it away (sign -1).
CREATE FUNCTION ticket_tallies_count(t tickets, sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_tallies AS y (status, priority, category, assigned, slot, tickets, first_response_seconds_sum,
                                     first_response_count, resolution_seconds_sum, resolution_count)
    VALUES (t.status, t.priority, t.category, t.assignee_id IS NOT NULL, (t.id % 16)::smallint, sign,
            sign * coalesce(extract(epoch FROM t.first_responded_at - t.created_at), 0),
            sign * (t.first_responded_at IS NOT NULL)::int,
            sign * coalesce(extract(epoch FROM t.resolved_at - t.created_at), 0),
            sign * (t.resolved_at IS NOT NULL)::int)
    ON CONFLICT (status, priority, category, assigned, slot) DO UPDATE
        SET tickets = y.tickets + excluded.tickets,
            first_response_seconds_sum = y.first_response_seconds_sum + excluded.first_response_seconds_sum,
            first_response_count = y.first_response_count + excluded.first_response_count,
            resolution_seconds_sum = y.resolution_seconds_sum + excluded.resolution_seconds_sum,
            resolution_count = y.resolution_count + excluded.resolution_count;
END
$$;

-- The same for the ticket's assignee; unassigned tickets have no share there.
CREATE FUNCTION ticket_assignee_tallies_count(t tickets, sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF t.assignee_id IS NULL THEN
        RETURN;
    END IF;
    INSERT INTO ticket_assignee_tallies AS y (assignee_id, status, priority, category, tickets,
                                              first_response_seconds_sum, first_response_count,
                                              resolution_seconds_sum, resolution_count)
    VALUES (t.assignee_id, t.status, t.priority, t.category, sign,
            sign * coalesce(extract(epoch FROM t.first_responded_at - t.created_at), 0),
            sign * (t.first_responded_at IS NOT NULL)::int,
            sign * coalesce(extract(epoch FROM t.resolved_at - t.created_at), 0),
            sign * (t.resolved_at IS NOT NULL)::int)
    ON CONFLICT (assignee_id, status, priority, category) DO UPDATE
        SET tickets = y.tickets + excluded.tickets,
            first_response_seconds_sum = y.first_response_seconds_sum + excluded.first_response_seconds_sum,
            first_response_count = y.first_response_count + excluded.first_response_count,
            resolution_seconds_sum = y.resolution_seconds_sum + excluded.resolution_seconds_sum,
            resolution_count = y.resolution_count + excluded.resolution_count;
END
$$;

-- Takes the old row out (UPDATE, DELETE) and puts the new one in (INSERT, UPDATE). An update touches its rows in
-- key order, all of ticket_tallies before ticket_assignee_tallies, so two transactions moving tickets between the
-- same rows in opposite directions lock them in the same order and cannot deadlock on them.
CREATE FUNCTION ticket_tallies_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM ticket_tallies_count(NEW, 1);
        PERFORM ticket_assignee_tallies_count(NEW, 1);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM ticket_tallies_count(OLD, -1);
        PERFORM ticket_assignee_tallies_count(OLD, -1);
    ELSE
        IF (OLD.status, OLD.priority, OLD.category, OLD.assignee_id IS NOT NULL, OLD.id % 16)
           <= (NEW.status, NEW.priority, NEW.category, NEW.assignee_id IS NOT NULL, NEW.id % 16) THEN
            PERFORM ticket_tallies_count(OLD, -1);
            PERFORM ticket_tallies_count(NEW, 1);
        ELSE
            PERFORM ticket_tallies_count(NEW, 1);
            PERFORM ticket_tallies_count(OLD, -1);
        END IF;
        -- NULL assignees (no row) sort last and are skipped inside.
        IF (OLD.assignee_id, OLD.status, OLD.priority, OLD.category)
           <= (NEW.assignee_id, NEW.status, NEW.priority, NEW.category) OR NEW.assignee_id IS NULL THEN
            PERFORM ticket_assignee_tallies_count(OLD, -1);
            PERFORM ticket_assignee_tallies_count(NEW, 1);
        ELSE
            PERFORM ticket_assignee_tallies_count(NEW, 1);
            PERFORM ticket_assignee_tallies_count(OLD, -1);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION ticket_tallies_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE ticket_tallies, ticket_assignee_tallies;
    RETURN NULL;
END
$$;

-- Writes to tickets wait from here to the end of the migration, so the backfill below and the triggers see the same
-- tickets; reads go on.
LOCK TABLE tickets IN SHARE ROW EXCLUSIVE MODE;

CREATE TRIGGER tickets_tally_insert AFTER INSERT ON tickets
    FOR EACH ROW EXECUTE FUNCTION ticket_tallies_track();
-- Most saves change none of the counted columns (edits, comments, SLA flags, internal notes): the WHEN keeps them
-- from calling the function at all. The repository's UPDATE sets every column, so UPDATE OF alone would not.
CREATE TRIGGER tickets_tally_update AFTER UPDATE ON tickets
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.priority IS DISTINCT FROM NEW.priority
          OR OLD.category IS DISTINCT FROM NEW.category OR OLD.assignee_id IS DISTINCT FROM NEW.assignee_id
          OR OLD.created_at IS DISTINCT FROM NEW.created_at
          OR OLD.first_responded_at IS DISTINCT FROM NEW.first_responded_at
          OR OLD.resolved_at IS DISTINCT FROM NEW.resolved_at OR OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION ticket_tallies_track();
CREATE TRIGGER tickets_tally_delete AFTER DELETE ON tickets
    FOR EACH ROW EXECUTE FUNCTION ticket_tallies_track();
-- Tests and operators empty the table with TRUNCATE, which fires no row triggers.
CREATE TRIGGER tickets_tally_truncate AFTER TRUNCATE ON tickets
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_tallies_clear();

-- Backfill from the tickets there are (~2.8 s at 1M).
INSERT INTO ticket_tallies (status, priority, category, assigned, slot, tickets, first_response_seconds_sum,
                            first_response_count, resolution_seconds_sum, resolution_count)
SELECT status, priority, category, assignee_id IS NOT NULL, (id % 16)::smallint, count(*),
       coalesce(sum(extract(epoch FROM first_responded_at - created_at)), 0), count(first_responded_at),
       coalesce(sum(extract(epoch FROM resolved_at - created_at)), 0), count(resolved_at)
FROM tickets
GROUP BY 1, 2, 3, 4, 5;

INSERT INTO ticket_assignee_tallies (assignee_id, status, priority, category, tickets, first_response_seconds_sum,
                                     first_response_count, resolution_seconds_sum, resolution_count)
SELECT assignee_id, status, priority, category, count(*),
       coalesce(sum(extract(epoch FROM first_responded_at - created_at)), 0), count(first_responded_at),
       coalesce(sum(extract(epoch FROM resolved_at - created_at)), 0), count(resolved_at)
FROM tickets
WHERE assignee_id IS NOT NULL
GROUP BY 1, 2, 3, 4;

ANALYZE ticket_tallies, ticket_assignee_tallies;
