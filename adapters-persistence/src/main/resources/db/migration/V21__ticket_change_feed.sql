-- The change feed (GET /tickets/changes): every ticket row remembers the transaction that last wrote it. A reader
-- lists rows whose transaction is older than every transaction still running (pg_snapshot_xmin), in transaction
-- order, so a change that commits late can never fall behind a position the reader already passed: it is listed
-- once everything before it is final. Ordering by a timestamp instead would skip a transaction that commits more
-- than "a few seconds" after it read the clock (docs/decisions/0061-search-paging-and-the-change-feed.md).
--
-- A NOT NULL column with a constant default is added without rewriting the table (PostgreSQL 11+): rows written
-- before this migration read 0 and come first, in id order.
ALTER TABLE tickets ADD COLUMN changed_xid xid8 NOT NULL DEFAULT '0';

CREATE FUNCTION tickets_mark_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_xid := pg_current_xact_id();
    RETURN NEW;
END
$$;

-- Whatever path writes a ticket (the application, an import, a script), the feed sees it.
CREATE TRIGGER tickets_mark_changed BEFORE INSERT OR UPDATE ON tickets
    FOR EACH ROW EXECUTE FUNCTION tickets_mark_changed();
