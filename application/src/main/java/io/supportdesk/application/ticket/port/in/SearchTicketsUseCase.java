package io.supportdesk.application.ticket.port.in;

/**
 * Full-text search over the tickets a caller may see: each hit says which field matched and shows the match.
 * Only text the caller may read is searched (a customer's search never reads internal notes), so neither hits,
 * excerpts, totals nor order can tell them what it holds.
 */
public interface SearchTicketsUseCase {

    /** @param query with {@link ListTicketsQuery#text()} present */
    Page<TicketHit> search(ListTicketsQuery query);
}
