package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.identity.Actor;

/** Pages through a ticket's conversation, oldest first, without internal notes for customers. */
public interface ListCommentsUseCase {

    Page<CommentDetails> list(Actor actor, TicketReference ticket, PageRequest page);
}
