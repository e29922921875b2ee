package io.supportdesk.application.team;

import io.supportdesk.application.assignment.port.out.AssignmentCandidates;
import io.supportdesk.application.team.port.out.TeamMembers;
import io.supportdesk.application.ticket.InMemoryTicketRepository;
import io.supportdesk.application.ticket.TicketTestKit;
import io.supportdesk.application.ticket.port.out.TicketParticipants;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.assignment.AgentCandidate;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamPermissions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;

/**
 * A team's candidates read, as the JDBC query does, from what the test's other fakes hold at the moment of asking:
 * the members who may own its tickets, their availability and limit, and their open tickets counted in the ticket
 * table, so a candidate fills up as tickets are handed to them.
 */
public final class InMemoryAssignmentCandidates implements AssignmentCandidates {

    private final TeamMembers members;
    private final TicketParticipants people;
    private final InMemoryAgentAvailability availability;
    private final InMemoryTicketRepository tickets;
    private final Map<UserId, Set<String>> skills = new HashMap<>();

    public InMemoryAssignmentCandidates(TeamMembers members, TicketParticipants people,
                                        InMemoryAgentAvailability availability, InMemoryTicketRepository tickets) {
        this.members = members;
        this.people = people;
        this.availability = availability;
        this.tickets = tickets;
    }

    /** The kit's routing, choosing among these candidates rather than the kit's fixed lists. */
    public TeamRouting routing(TicketTestKit kit) {
        return new TeamRouting(kit.teams, kit.members, kit.calendars, kit.categories, this,
                new InMemoryRoundRobinCursors(kit.roundRobinCursors), new Random(7), Optional.empty(), kit.projects,
                kit.typeRoutes, kit.clock);
    }

    public synchronized void skilled(UserId user, String... skill) {
        skills.put(user, Set.of(skill));
    }

    /** Team routing asks for a team's candidates only; the desk-wide list is the auto-assign service's business. */
    @Override
    public synchronized List<AgentCandidate> agents(Optional<TeamId> team) {
        TeamId scope = team.orElseThrow(() -> new UnsupportedOperationException("only a team's candidates"));
        List<UserId> ids = members.of(scope).stream().map(TeamMember::user).toList();
        Map<UserId, Availability> available = availability.of(ids);
        Map<UserId, OptionalInt> limits = availability.limits(ids);
        return ids.stream().map(people::find).flatMap(Optional::stream)
                .filter(person -> TeamPermissions.mayOwn(person.role(), true, members.teamsOf(person.id()), team))
                .map(person -> new AgentCandidate(person.id(), person.active(),
                        skills.getOrDefault(person.id(), Set.of()), openTickets(person),
                        null, available.get(person.id()), limits.get(person.id())))
                .toList();
    }

    private int openTickets(Participant person) {
        return (int) tickets.all().stream().filter(ticket -> ticket.status().isOpen())
                .filter(ticket -> ticket.assignee().equals(Optional.of(person.id()))).count();
    }
}
