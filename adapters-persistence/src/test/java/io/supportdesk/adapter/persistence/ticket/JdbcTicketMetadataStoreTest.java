package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.ticket.TicketMetadataStoreContract;
import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;
import jakarta.inject.Inject;


/** The submission-metadata contract against real PostgreSQL, read back the way the application reads it. */
@AdapterTest
class JdbcTicketMetadataStoreTest extends TicketMetadataStoreContract {

    @Inject
    TestRows rows;
    @Inject
    JdbcTicketMetadataStore store;
    @Inject
    JdbcTicketViews views;


    @Override
    protected TicketMetadataStore store() {
        return store;
    }

    @Override
    protected TicketId aTicket() {
        return rows.bareTicket();
    }

    @Override
    protected TicketMetadata readBack(TicketId ticket) {
        return views.find(TicketReference.of(ticket)).orElseThrow().metadata();
    }
}
