package io.supportdesk.adapter.persistence.ticket;

/**
 * The text-search configuration searches parse their words with. The documents they search are stored (V23):
 * {@code ticket_search.document} for a ticket's title and description, {@code ticket_comments.search_vector} for a
 * comment, built by triggers with the same configuration; TicketSearchSqlTest holds the two to each other.
 */
final class TicketSearchSql {

    /** English stemming: "printers" finds "printer"; the same configuration builds the documents. */
    static final String CONFIGURATION = "'english'::regconfig";

    private TicketSearchSql() {
    }
}
