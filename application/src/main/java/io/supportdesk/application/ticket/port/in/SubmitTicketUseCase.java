package io.supportdesk.application.ticket.port.in;

/** Opens a new ticket with its SLA clocks running. */
public interface SubmitTicketUseCase {

    TicketDetails submit(SubmitTicketCommand command);
}
