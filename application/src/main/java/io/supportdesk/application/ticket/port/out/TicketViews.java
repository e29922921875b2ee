package io.supportdesk.application.ticket.port.out;

import io.supportdesk.application.ticket.port.in.TicketReference;

import java.util.Optional;

/**
 * Reads one ticket for viewing, with the people it names and its metadata, in one go: the read side of
 * {@code GET /tickets/{id}}, where one round trip per port would be most of the request's cost.
 */
public interface TicketViews {

    /** The ticket however it is referred to, whoever may read it (the caller checks that). */
    Optional<TicketWithPeople> find(TicketReference reference);
}
