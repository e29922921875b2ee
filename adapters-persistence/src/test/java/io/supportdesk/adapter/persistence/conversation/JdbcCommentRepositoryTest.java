package io.supportdesk.adapter.persistence.conversation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.conversation.CommentRepositoryContract;
import io.supportdesk.application.conversation.port.out.CommentRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;

/** The conversation contract against real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcCommentRepositoryTest extends CommentRepositoryContract implements TestPropertyProvider {

    @Inject
    JdbcCommentRepository comments;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @Override
    protected CommentRepository comments() {
        return comments;
    }

    @Override
    protected TicketId aTicket() {
        return new TestRows(jdbc, transactions).bareTicket();
    }

    @Override
    protected Actor anAuthor(Role role) {
        return new Actor(new TestRows(jdbc, transactions).user(role), role);
    }
}
