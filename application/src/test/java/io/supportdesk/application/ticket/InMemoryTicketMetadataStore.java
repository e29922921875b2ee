package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketMetadataStore;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Submission metadata in memory. */
public final class InMemoryTicketMetadataStore implements TicketMetadataStore {

    private final Map<TicketId, TicketMetadata> stored = new ConcurrentHashMap<>();

    @Override
    public void save(TicketId ticket, TicketMetadata metadata) {
        stored.put(ticket, metadata);
    }

    @Override
    public Map<TicketId, TicketMetadata> findAll(Collection<TicketId> tickets) {
        Map<TicketId, TicketMetadata> found = new HashMap<>();
        tickets.forEach(id -> {
            if (stored.containsKey(id)) {
                found.put(id, stored.get(id));
            }
        });
        return found;
    }
}
