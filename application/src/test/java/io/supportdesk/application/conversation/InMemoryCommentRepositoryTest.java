package io.supportdesk.application.conversation;

import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;

import java.util.concurrent.atomic.AtomicLong;

class InMemoryCommentRepositoryTest extends CommentRepositoryContract {

    private final InMemoryCommentRepository comments = new InMemoryCommentRepository();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected CommentRepository comments() {
        return comments;
    }

    @Override
    protected TicketId aTicket() {
        return new TicketId(ids.incrementAndGet());
    }

    @Override
    protected Actor anAuthor(Role role) {
        return new Actor(new UserId(ids.incrementAndGet()), role);
    }
}
