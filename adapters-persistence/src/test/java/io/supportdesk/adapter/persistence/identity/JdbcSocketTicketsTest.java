package io.supportdesk.adapter.persistence.identity;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.identity.SocketTicketsContract;
import io.supportdesk.application.identity.port.out.SocketTickets;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;

/** The socket-tickets contract against real PostgreSQL. */
@AdapterTest
class JdbcSocketTicketsTest extends SocketTicketsContract {

    @Inject
    JdbcSocketTickets tickets;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private UserId user;


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
