package io.supportdesk.application.assignment.port.in;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.identity.Actor;

import java.util.Objects;

/** Let the assignment strategy route a ticket, on behalf of a supervisor. */
public record AutoAssignTicketCommand(Actor actor, TicketReference ticket) {

    public AutoAssignTicketCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ticket, "ticket");
    }
}
