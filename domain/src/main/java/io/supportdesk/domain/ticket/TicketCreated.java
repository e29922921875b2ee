package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A ticket was opened, having come in through {@code channel}. */
public record TicketCreated(UUID eventId, TicketId ticketId, TicketNumber number, Title title, UserId requester,
        Priority priority, CategoryCode category, TicketChannel channel, Actor actor, Instant occurredAt)
        implements ActorEvent {

    public TicketCreated {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
