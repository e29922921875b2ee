package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;

import java.util.Objects;

/** Every ticket the actor may see that matches the filter, in the given order: the list without pages. */
public record ExportTicketsQuery(Actor actor, TicketFilter filter, TicketSort sort) {

    public ExportTicketsQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
    }
}
