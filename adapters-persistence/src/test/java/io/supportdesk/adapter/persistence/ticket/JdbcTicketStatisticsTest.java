package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.ticket.TicketStatisticsContract;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketStatistics;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;

/** The statistics contract against real PostgreSQL: the SQL aggregates agree with the in-memory reference. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcTicketStatisticsTest extends TicketStatisticsContract implements TestPropertyProvider {

    @Inject
    JdbcTicketStatistics statistics;
    @Inject
    JdbcTicketRepository repository;
    @Inject
    JdbcTicketIdentities identities;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private UserId customer;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @BeforeAll
    void createCustomer() {
        customer = transactions.executeWrite(status -> TestUsers.insert(jdbc, "customer"));
    }

    @Override
    protected TicketStatistics statistics() {
        return statistics;
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
    protected UserId newAgent() {
        return transactions.executeWrite(status -> TestUsers.insert(jdbc, "agent"));
    }
}
