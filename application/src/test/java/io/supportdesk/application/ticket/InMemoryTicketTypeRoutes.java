package io.supportdesk.application.ticket;

import io.supportdesk.application.ticket.port.out.TicketTypeRoutes;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketType;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Type routes for use-case tests; every type present, routed nowhere until told. */
public final class InMemoryTicketTypeRoutes implements TicketTypeRoutes {

    private final Map<TicketType, Optional<TeamId>> routes = new EnumMap<>(TicketType.class);

    public InMemoryTicketTypeRoutes() {
        for (TicketType type : TicketType.values()) {
            routes.put(type, Optional.empty());
        }
    }

    @Override
    public synchronized Map<TicketType, Optional<TeamId>> all() {
        return Map.copyOf(routes);
    }

    @Override
    public synchronized void route(TicketType type, Optional<TeamId> team) {
        routes.put(type, team);
    }
}
