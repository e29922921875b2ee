package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.TicketStatus;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Move a ticket through the workflow; {@code expectedVersion}, when given, guards against lost updates. */
public record ChangeTicketStatusCommand(Actor actor, TicketReference ticket, TicketStatus target,
                                        OptionalLong expectedVersion, Optional<String> reason) {

    public ChangeTicketStatusCommand(Actor actor, TicketReference ticket, TicketStatus target,
                                     OptionalLong expectedVersion) {
        this(actor, ticket, target, expectedVersion, Optional.empty());
    }

    public ChangeTicketStatusCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        reason = reason == null ? Optional.empty() : reason;
    }
}
