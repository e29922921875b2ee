package io.supportdesk.adapter.persistence.conversation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.conversation.ChatPresenceContract;
import io.supportdesk.application.conversation.port.out.ChatPresence;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;

/** The presence contract against real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcChatPresenceTest extends ChatPresenceContract implements TestPropertyProvider {

    @Inject
    JdbcChatPresence presence;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @Override
    protected ChatPresence presence() {
        return presence;
    }

    @Override
    protected TicketId aTicket() {
        return transactions.executeWrite(status -> TestTickets.insert(jdbc, TestUsers.insert(jdbc, "customer")));
    }

    @Override
    protected UserId aUser() {
        return transactions.executeWrite(status -> TestUsers.insert(jdbc, "agent"));
    }
}
