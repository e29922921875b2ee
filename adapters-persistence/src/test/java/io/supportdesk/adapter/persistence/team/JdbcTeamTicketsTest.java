package io.supportdesk.adapter.persistence.team;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.assignment.RoundRobinAssignment;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.team.Team;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A team's open tickets on real PostgreSQL: its queue (oldest first), all of them, and one person's. */
@AdapterTest
class JdbcTeamTicketsTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);

    @Inject
    JdbcTeamTickets teamTickets;
    @Inject
    JdbcTeamRepository teams;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    TestRows rows;

    private UserId customer;
    private Actor manager;

    @BeforeAll
    void people() {
        customer = rows.user(Role.CUSTOMER);
        manager = new Actor(rows.user(Role.MANAGER), Role.MANAGER);
    }

    private static Clock at(int minutes) {
        return Clock.fixed(T0.plus(minutes, ChronoUnit.MINUTES), ZoneOffset.UTC);
    }

    private TeamId aTeam() {
        return teams.add(Team.create("Queue " + UUID.randomUUID(), "", ZoneOffset.UTC, Optional.empty(),
                RoundRobinAssignment.NAME, false, Clock.systemUTC())).id();
    }

    /** A ticket opened at the minute given, routed to {@code team} (if any) and then changed as it says. */
    private TicketId ticket(int minute, Optional<TeamId> team, Consumer<Ticket> change) {
        Ticket ticket = TestTickets.opened(identities, customer, at(minute));
        team.ifPresent(routed -> ticket.routeTo(routed, BusinessCalendar.ALWAYS_OPEN, false, Optional.empty(), manager,
                at(minute)));
        change.accept(ticket);
        return tickets.save(ticket).id();
    }

    private TicketId waitingIn(TeamId team, int minute) {
        return ticket(minute, Optional.of(team), ticket -> { });
    }

    private Consumer<Ticket> assignedTo(UserId agent, int minute) {
        return ticket -> ticket.assignTo(agent, manager, at(minute));
    }

    private Consumer<Ticket> moved(int minute, TicketStatus... path) {
        return ticket -> {
            for (TicketStatus status : path) {
                ticket.moveTo(status, manager, Workflow.standard(), at(minute));
            }
        };
    }

    @Test
    void the_queue_is_the_teams_open_unassigned_tickets_oldest_first() {
        TeamId team = aTeam();
        TeamId otherTeam = aTeam();
        UserId agent = rows.user(Role.AGENT);
        // Stored newest first, so the order cannot come from the ids.
        TicketId newest = waitingIn(team, 30);
        TicketId middle = waitingIn(team, 20);
        TicketId oldest = waitingIn(team, 10);
        TicketId givenBack = ticket(25, Optional.of(team), assignedTo(agent, 25).andThen(t -> t.unassign(manager,
                at(26))));
        ticket(0, Optional.of(team), assignedTo(agent, 0));
        ticket(1, Optional.of(team), moved(1, TicketStatus.CLOSED));
        ticket(2, Optional.of(team), moved(2, TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED));
        waitingIn(otherTeam, 3);
        ticket(4, Optional.empty(), ticket -> { });

        assertEquals(List.of(oldest, middle, givenBack, newest), teamTickets.waiting(team, 10));
    }

    @Test
    void the_queue_is_cut_at_the_limit_keeping_the_oldest() {
        TeamId team = aTeam();
        TicketId third = waitingIn(team, 3);
        TicketId first = waitingIn(team, 1);
        TicketId second = waitingIn(team, 2);

        assertEquals(List.of(first, second), teamTickets.waiting(team, 2));
        assertEquals(List.of(first), teamTickets.waiting(team, 1));
        assertEquals(List.of(first, second, third), teamTickets.waiting(team, 3));
    }

    @Test
    void tickets_opened_at_the_same_instant_wait_in_the_order_they_were_stored() {
        TeamId team = aTeam();
        TicketId earlier = waitingIn(team, 5);
        TicketId later = waitingIn(team, 5);

        assertEquals(List.of(earlier, later), teamTickets.waiting(team, 10));
    }

    @Test
    void a_team_without_tickets_has_an_empty_queue() {
        TeamId team = aTeam();

        assertEquals(List.of(), teamTickets.waiting(team, 10));
        assertEquals(List.of(), teamTickets.open(team));
    }

    @Test
    void open_lists_every_open_ticket_of_the_team_assigned_or_not_by_id() {
        TeamId team = aTeam();
        TeamId otherTeam = aTeam();
        UserId agent = rows.user(Role.AGENT);
        TicketId waiting = waitingIn(team, 0);
        TicketId assigned = ticket(1, Optional.of(team), assignedTo(agent, 1));
        TicketId inProgress = ticket(2, Optional.of(team), assignedTo(agent, 2)
                .andThen(moved(2, TicketStatus.IN_PROGRESS)));
        TicketId onHold = ticket(3, Optional.of(team), assignedTo(agent, 3)
                .andThen(moved(3, TicketStatus.IN_PROGRESS, TicketStatus.ON_HOLD)));
        ticket(4, Optional.of(team), moved(4, TicketStatus.CLOSED));
        ticket(5, Optional.of(team), assignedTo(agent, 5)
                .andThen(moved(5, TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED)));
        waitingIn(otherTeam, 6);
        ticket(7, Optional.empty(), assignedTo(agent, 7));

        assertEquals(List.of(waiting, assigned, inProgress, onHold), teamTickets.open(team));
    }

    @Test
    void open_assigned_to_lists_only_that_persons_open_tickets_of_that_team() {
        TeamId team = aTeam();
        TeamId otherTeam = aTeam();
        UserId agent = rows.user(Role.AGENT);
        UserId colleague = rows.user(Role.AGENT);
        TicketId assigned = ticket(0, Optional.of(team), assignedTo(agent, 0));
        TicketId inProgress = ticket(1, Optional.of(team), assignedTo(agent, 1)
                .andThen(moved(1, TicketStatus.IN_PROGRESS)));
        ticket(2, Optional.of(team), assignedTo(agent, 2).andThen(moved(2, TicketStatus.CLOSED)));
        ticket(3, Optional.of(team), assignedTo(colleague, 3));
        waitingIn(team, 4);
        ticket(5, Optional.of(otherTeam), assignedTo(agent, 5));
        ticket(6, Optional.empty(), assignedTo(agent, 6));

        assertEquals(List.of(assigned, inProgress), teamTickets.openAssignedTo(team, agent));
        assertEquals(List.of(), teamTickets.openAssignedTo(team, rows.user(Role.AGENT)));
    }
}
