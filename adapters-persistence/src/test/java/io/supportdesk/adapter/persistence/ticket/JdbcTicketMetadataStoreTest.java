package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.ticket.TicketMetadataStoreContract;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;

import java.sql.Connection;

/** The submission-metadata contract against real PostgreSQL. */
@AdapterTest
class JdbcTicketMetadataStoreTest extends TicketMetadataStoreContract {

    @Inject
    JdbcTicketMetadataStore store;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;


    @Override
    protected TicketMetadataStore store() {
        return store;
    }

    @Override
    protected TicketId aTicket() {
        return new TestRows(jdbc, transactions).bareTicket();
    }
}
