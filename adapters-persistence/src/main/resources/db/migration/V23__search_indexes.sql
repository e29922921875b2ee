-- Full-text search and the change feed at a million tickets (docs/decisions/0061-search-paging-and-the-change-feed.md).
-- Built CONCURRENTLY: on a desk that already holds its tickets, writes go on while the indexes build (about a minute
-- for 1M tickets and 3M comments on two cores); Flyway runs a migration of only such statements outside a
-- transaction. IF NOT EXISTS lets a start that was stopped half-way finish the rest (an index left INVALID by an
-- interrupted build must be dropped by hand first: docs/operations.md).
--
-- Expression indexes, not stored tsvector columns: adding a stored column rewrites the whole table under an
-- exclusive lock. The expressions must stay exactly those JdbcTicketQueries searches with (TicketSearchSql).
CREATE INDEX CONCURRENTLY IF NOT EXISTS tickets_text_search_idx
    ON tickets USING gin (to_tsvector('english'::regconfig, title || ' ' || description));
CREATE INDEX CONCURRENTLY IF NOT EXISTS ticket_comments_text_search_idx
    ON ticket_comments USING gin (to_tsvector('english'::regconfig, body));
CREATE INDEX CONCURRENTLY IF NOT EXISTS tickets_changed_idx ON tickets (changed_xid, id);
