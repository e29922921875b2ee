package io.supportdesk.application.conversation.port.out;

import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.domain.conversation.Comment;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.TicketId;

import java.util.List;
import java.util.Optional;

/** A ticket's conversation: REST comments and chat messages in one ordered stream. */
public interface CommentRepository {

    CommentId nextId();

    void add(Comment comment);

    /**
     * Oldest first; internal notes only when {@code includeInternal}, and then counted too. With {@code after}, the
     * page starts after that comment (the page number is then ignored); the page's {@link Page#next()} is present
     * when more follow.
     */
    Page<Comment> list(TicketId ticket, boolean includeInternal, PageRequest page, Optional<CommentId> after);

    default Page<Comment> list(TicketId ticket, boolean includeInternal, PageRequest page) {
        return list(ticket, includeInternal, page, Optional.empty());
    }

    /** The newest {@code limit} messages before {@code before} (or the newest overall), returned oldest first. */
    List<Comment> latest(TicketId ticket, boolean includeInternal, int limit, Optional<CommentId> before);

    /** Messages written after {@code since}, oldest first — what a reconnecting chat client missed. */
    List<Comment> after(TicketId ticket, CommentId since, boolean includeInternal, int limit);

    Optional<Comment> find(CommentId id);
}
