package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A ticket got an agent, or a different one than before. */
public record TicketAssigned(UUID eventId, TicketId ticketId, Optional<UserId> previous, UserId agent, Actor actor,
        Instant occurredAt) implements ActorEvent {

    public TicketAssigned {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
