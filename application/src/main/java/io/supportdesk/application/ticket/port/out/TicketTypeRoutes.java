package io.supportdesk.application.ticket.port.out;

import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketType;

import java.util.Map;
import java.util.Optional;

/** The team each ticket type routes to, if any. */
public interface TicketTypeRoutes {

    /** Every type, with its team or none. */
    Map<TicketType, Optional<TeamId>> all();

    void route(TicketType type, Optional<TeamId> team);
}
