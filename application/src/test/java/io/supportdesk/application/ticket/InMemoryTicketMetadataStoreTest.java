package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.domain.ticket.TicketId;

import java.util.concurrent.atomic.AtomicLong;

class InMemoryTicketMetadataStoreTest extends TicketMetadataStoreContract {

    private final InMemoryTicketMetadataStore store = new InMemoryTicketMetadataStore();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected TicketMetadataStore store() {
        return store;
    }

    @Override
    protected TicketId aTicket() {
        return new TicketId(ids.incrementAndGet());
    }
}
