package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;

/** Ticket counts and response times over the tickets the caller may report on (see ReportScope). */
public interface ViewTicketStatisticsUseCase {

    /** @throws io.supportdesk.domain.ticket.TicketAccessDenied for customers */
    TicketFigures view(Actor actor);
}
