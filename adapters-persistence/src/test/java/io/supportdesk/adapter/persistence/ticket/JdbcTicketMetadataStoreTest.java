package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.ticket.TicketMetadataStoreContract;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;


/** The submission-metadata contract against real PostgreSQL. */
@AdapterTest
class JdbcTicketMetadataStoreTest extends TicketMetadataStoreContract {

    @Inject
    TestRows rows;
    @Inject
    JdbcTicketMetadataStore store;
    @Inject
    JdbcOperations jdbc;


    @Override
    protected TicketMetadataStore store() {
        return store;
    }

    @Override
    protected TicketId aTicket() {
        return rows.bareTicket();
    }
}
