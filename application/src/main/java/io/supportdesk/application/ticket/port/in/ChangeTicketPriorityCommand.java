package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.Priority;

import java.util.Objects;
import java.util.OptionalLong;

/** Change a ticket's priority (and so its SLA targets); {@code expectedVersion} guards against lost updates. */
public record ChangeTicketPriorityCommand(Actor actor, TicketReference ticket, Priority priority,
                                          OptionalLong expectedVersion) {

    public ChangeTicketPriorityCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
