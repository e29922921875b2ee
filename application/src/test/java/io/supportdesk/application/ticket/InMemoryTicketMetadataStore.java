package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Submission metadata in memory. */
public final class InMemoryTicketMetadataStore implements TicketMetadataStore {

    private final Map<TicketId, TicketMetadata> stored = new ConcurrentHashMap<>();

    @Override
    public void save(TicketId ticket, TicketMetadata metadata) {
        stored.put(ticket, metadata);
    }

    /** What was saved for the ticket, none if nothing: what the database's join reads ({@link InMemoryTicketViews}). */
    public TicketMetadata of(TicketId ticket) {
        return stored.getOrDefault(ticket, TicketMetadata.none());
    }
}
