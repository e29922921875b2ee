package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A ticket was brought in from elsewhere ({@link Ticket#imported}) with the creation time and status it had there.
 * Unlike {@link TicketCreated} it tells nobody: the requester was told when the ticket was first opened, elsewhere,
 * and a bulk import must not mail thousands of customers about their old tickets.
 */
public record TicketImported(UUID eventId, TicketId ticketId, TicketNumber number, UserId requester,
                             TicketStatus status, Instant createdAt, Actor actor, Instant occurredAt)
        implements ActorEvent {

    public TicketImported {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
