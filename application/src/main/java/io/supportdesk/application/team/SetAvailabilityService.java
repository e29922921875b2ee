package io.supportdesk.application.team;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.team.port.in.SetAvailabilityUseCase;
import io.supportdesk.application.team.port.out.AgentAvailability;
import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.team.port.out.TeamTickets;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketId;

import java.util.List;
import java.util.Optional;

public final class SetAvailabilityService implements SetAvailabilityUseCase {

    /** Waiting tickets handed out per team when someone becomes available; the rest wait for the next one. */
    static final int HANDED_OUT_PER_TEAM = 20;

    private final AgentAvailability availability;
    private final TeamMembers members;
    private final TeamRepository teams;
    private final TeamTickets teamTickets;
    private final TicketRepository tickets;
    private final TicketEventPublisher events;
    private final TeamRouting routing;
    private final UnitOfWork unitOfWork;

    public SetAvailabilityService(AgentAvailability availability, TeamMembers members, TeamRepository teams,
                                  TeamTickets teamTickets, TicketRepository tickets, TicketEventPublisher events,
                                  TeamRouting routing, UnitOfWork unitOfWork) {
        this.availability = availability;
        this.members = members;
        this.teams = teams;
        this.teamTickets = teamTickets;
        this.tickets = tickets;
        this.events = events;
        this.routing = routing;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Availability set(Actor actor, Availability status) {
        checkStaff(actor);
        return unitOfWork.inTransaction(() -> {
            availability.set(actor.id(), status);
            if (status == Availability.AVAILABLE) {
                for (TeamId id : members.teamsOf(actor.id())) {
                    teams.find(id).filter(Team::autoAssign).ifPresent(this::handOutWaiting);
                }
            }
            return status;
        });
    }

    /** The team's waiting tickets, oldest first, as its strategy hands them out; stops at the first left waiting. */
    private void handOutWaiting(Team team) {
        List<TicketId> waiting = teamTickets.waiting(team.id(), HANDED_OUT_PER_TEAM);
        for (TicketId id : waiting) {
            boolean assigned = tickets.findByIdForUpdate(id).map(ticket -> {
                if (!routing.assignOnArrival(ticket, team)) {
                    return false;
                }
                tickets.save(ticket);
                events.publish(ticket.pullEvents());
                return true;
            }).orElse(false);
            if (!assigned) {
                return;
            }
        }
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
