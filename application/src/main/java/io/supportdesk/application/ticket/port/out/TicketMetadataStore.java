package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;

import java.util.Collection;
import java.util.Map;

/** Keeps the submission metadata of tickets; written once when the ticket is opened. */
public interface TicketMetadataStore {

    void save(TicketId ticket, TicketMetadata metadata);

    /** Metadata of the given tickets; tickets without any are absent from the map. */
    Map<TicketId, TicketMetadata> findAll(Collection<TicketId> tickets);
}
