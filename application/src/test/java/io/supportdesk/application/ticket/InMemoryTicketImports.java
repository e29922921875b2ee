package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketImports;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** {@link TicketImports} in memory, over the tickets of a repository (for their numbers). */
public final class InMemoryTicketImports implements TicketImports {

    private final TicketRepository tickets;
    private final Map<String, TicketId> byExternalId = new HashMap<>();

    public InMemoryTicketImports(TicketRepository tickets) {
        this.tickets = tickets;
    }

    @Override
    public synchronized Map<String, TicketNumber> findByExternalIds(Collection<String> externalIds) {
        Map<String, TicketNumber> found = new HashMap<>();
        for (String id : externalIds) {
            TicketId ticket = byExternalId.get(id);
            if (ticket != null) {
                tickets.findById(ticket).ifPresent(t -> found.put(id, t.number()));
            }
        }
        return found;
    }

    @Override
    public synchronized void remember(TicketId ticket, String externalId) {
        TicketId before = byExternalId.putIfAbsent(externalId, ticket);
        if (before != null && !before.equals(ticket)) {
            throw new ExternalIdTakenException(externalId);
        }
    }
}
