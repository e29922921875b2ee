package io.supportdesk.adapter.persistence.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.ticket.TicketMetadataStoreContract;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;

/** The submission-metadata contract against real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcTicketMetadataStoreTest extends TicketMetadataStoreContract implements TestPropertyProvider {

    @Inject
    JdbcTicketMetadataStore store;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @Override
    protected TicketMetadataStore store() {
        return store;
    }

    @Override
    protected TicketId aTicket() {
        return new TestRows(jdbc, transactions).bareTicket();
    }
}
