package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.identity.Actor;

import java.util.Objects;
import java.util.Optional;

/** At most {@code limit} messages, either the newest before {@code before} or the oldest after {@code after}. */
public record ChatHistoryQuery(Actor actor, TicketReference ticket, int limit, Optional<CommentId> before,
                               Optional<CommentId> after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public ChatHistoryQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (before.isPresent() && after.isPresent()) {
            throw new IllegalArgumentException("ask for messages before one or after one, not both");
        }
    }

    public static ChatHistoryQuery latest(Actor actor, TicketReference ticket) {
        return new ChatHistoryQuery(actor, ticket, DEFAULT_LIMIT, Optional.empty(), Optional.empty());
    }

    public static ChatHistoryQuery after(Actor actor, TicketReference ticket, CommentId since) {
        return new ChatHistoryQuery(actor, ticket, MAX_LIMIT, Optional.empty(), Optional.of(since));
    }
}
