package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketType;

import java.util.List;
import java.util.Optional;

/** The ticket types and the team each routes to: everyone reads them, administrators route them. */
public interface ManageTicketTypesUseCase {

    List<TypeRoute> list(Actor actor);

    /** @param team empty: the type routes nowhere of its own */
    TypeRoute route(Actor actor, TicketType type, Optional<TeamId> team);

    record TypeRoute(TicketType type, Optional<TeamId> team) {
    }
}
