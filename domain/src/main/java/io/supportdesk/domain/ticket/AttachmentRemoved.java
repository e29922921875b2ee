package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An attachment was removed from a ticket; {@code internal} as it was. */
public record AttachmentRemoved(UUID eventId, TicketId ticketId, long attachmentId, String fileName, boolean internal,
                              Actor actor, Instant occurredAt) implements ActorEvent {

    public AttachmentRemoved {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
