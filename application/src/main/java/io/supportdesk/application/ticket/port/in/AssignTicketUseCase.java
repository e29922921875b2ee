package io.supportdesk.application.ticket.port.in;

/** Gives a ticket to an active agent or manager; agents may only take tickets themselves. */
public interface AssignTicketUseCase {

    TicketDetails assign(AssignTicketCommand command);
}
