package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.ticket.TicketRepositoryContract;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;

/** The ticket repository contract against real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcTicketRepositoryTest extends TicketRepositoryContract implements TestPropertyProvider {

    @Inject
    JdbcTicketRepository repository;
    @Inject
    JdbcTicketIdentities identities;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private UserId customer;
    private UserId agent;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @BeforeAll
    void createUsers() {
        transactions.executeWrite(status -> {
            customer = TestUsers.insert(jdbc, "customer");
            agent = TestUsers.insert(jdbc, "agent");
            return null;
        });
    }

    @Override
    protected TicketRepository repository() {
        return repository;
    }

    @Override
    protected TicketIdentities identities() {
        return identities;
    }

    @Override
    protected UserId existingCustomer() {
        return customer;
    }

    @Override
    protected UserId existingAgent() {
        return agent;
    }
}
