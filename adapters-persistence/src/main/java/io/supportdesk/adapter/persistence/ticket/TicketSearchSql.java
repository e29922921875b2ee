package io.supportdesk.adapter.persistence.ticket;

/**
 * The text-search vectors, exactly as the GIN indexes of V23 are built on them: PostgreSQL uses an expression index
 * only for a query that writes the same expression, so every search reads them from here. TicketSearchSqlTest holds
 * them to the indexes' definitions in the database.
 */
final class TicketSearchSql {

    /** English stemming: "printers" finds "printer"; the same configuration indexes and searches. */
    static final String CONFIGURATION = "'english'::regconfig";

    /** Title and description of {@code tickets t}, as indexed by tickets_text_search_idx. */
    static final String TICKET_VECTOR = "to_tsvector(" + CONFIGURATION + ", t.title || ' ' || t.description)";

    /** The body of a comment under {@code alias}, as indexed by ticket_comments_text_search_idx. */
    static String commentVector(String alias) {
        return "to_tsvector(" + CONFIGURATION + ", " + alias + ".body)";
    }

    /**
     * Title before description in the ranking (weights A and B), computed for candidates only; matches the same
     * words as {@link #TICKET_VECTOR}.
     */
    static final String WEIGHTED_TICKET_VECTOR = "setweight(to_tsvector(" + CONFIGURATION + ", t.title), 'A') || "
            + "setweight(to_tsvector(" + CONFIGURATION + ", t.description), 'B')";

    private TicketSearchSql() {
    }
}
