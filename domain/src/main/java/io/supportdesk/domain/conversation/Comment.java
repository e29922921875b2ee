package io.supportdesk.domain.conversation;

import io.supportdesk.domain.ticket.Channel;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.Objects;

/**
 * One message of a ticket's conversation — a REST comment or a chat line alike. Internal notes are written by staff
 * for staff; whoever shows a comment to a customer must check {@link #visibleTo(Actor)}.
 */
public record Comment(CommentId id, TicketId ticketId, Actor author, CommentBody body, boolean internal,
                      Channel channel, Instant createdAt) {

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean visibleTo(Actor reader) {
        return !internal || reader.isStaff();
    }
}
