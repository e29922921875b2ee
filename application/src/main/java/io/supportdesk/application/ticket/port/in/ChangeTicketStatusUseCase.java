package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.ticket.Ticket;

/** Moves a ticket to another status as the workflow allows. */
public interface ChangeTicketStatusUseCase {

    Ticket changeStatus(ChangeTicketStatusCommand command);
}
