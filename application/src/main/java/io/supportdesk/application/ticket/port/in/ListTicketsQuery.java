package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;

import java.util.Objects;

/**
 * List the tickets the actor may see that match the filter.
 *
 * @param includeTotal count every match: costs as much as the list is long, so only when asked
 */
public record ListTicketsQuery(Actor actor, TicketFilter filter, TicketSort sort, PageRequest page,
                               boolean includeTotal) {

    public ListTicketsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(page, "page");
    }
}
