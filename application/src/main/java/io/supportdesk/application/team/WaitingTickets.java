package io.supportdesk.application.team;

import io.supportdesk.application.team.port.out.TeamTickets;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.ticket.TicketId;

/**
 * Hands out what waits in a team's queue when someone can take it (a member becomes available, the team starts
 * assigning on arrival): the oldest waiting tickets, each as its strategy picks, in the caller's unit of work. A
 * ticket nobody can take now (a skill no available member has) stays waiting and the next is tried; at most
 * {@link #PER_TEAM} are handed out and {@link #LOOKED_AT} looked at a time, so one request stays bounded and a run of
 * tickets nobody can take does not hide the ones behind it.
 */
public final class WaitingTickets {

    static final int PER_TEAM = 20;
    static final int LOOKED_AT = 200;

    private final TeamTickets teamTickets;
    private final TicketRepository tickets;
    private final TicketEventPublisher events;
    private final TeamRouting routing;

    public WaitingTickets(TeamTickets teamTickets, TicketRepository tickets, TicketEventPublisher events,
                          TeamRouting routing) {
        this.teamTickets = teamTickets;
        this.tickets = tickets;
        this.events = events;
        this.routing = routing;
    }

    /** @return how many were assigned */
    public int handOut(Team team) {
        if (!team.active() || !team.autoAssign()) {
            return 0;
        }
        int assigned = 0;
        for (TicketId id : teamTickets.waiting(team.id(), LOOKED_AT)) {
            if (assigned == PER_TEAM) {
                break;
            }
            var found = tickets.findByIdForUpdate(id);
            if (found.isEmpty()) {
                continue;
            }
            var ticket = found.get();
            if (routing.assignOnArrival(ticket, team)) {
                tickets.save(ticket);
                events.publish(ticket.pullEvents());
                assigned++;
            }
        }
        return assigned;
    }
}
