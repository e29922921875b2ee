package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;

/**
 * Keeps the submission metadata of tickets; written once when the ticket is opened. It is read with its ticket,
 * through {@link TicketViews}.
 */
public interface TicketMetadataStore {

    void save(TicketId ticket, TicketMetadata metadata);
}
