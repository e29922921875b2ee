package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.ticket.Ticket;

/** Opens a new ticket with its SLA clocks running. */
public interface SubmitTicketUseCase {

    Ticket submit(SubmitTicketCommand command);
}
