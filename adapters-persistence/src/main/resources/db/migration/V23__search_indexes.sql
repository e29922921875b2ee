-- Full-text search at a million tickets (docs/decisions/0061-search-paging-and-the-change-feed.md).
--
-- The searchable text is kept as stored tsvectors — a ticket's title and description in ticket_search (title weighted
-- A, description B, for ranking), a comment's body in ticket_comments.search_vector — filled by triggers, so a search
-- never computes a document (computing them per candidate made a common word take seconds at 1M tickets). The
-- ticket's document has its own table so that the ticket rows every read and write of a ticket touches stay as they
-- were.
--
-- Safe on a large existing desk: nothing here rewrites a table or holds a lock for long. Columns are added empty (no
-- rewrite), existing rows are filled in batches of 10,000 that commit one by one, and the indexes are built
-- CONCURRENTLY; writes go on throughout. Flyway runs this migration outside a transaction (it builds indexes
-- concurrently; `mixed` is allowed for it by MigrationSettings). Every step may run again: a start interrupted half-way
-- finishes the rest (an index left INVALID by an interrupted build must be dropped first: docs/operations.md).

CREATE OR REPLACE FUNCTION ticket_search_document(title text, description text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT setweight(to_tsvector('english'::regconfig, title), 'A')
        || setweight(to_tsvector('english'::regconfig, description), 'B')
$$;

CREATE TABLE IF NOT EXISTS ticket_search (
    ticket_id bigint   PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
    document  tsvector NOT NULL
);

CREATE OR REPLACE FUNCTION ticket_search_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_search (ticket_id, document)
    VALUES (NEW.id, ticket_search_document(NEW.title, NEW.description))
    ON CONFLICT (ticket_id) DO UPDATE SET document = EXCLUDED.document;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS ticket_search_insert ON tickets;
CREATE TRIGGER ticket_search_insert AFTER INSERT ON tickets
    FOR EACH ROW EXECUTE FUNCTION ticket_search_track();
-- The repository's UPDATE sets every column: only a changed text recomputes the document.
DROP TRIGGER IF EXISTS ticket_search_update ON tickets;
CREATE TRIGGER ticket_search_update AFTER UPDATE ON tickets
    FOR EACH ROW
    WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.description IS DISTINCT FROM NEW.description)
    EXECUTE FUNCTION ticket_search_track();

ALTER TABLE ticket_comments ADD COLUMN IF NOT EXISTS search_vector tsvector;

CREATE OR REPLACE FUNCTION ticket_comments_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := to_tsvector('english'::regconfig, NEW.body);
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS ticket_comments_search_vector ON ticket_comments;
CREATE TRIGGER ticket_comments_search_vector BEFORE INSERT OR UPDATE OF body ON ticket_comments
    FOR EACH ROW EXECUTE FUNCTION ticket_comments_search_vector();

-- Existing tickets and comments, in batches that commit one by one (a DO block may commit when it runs outside a
-- transaction, as here). Rows written meanwhile got their documents from the triggers.
DO $$
DECLARE
    next_id bigint;
    last_id bigint;
BEGIN
    SELECT min(id), max(id) INTO next_id, last_id FROM tickets;
    WHILE next_id <= last_id LOOP
        INSERT INTO ticket_search (ticket_id, document)
        SELECT id, ticket_search_document(title, description) FROM tickets
        WHERE id >= next_id AND id < next_id + 10000
        ON CONFLICT (ticket_id) DO NOTHING;
        COMMIT;
        next_id := next_id + 10000;
    END LOOP;
END
$$;

DO $$
DECLARE
    next_id bigint;
    last_id bigint;
BEGIN
    SELECT min(id), max(id) INTO next_id, last_id FROM ticket_comments;
    WHILE next_id <= last_id LOOP
        UPDATE ticket_comments SET search_vector = to_tsvector('english'::regconfig, body)
        WHERE id >= next_id AND id < next_id + 10000 AND search_vector IS NULL;
        COMMIT;
        next_id := next_id + 10000;
    END LOOP;
END
$$;

CREATE INDEX CONCURRENTLY IF NOT EXISTS ticket_search_document_idx ON ticket_search USING gin (document);
CREATE INDEX CONCURRENTLY IF NOT EXISTS ticket_comments_search_idx ON ticket_comments USING gin (search_vector);
CREATE INDEX CONCURRENTLY IF NOT EXISTS tickets_changed_idx ON tickets (changed_xid, id);

-- The planner needs the new documents' word statistics to tell a rare word (read the index) from a common one (walk
-- the newest rows); without them it guessed, and a rare word took seconds.
ANALYZE ticket_search;
ANALYZE ticket_comments;
