package io.supportdesk.adapter.persistence.ticket;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestUsers;
import io.supportdesk.adapter.persistence.team.JdbcTeamMembers;
import io.supportdesk.adapter.persistence.team.JdbcTeamRepository;
import io.supportdesk.application.ticket.port.in.Page;
import io.supportdesk.application.ticket.port.in.PageRequest;
import io.supportdesk.application.ticket.port.in.TicketFilter;
import io.supportdesk.application.ticket.port.in.TicketSort;
import io.supportdesk.application.ticket.port.out.TicketWithPeople;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.assignment.RoundRobinAssignment;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.team.TeamMember;
import io.supportdesk.domain.team.TeamRole;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.SlaPolicy;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketVisibility;
import io.supportdesk.domain.ticket.Title;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reading rule in its two forms — {@link TicketVisibility#includes} in memory and the SQL that
 * {@link JdbcTicketQueries} builds from it — agree for every kind of caller, items and totals alike.
 */
@AdapterTest
class TicketVisibilitySqlTest {

    @Inject
    JdbcTicketQueries queries;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    JdbcTeamRepository teams;
    @Inject
    JdbcTeamMembers members;


    private Actor user(Role role) {
        return new Actor(transactions.executeWrite(status -> TestUsers.insert(jdbc, role.code())), role);
    }

    private Ticket ticketFor(UserId customer, String tag) {
        TicketIdentities.NewTicketIdentity identity = identities.next();
        return tickets.save(Ticket.open(identity.id(), identity.number(), new Title("Printer on fire"),
                new Description("It started smoking."), Priority.HIGH, new CategoryCode("technical"), Tags.of(tag),
                CustomFields.none(), customer, SlaPolicy.defaults().targetsFor(Priority.HIGH,
                        new CategoryCode("technical")), new Actor(customer, Role.CUSTOMER), Clock.systemUTC()));
    }

    @Test
    void the_sql_form_of_visibility_finds_exactly_the_tickets_the_domain_rule_includes() {
        // A tag of this run keeps other tests' tickets out of the comparison.
        String tag = "vis" + UUID.randomUUID().toString().substring(0, 8);
        Actor carla = user(Role.CUSTOMER);
        Actor dan = user(Role.CUSTOMER);
        Actor nobody = user(Role.CUSTOMER);
        List<Ticket> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(ticketFor(carla.id(), tag));
        }
        created.add(ticketFor(dan.id(), tag));
        TicketFilter thisRun = new TicketFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, Optional.empty(), Optional.of(tag), Optional.empty(), Optional.empty());

        for (Actor caller : List.of(carla, dan, nobody, user(Role.AGENT), user(Role.MANAGER), user(Role.ADMIN))) {
            TicketVisibility visibility = TicketVisibility.of(caller);
            Set<TicketId> inMemory = created.stream().filter(visibility::includes).map(Ticket::id)
                    .collect(Collectors.toSet());

            Page<TicketWithPeople> found = queries.search(thisRun, visibility, TicketSort.defaultOrder(),
                    new PageRequest(1, 100), true);

            assertEquals(inMemory, found.items().stream().map(read -> read.ticket().id()).collect(Collectors.toSet()),
                    caller.role() + " " + visibility);
            assertEquals(inMemory.size(), found.total(), caller.role() + " " + visibility);
        }
    }

    private TeamId team(String tag) {
        return teams.add(Team.create("Visibility " + tag + " " + UUID.randomUUID(), "", ZoneOffset.UTC,
                Optional.empty(), RoundRobinAssignment.NAME, false, Clock.systemUTC())).id();
    }

    /** An agent identified as a member of these teams, and recorded as one, so the two cannot tell different tales. */
    private Actor agentIn(TeamId... memberOf) {
        Actor agent = user(Role.AGENT);
        for (TeamId team : memberOf) {
            members.put(new TeamMember(team, agent.id(), TeamRole.MEMBER, Clock.systemUTC().instant()));
        }
        return agent.inTeams(Set.of(memberOf));
    }

    /** A new ticket of {@code customer}'s, routed to {@code team} if given and assigned to {@code assignee} if given. */
    private Ticket ticketFor(UserId customer, String tag, Optional<TeamId> team, Optional<UserId> assignee,
                             Actor manager) {
        TicketIdentities.NewTicketIdentity identity = identities.next();
        Ticket ticket = Ticket.open(identity.id(), identity.number(), new Title("Printer on fire"),
                new Description("It started smoking."), Priority.HIGH, new CategoryCode("technical"), Tags.of(tag),
                CustomFields.none(), customer, SlaPolicy.defaults().targetsFor(Priority.HIGH,
                        new CategoryCode("technical")), new Actor(customer, Role.CUSTOMER), Clock.systemUTC());
        team.ifPresent(routed -> ticket.routeTo(routed, BusinessCalendar.ALWAYS_OPEN, false, Optional.empty(), manager,
                Clock.systemUTC()));
        assignee.ifPresent(agent -> ticket.assignTo(agent, manager, Clock.systemUTC()));
        return tickets.save(ticket);
    }

    @Test
    void agents_read_in_sql_exactly_their_teams_tickets_their_own_and_the_unrouted_queue_as_the_domain_rule_says() {
        String tag = "vis" + UUID.randomUUID().toString().substring(0, 8);
        TeamId teamA = team("A");
        TeamId teamB = team("B");
        Actor manager = user(Role.MANAGER).inTeams(Set.of(teamA));
        Actor carla = user(Role.CUSTOMER);
        Actor dan = user(Role.CUSTOMER);
        Actor inA = agentIn(teamA);
        Actor inAandB = agentIn(teamA, teamB);
        Actor inNoTeam = agentIn();
        // In no team, yet assigned a ticket of team B and one no team owns.
        Actor assigned = agentIn();
        List<Ticket> created = List.of(
                ticketFor(carla.id(), tag, Optional.of(teamA), Optional.empty(), manager),
                ticketFor(carla.id(), tag, Optional.of(teamA), Optional.of(inA.id()), manager),
                ticketFor(dan.id(), tag, Optional.of(teamB), Optional.empty(), manager),
                ticketFor(dan.id(), tag, Optional.of(teamB), Optional.of(assigned.id()), manager),
                ticketFor(carla.id(), tag, Optional.empty(), Optional.of(assigned.id()), manager),
                ticketFor(dan.id(), tag, Optional.empty(), Optional.empty(), manager));
        TicketFilter thisRun = new TicketFilter(Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                false, Optional.empty(), Optional.of(tag), Optional.empty(), Optional.empty());
        // A customer who somehow carries a team still reads only what they requested.
        Actor carlaWithTeam = carla.inTeams(Set.of(teamA));

        for (Actor caller : List.of(inA, inAandB, inNoTeam, assigned, manager, user(Role.ADMIN), carla, dan,
                carlaWithTeam)) {
            TicketVisibility visibility = TicketVisibility.of(caller);
            Set<TicketId> inMemory = created.stream().filter(visibility::includes).map(Ticket::id)
                    .collect(Collectors.toSet());

            Page<TicketWithPeople> found = queries.search(thisRun, visibility, TicketSort.defaultOrder(),
                    new PageRequest(1, 100), true);

            assertEquals(inMemory, found.items().stream().map(read -> read.ticket().id()).collect(Collectors.toSet()),
                    caller.role() + " " + visibility);
            assertEquals(inMemory.size(), found.total(), caller.role() + " " + visibility);
        }
        // The rule itself, so the comparison cannot pass by both forms seeing nothing.
        assertEquals(3, created.stream().filter(TicketVisibility.of(inA)::includes).count(),
                "team A's two and the unrouted one; nothing of team B's, nor the unrouted one assigned elsewhere");
        assertEquals(5, created.stream().filter(TicketVisibility.of(inAandB)::includes).count());
        assertEquals(1, created.stream().filter(TicketVisibility.of(inNoTeam)::includes).count());
        assertEquals(3, created.stream().filter(TicketVisibility.of(assigned)::includes).count());
    }
}
