package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;

import java.util.concurrent.atomic.AtomicLong;

class InMemoryTicketMetadataStoreTest extends TicketMetadataStoreContract {

    private final InMemoryTicketMetadataStore store = new InMemoryTicketMetadataStore();
    private final AtomicLong ids = new AtomicLong();

    @Override
    protected TicketMetadataStore store() {
        return store;
    }

    @Override
    protected TicketMetadata readBack(TicketId ticket) {
        return store.of(ticket);
    }

    @Override
    protected TicketId aTicket() {
        return new TicketId(ids.incrementAndGet());
    }
}
