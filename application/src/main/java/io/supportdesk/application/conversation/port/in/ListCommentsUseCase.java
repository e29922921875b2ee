package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.ticket.port.in.KeysetPosition;
import io.supportdesk.application.ticket.port.in.Page;
import java.util.Optional;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.identity.Actor;

/** Pages through a ticket's conversation, oldest first, without internal notes for customers. */
public interface ListCommentsUseCase {

    Page<CommentDetails> list(Actor actor, TicketReference ticket, PageRequest page);

    /**
     * From after a position a page of this list handed out ({@link Page#next()}) rather than by page number: the
     * following comments, whatever was written meanwhile.
     */
    Page<CommentDetails> list(Actor actor, TicketReference ticket, PageRequest page, Optional<KeysetPosition> after);
}
