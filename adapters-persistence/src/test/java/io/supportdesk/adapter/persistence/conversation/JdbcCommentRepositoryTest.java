package io.supportdesk.adapter.persistence.conversation;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.conversation.CommentRepositoryContract;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;


/** The conversation contract against real PostgreSQL. */
@AdapterTest
class JdbcCommentRepositoryTest extends CommentRepositoryContract {

    @Inject
    TestRows rows;
    @Inject
    JdbcCommentRepository comments;
    @Inject
    JdbcOperations jdbc;


    @Override
    protected CommentRepository comments() {
        return comments;
    }

    @Override
    protected TicketId aTicket() {
        return rows.bareTicket();
    }

    @Override
    protected Actor anAuthor(Role role) {
        return new Actor(rows.user(role), role);
    }
}
