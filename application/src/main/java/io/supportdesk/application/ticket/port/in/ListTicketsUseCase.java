package io.supportdesk.application.ticket.port.in;

/** Lists, filters, sorts and pages the tickets a caller may see. */
public interface ListTicketsUseCase {

    Page<TicketDetails> list(ListTicketsQuery query);
}
