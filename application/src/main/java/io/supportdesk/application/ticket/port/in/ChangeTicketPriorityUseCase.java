package io.supportdesk.application.ticket.port.in;

/** Re-prioritises a ticket, re-targeting its SLA clocks. */
public interface ChangeTicketPriorityUseCase {

    TicketDetails changePriority(ChangeTicketPriorityCommand command);
}
