package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A comment was written on a ticket; {@code internal} comments are visible to staff only. */
public record CommentAdded(UUID eventId, TicketId ticketId, CommentId commentId, Actor author, boolean internal,
        Instant occurredAt) implements ActorEvent {

    public CommentAdded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public Actor actor() {
        return author;
    }
}
