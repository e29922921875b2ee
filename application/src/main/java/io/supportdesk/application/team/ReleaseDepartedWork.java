package io.supportdesk.application.team;

import io.supportdesk.application.identity.port.out.StaffDepartures;
import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.application.team.port.out.TeamTickets;
import io.supportdesk.application.ticket.FollowerPruning;
import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Clock;

/**
 * Someone who stops working tickets (deactivated, or no longer in a role that is assigned work) gives back their open
 * tickets: each goes back to its team's queue (history entry, queue mail to the team) and is assigned again at once
 * if the team does that; what they followed and can no longer read, they stop following.
 */
public final class ReleaseDepartedWork implements StaffDepartures {

    private final TeamTickets teamTickets;
    private final TicketRepository tickets;
    private final TeamRepository teams;
    private final TeamRouting routing;
    private final TeamMembers members;
    private final FollowerPruning followers;
    private final TicketEventPublisher events;
    private final Clock clock;

    public ReleaseDepartedWork(TeamTickets teamTickets, TicketRepository tickets, TeamRepository teams,
                               TeamRouting routing, TeamMembers members, FollowerPruning followers,
                               TicketEventPublisher events, Clock clock) {
        this.teamTickets = teamTickets;
        this.tickets = tickets;
        this.teams = teams;
        this.routing = routing;
        this.members = members;
        this.followers = followers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void departed(UserId user, Actor by, boolean leavesTeams) {
        if (leavesTeams) {
            // A customer or administrator is in no team: they would go on getting its mail and reading its queue.
            members.teamsOf(user).forEach(team -> members.remove(team, user));
        }
        for (TicketId id : teamTickets.openAssignedTo(user)) {
            tickets.findByIdForUpdate(id).ifPresent(ticket -> {
                ticket.unassign(by, clock);
                ticket.team().flatMap(teams::find).ifPresent(team -> routing.assignOnArrival(ticket, team));
                tickets.save(ticket);
                events.publish(ticket.pullEvents());
            });
        }
        followers.afterAccessChange(user);
    }

    @Override
    public void accessChanged(UserId user) {
        followers.afterAccessChange(user);
    }
}
