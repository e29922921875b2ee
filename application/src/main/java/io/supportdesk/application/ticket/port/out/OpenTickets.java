package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.TicketId;

import java.util.List;

/** Open tickets found by what they share, for changes that apply to all of them. */
public interface OpenTickets {

    /** Every open ticket of this priority, by id. */
    List<TicketId> withPriority(Priority priority);
}
