package io.supportdesk.application.sla.port.out;

import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.List;

/**
 * Finds the tickets whose SLA may need escalating: open, with a clock that is at risk or past due as of {@code now}
 * and not yet reported. A superset is fine — the ticket itself decides — but a ticket that needs it must be in it.
 */
public interface SlaWatchlist {

    List<TicketId> dueForCheck(Instant now, int limit);
}
