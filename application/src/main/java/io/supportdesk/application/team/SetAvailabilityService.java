package io.supportdesk.application.team;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.team.port.in.SetAvailabilityUseCase;
import io.supportdesk.application.team.port.out.AgentAvailability;
import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketAccessDenied;

import java.util.List;
import java.util.Optional;

public final class SetAvailabilityService implements SetAvailabilityUseCase {

    private final AgentAvailability availability;
    private final TeamMembers members;
    private final TeamRepository teams;
    private final WaitingTickets waiting;
    private final UnitOfWork unitOfWork;

    public SetAvailabilityService(AgentAvailability availability, TeamMembers members, TeamRepository teams,
                                  WaitingTickets waiting, UnitOfWork unitOfWork) {
        this.availability = availability;
        this.members = members;
        this.teams = teams;
        this.waiting = waiting;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Availability set(Actor actor, Availability status) {
        checkStaff(actor);
        return unitOfWork.inTransaction(() -> {
            availability.set(actor.id(), status);
            if (status == Availability.AVAILABLE) {
                for (TeamId id : members.teamsOf(actor.id())) {
                    teams.find(id).ifPresent(waiting::handOut);
                }
            }
            return status;
        });
    }

    @Override
    public Availability of(Actor actor) {
        checkStaff(actor);
        return unitOfWork.reading(() -> Optional.ofNullable(availability.of(List.of(actor.id())).get(actor.id()))
                .orElse(Availability.OFFLINE));
    }

    private static void checkStaff(Actor actor) {
        if (!actor.isStaff()) {
            throw new TicketAccessDenied("availability", "only staff take work and set their availability");
        }
    }
}
