package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketNumber;

/** Hands out the id and human number of a new ticket, unique across every running instance. */
public interface TicketIdentities {

    NewTicketIdentity next();

    /** The id and number a new ticket will carry. */
    record NewTicketIdentity(TicketId id, TicketNumber number) {
    }
}
