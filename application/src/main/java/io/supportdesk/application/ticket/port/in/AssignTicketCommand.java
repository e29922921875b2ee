package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

import java.util.Objects;
import java.util.OptionalLong;

/** Give a ticket to an agent or manager; {@code expectedVersion}, when given, guards against lost updates. */
public record AssignTicketCommand(Actor actor, TicketReference ticket, UserId assignee, OptionalLong expectedVersion) {

    public AssignTicketCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
    }
}
