package io.supportdesk.adapter.persistence.assignment;

import io.supportdesk.adapter.persistence.team.JdbcTeamMembers;
import io.supportdesk.adapter.persistence.team.JdbcTeamRepository;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.assignment.AgentCandidate;
import io.supportdesk.domain.assignment.RoundRobinAssignment;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamPermissions;
import io.supportdesk.domain.team.TeamRole;
import io.supportdesk.domain.ticket.Ticket;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Candidates for a team's ticket: the SQL filter of {@link JdbcAssignmentCandidates} and
 * {@link TeamPermissions#mayOwn} agree on who may own it, and what {@link AgentCandidate#mayTakeWork()} weighs
 * (availability, the limit of open tickets) is read as stored.
 */
@AdapterTest
class JdbcAssignmentCandidatesTeamTest {

    @Inject
    JdbcAssignmentCandidates candidates;
    @Inject
    JdbcTeamRepository teams;
    @Inject
    JdbcTeamMembers members;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    TestRows rows;

    private TeamId aTeam() {
        return teams.add(Team.create("Candidates " + UUID.randomUUID(), "", ZoneOffset.UTC, Optional.empty(),
                RoundRobinAssignment.NAME, false, Clock.systemUTC())).id();
    }

    private void join(TeamId team, UserId user) {
        members.put(new TeamMember(team, user, TeamRole.MEMBER, Clock.systemUTC().instant()));
    }

    /** The candidates for a ticket of {@code team} among {@code people}, by id. */
    private Map<UserId, AgentCandidate> candidatesFor(TeamId team, Set<UserId> people) {
        return candidates.agents(Optional.of(team)).stream().filter(candidate -> people.contains(candidate.id()))
                .collect(Collectors.toMap(AgentCandidate::id, Function.identity()));
    }

    private record Person(UserId id, Role role, boolean active, Set<TeamId> teams) {
    }

    @Test
    void the_sql_candidates_of_a_team_are_exactly_the_people_the_domain_lets_own_its_tickets() {
        TeamId team = aTeam();
        TeamId otherTeam = aTeam();
        Map<String, Person> people = new LinkedHashMap<>();
        people.put("agent in the team", person(Role.AGENT, true, team));
        people.put("agent in both teams", person(Role.AGENT, true, team, otherTeam));
        people.put("agent in the other team", person(Role.AGENT, true, otherTeam));
        people.put("agent in no team", person(Role.AGENT, true));
        people.put("manager in the team", person(Role.MANAGER, true, team));
        people.put("manager in no team", person(Role.MANAGER, true));
        people.put("inactive agent in the team", person(Role.AGENT, false, team));
        people.put("inactive agent in the other team", person(Role.AGENT, false, otherTeam));
        // Neither may join a team by the domain's rule; rows that say otherwise must not make them candidates.
        people.put("admin in the team", person(Role.ADMIN, true, team));
        people.put("customer in the team", person(Role.CUSTOMER, true, team));
        Set<UserId> ids = people.values().stream().map(Person::id).collect(Collectors.toSet());

        Map<UserId, AgentCandidate> found = candidatesFor(team, ids);

        people.forEach((who, person) -> {
            assertEquals(TeamPermissions.mayOwn(person.role(), true, person.teams(), Optional.of(team)),
                    found.containsKey(person.id()), who);
            if (found.containsKey(person.id())) {
                assertEquals(person.active(), found.get(person.id()).active(), who + ": listed as stored");
                assertEquals(TeamPermissions.mayOwn(person.role(), person.active(), person.teams(), Optional.of(team)),
                        found.get(person.id()).active(), who + ": the strategies pass over whom the rule refuses");
            }
        });
        // The rule itself, so that the comparison cannot pass by both sides choosing nobody.
        assertEquals(4, found.size(), found.toString());
    }

    private Person person(Role role, boolean active, TeamId... teamsOf) {
        UserId id = rows.user(role);
        if (!active) {
            rows.deactivate(id);
        }
        for (TeamId team : teamsOf) {
            join(team, id);
        }
        return new Person(id, role, active, Set.of(teamsOf));
    }

    @Test
    void without_a_team_every_active_agent_and_manager_is_a_candidate_in_or_out_of_teams() {
        TeamId team = aTeam();
        Person inTeam = person(Role.AGENT, true, team);
        Person noTeam = person(Role.MANAGER, true);
        Person admin = person(Role.ADMIN, true, team);

        Set<UserId> found = candidates.agents(Optional.empty()).stream().map(AgentCandidate::id)
                .filter(Set.of(inTeam.id(), noTeam.id(), admin.id())::contains).collect(Collectors.toSet());

        assertEquals(Set.of(inTeam.id(), noTeam.id()), found);
        assertTrue(TeamPermissions.mayOwn(inTeam.role(), true, inTeam.teams(), Optional.empty()));
        assertTrue(TeamPermissions.mayOwn(noTeam.role(), true, noTeam.teams(), Optional.empty()));
        assertFalse(TeamPermissions.mayOwn(admin.role(), true, admin.teams(), Optional.empty()));
    }

    @Test
    void a_new_member_is_available_without_a_limit() {
        TeamId team = aTeam();
        Person agent = person(Role.AGENT, true, team);

        AgentCandidate found = candidatesFor(team, Set.of(agent.id())).get(agent.id());

        assertEquals(Availability.AVAILABLE, found.availability());
        assertEquals(OptionalInt.empty(), found.maxOpenTickets());
        assertTrue(found.mayTakeWork());
    }

    @Test
    void availability_and_the_limit_of_open_tickets_are_read_as_stored() {
        TeamId team = aTeam();
        Person away = person(Role.AGENT, true, team);
        Person offline = person(Role.MANAGER, true, team);
        Person limited = person(Role.AGENT, true, team);
        rows.execute("UPDATE users SET availability = 'away' WHERE id = ?", away.id().value());
        rows.execute("UPDATE users SET availability = 'offline' WHERE id = ?", offline.id().value());
        rows.execute("UPDATE users SET max_open_tickets = 2 WHERE id = ?", limited.id().value());

        Map<UserId, AgentCandidate> found = candidatesFor(team, Set.of(away.id(), offline.id(), limited.id()));

        assertEquals(Availability.AWAY, found.get(away.id()).availability());
        assertFalse(found.get(away.id()).mayTakeWork());
        assertEquals(Availability.OFFLINE, found.get(offline.id()).availability());
        assertFalse(found.get(offline.id()).mayTakeWork());
        assertEquals(Availability.AVAILABLE, found.get(limited.id()).availability());
        assertEquals(OptionalInt.of(2), found.get(limited.id()).maxOpenTickets());
        assertTrue(found.get(limited.id()).mayTakeWork(), "no open tickets yet");
    }

    @Test
    void an_agent_at_their_limit_of_open_tickets_takes_no_more_work() {
        TeamId team = aTeam();
        Person limited = person(Role.AGENT, true, team);
        rows.execute("UPDATE users SET max_open_tickets = 2 WHERE id = ?", limited.id().value());
        UserId customer = rows.user(Role.CUSTOMER);
        Actor manager = new Actor(rows.user(Role.MANAGER), Role.MANAGER);

        assignNewTicket(customer, limited.id(), manager);
        AgentCandidate belowLimit = candidatesFor(team, Set.of(limited.id())).get(limited.id());
        assignNewTicket(customer, limited.id(), manager);
        AgentCandidate atLimit = candidatesFor(team, Set.of(limited.id())).get(limited.id());

        assertEquals(1, belowLimit.openTickets());
        assertTrue(belowLimit.mayTakeWork());
        assertEquals(2, atLimit.openTickets());
        assertFalse(atLimit.mayTakeWork());
    }

    private void assignNewTicket(UserId customer, UserId assignee, Actor manager) {
        Ticket ticket = TestTickets.opened(identities, customer, Clock.systemUTC());
        ticket.assignTo(assignee, manager, Clock.systemUTC());
        tickets.save(ticket);
    }
}
