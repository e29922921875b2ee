package io.supportdesk.application.ticket.port.in;

/** Moves a ticket to another status as the workflow and the caller's role allow. */
public interface ChangeTicketStatusUseCase {

    TicketDetails changeStatus(ChangeTicketStatusCommand command);
}
