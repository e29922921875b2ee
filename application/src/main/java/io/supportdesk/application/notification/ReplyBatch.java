package io.supportdesk.application.notification;

import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.TicketId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The replies one reply email gathers: those on one ticket for one recipient, written within the reply window. A
 * storm of comments (or a chatty chat) then mails each person once, saying "3 new replies", instead of once per line.
 *
 * @param comments the replies gathered so far, oldest (lowest id) first, each once
 */
public record ReplyBatch(NotificationKind kind, TicketId ticket, UserId recipient, List<CommentId> comments) {

    public ReplyBatch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(recipient, "recipient");
        if (kind != NotificationKind.STAFF_REPLY && kind != NotificationKind.CUSTOMER_REPLY) {
            throw new IllegalArgumentException("only replies are gathered, not " + kind.code());
        }
        TreeSet<CommentId> sorted = new TreeSet<>((a, b) -> Long.compare(a.value(), b.value()));
        sorted.addAll(Objects.requireNonNull(comments, "comments"));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a reply batch gathers at least one reply");
        }
        comments = List.copyOf(sorted);
    }

    /** What pending emails are matched on: one open batch per kind, ticket and recipient. */
    public String key() {
        return kind.code() + ":" + ticket.value() + ":" + recipient.value();
    }

    /** This batch with the other's replies added; the same batch when it has them all already. */
    public ReplyBatch with(List<CommentId> more) {
        List<CommentId> all = new ArrayList<>(comments);
        all.addAll(more);
        return new ReplyBatch(kind, ticket, recipient, all);
    }
}
