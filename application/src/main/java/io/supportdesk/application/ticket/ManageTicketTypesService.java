package io.supportdesk.application.ticket;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.ManageTicketTypesUseCase;
import io.supportdesk.application.ticket.port.out.TicketRouting;
import io.supportdesk.application.ticket.port.out.TicketTypeRoutes;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.CategoryPermissions;
import io.supportdesk.domain.ticket.TicketRuleViolation;
import io.supportdesk.domain.ticket.TicketType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class ManageTicketTypesService implements ManageTicketTypesUseCase {

    private final TicketTypeRoutes routes;
    private final TicketRouting routing;
    private final UnitOfWork unitOfWork;

    public ManageTicketTypesService(TicketTypeRoutes routes, TicketRouting routing, UnitOfWork unitOfWork) {
        this.routes = routes;
        this.routing = routing;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<TypeRoute> list(Actor actor) {
        Map<TicketType, Optional<TeamId>> all = unitOfWork.reading(routes::all);
        // Customers learn the types, not how the desk is organised.
        return Arrays.stream(TicketType.values())
                .map(type -> new TypeRoute(type, actor.isStaff() ? all.getOrDefault(type, Optional.empty())
                        : Optional.empty()))
                .toList();
    }

    /** Routing like a category's, decided by those who decide categories. */
    @Override
    public TypeRoute route(Actor actor, TicketType type, Optional<TeamId> team) {
        CategoryPermissions.checkManage(actor);
        return unitOfWork.inTransaction(() -> {
            team.filter(id -> !routing.teamExists(id)).ifPresent(id -> {
                throw new TicketRuleViolation("team_id", "no team with id " + id.value());
            });
            routes.route(type, team);
            return new TypeRoute(type, team);
        });
    }
}
