package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A ticket lost its agent. */
public record TicketUnassigned(UUID eventId, TicketId ticketId, UserId previous, Actor actor, Instant occurredAt) implements ActorEvent {

    public TicketUnassigned {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
