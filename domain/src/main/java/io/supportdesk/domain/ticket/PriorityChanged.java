package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A ticket's priority, and with it its SLA targets, changed. */
public record PriorityChanged(UUID eventId, TicketId ticketId, Priority from, Priority to, Actor actor, Instant occurredAt) implements ActorEvent {

    public PriorityChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
