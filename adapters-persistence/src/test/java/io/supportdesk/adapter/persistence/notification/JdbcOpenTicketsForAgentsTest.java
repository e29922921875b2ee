package io.supportdesk.adapter.persistence.notification;

import java.util.UUID;
import java.util.Optional;
import io.supportdesk.application.notification.port.out.FindOpenTicketsForAgents;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.team.Team;
import io.supportdesk.application.team.port.out.TeamRepository;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.application.notification.port.out.FindOpenTicketsForAgents.AgentOpenTickets;
import io.supportdesk.application.notification.port.out.FindOpenTicketsForAgents.OpenTicket;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Title;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@AdapterTest
class JdbcOpenTicketsForAgentsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);

    @Inject
    TestRows rows;
    @Inject
    JdbcOpenTicketsForAgents openTickets;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TeamRepository teams;


    private Ticket assigned(UserId customer, UserId agent, Priority priority, String title) {
        Ticket ticket = TestTickets.opened(identities, customer, title, priority, new CategoryCode("general"),
                Tags.none(), CLOCK);
        ticket.assignTo(agent, new Actor(agent, Role.AGENT), CLOCK);
        return tickets.save(ticket);
    }

    @Test
    void each_agent_gets_counts_by_status_and_the_most_urgent_first_without_closed_work() {
        UserId customer = rows.user(Role.CUSTOMER);
        UserId agent = rows.user(Role.AGENT);
        assigned(customer, agent, Priority.LOW, "Low one");
        assigned(customer, agent, Priority.URGENT, "Urgent one");
        Ticket working = assigned(customer, agent, Priority.HIGH, "High one");
        working.moveTo(TicketStatus.IN_PROGRESS, new Actor(agent, Role.AGENT), Workflow.standard(), CLOCK);
        tickets.save(working);
        Ticket done = assigned(customer, agent, Priority.URGENT, "Done one");
        done.moveTo(TicketStatus.CLOSED, new Actor(agent, Role.AGENT), Workflow.standard(), CLOCK);
        tickets.save(done);

        AgentOpenTickets workload = openTickets.openTicketsForAgents(2).stream()
                .filter(w -> w.agent().equals(agent)).findFirst().orElseThrow();

        assertEquals(Map.of(TicketStatus.ASSIGNED, 2, TicketStatus.IN_PROGRESS, 1), workload.openByStatus());
        assertEquals(List.of("Urgent one", "High one"),
                workload.mostUrgent().stream().map(OpenTicket::title).map(Title::value).toList());
        assertTrue(openTickets.openTicketsForAgents(5).stream().noneMatch(w -> w.agent().equals(customer)));
    }

    @Test
    void each_team_gets_its_waiting_tickets_most_urgent_first_but_not_the_ones_someone_works_on() {
        UserId customer = rows.user(Role.CUSTOMER);
        UserId agent = rows.user(Role.AGENT);
        TeamId team = teams.add(Team.create("Queue " + UUID.randomUUID(), "", ZoneOffset.UTC, Optional.empty(),
                "round_robin", false, CLOCK)).id();
        Actor desk = Actor.system();
        for (Priority priority : List.of(Priority.LOW, Priority.URGENT, Priority.MEDIUM)) {
            Ticket waiting = TestTickets.opened(identities, customer, priority.code() + " waits", priority,
                    new CategoryCode("general"), Tags.none(), CLOCK);
            waiting.routeTo(team, BusinessCalendar.ALWAYS_OPEN, false, Optional.empty(), desk, CLOCK);
            tickets.save(waiting);
        }
        Ticket taken = TestTickets.opened(identities, customer, "taken", Priority.URGENT, new CategoryCode("general"),
                Tags.none(), CLOCK);
        taken.routeTo(team, BusinessCalendar.ALWAYS_OPEN, false, Optional.empty(), desk, CLOCK);
        taken.assignTo(agent, desk, CLOCK);
        tickets.save(taken);

        FindOpenTicketsForAgents.TeamQueue queue = openTickets.waitingByTeam(2).stream()
                .filter(q -> q.team().equals(team)).findFirst().orElseThrow();

        assertEquals(3, queue.waiting());
        assertEquals(List.of("urgent waits", "medium waits"),
                queue.mostUrgent().stream().map(OpenTicket::title).map(Title::value).toList());
    }
}
