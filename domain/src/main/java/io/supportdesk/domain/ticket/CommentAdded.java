package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A comment was written on a ticket, through {@code channel} (a chat message is a comment written in the chat);
 * {@code internal} comments are visible to staff only.
 */
public record CommentAdded(UUID eventId, TicketId ticketId, CommentId commentId, Actor author, boolean internal,
        Channel channel, Instant occurredAt) implements ActorEvent {

    public CommentAdded {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public Actor actor() {
        return author;
    }
}
