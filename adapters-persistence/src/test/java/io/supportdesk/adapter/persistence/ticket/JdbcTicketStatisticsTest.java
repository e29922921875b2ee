package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.application.ticket.TicketStatisticsContract;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.application.ticket.port.out.TicketStatistics;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;

/** The statistics contract against real PostgreSQL: the SQL aggregates agree with the in-memory reference. */
@AdapterTest
class JdbcTicketStatisticsTest extends TicketStatisticsContract {

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
