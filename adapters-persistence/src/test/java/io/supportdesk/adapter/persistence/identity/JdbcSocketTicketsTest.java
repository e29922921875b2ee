package io.supportdesk.adapter.persistence.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.identity.SocketTicketsContract;
import io.supportdesk.application.identity.port.out.SocketTickets;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;

/** The socket-tickets contract against real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcSocketTicketsTest extends SocketTicketsContract implements TestPropertyProvider {

    @Inject
    JdbcSocketTickets tickets;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private UserId user;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @BeforeAll
    void aUser() {
        user = transactions.executeWrite(status -> TestUsers.insert(jdbc, "agent"));
    }

    @Override
    protected SocketTickets tickets() {
        return tickets;
    }

    @Override
    protected UserId existingUser() {
        return user;
    }
}
