package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A file was attached to a ticket; an {@code internal} one is seen by staff only. */
public record AttachmentAdded(UUID eventId, TicketId ticketId, long attachmentId, String fileName, boolean internal,
                              Actor actor, Instant occurredAt) implements ActorEvent {

    public AttachmentAdded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
