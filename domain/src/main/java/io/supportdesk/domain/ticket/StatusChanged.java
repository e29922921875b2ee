package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A ticket moved through the workflow. */
public record StatusChanged(UUID eventId, TicketId ticketId, TicketStatus from, TicketStatus to, Actor actor, Instant occurredAt) implements ActorEvent {

    public StatusChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
