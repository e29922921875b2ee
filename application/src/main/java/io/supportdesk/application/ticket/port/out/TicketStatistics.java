package io.supportdesk.application.ticket.port.out;

import io.supportdesk.application.ticket.port.in.TicketFigures;
import io.supportdesk.domain.ticket.ReportScope;

/**
 * Aggregates over the stored tickets, computed where the tickets are (in SQL for the database) rather than by
 * loading aggregates. Internal notes play no part: the averages read only ticket timestamps.
 */
public interface TicketStatistics {

    TicketFigures compute(ReportScope scope);
}
