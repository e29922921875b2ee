package io.supportdesk.adapter.persistence.assignment;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.adapter.persistence.testing.TestTickets;
import io.supportdesk.adapter.persistence.ticket.JdbcTicketHistory;
import io.supportdesk.application.ticket.port.out.TicketIdentities;
import io.supportdesk.application.ticket.port.out.TicketRepository;
import io.supportdesk.domain.assignment.AgentCandidate;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assignment candidates on real PostgreSQL: everyone {@code Role.mayBeAssigned} allows, with their load. */
@AdapterTest
class JdbcAssignmentCandidatesTest {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Inject
    JdbcAssignmentCandidates candidates;
    @Inject
    JdbcTicketHistory history;
    @Inject
    TicketRepository tickets;
    @Inject
    TicketIdentities identities;
    @Inject
    JdbcOperations jdbc;

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
        return Clock.fixed(T0.plusSeconds(60L * minutes), ZoneOffset.UTC);
    }

    private Optional<AgentCandidate> candidate(UserId id) {
        return candidates.agents(java.util.Optional.empty()).stream().filter(candidate -> candidate.id().equals(id)).findFirst();
    }

    /** Assigns a new ticket to {@code assignee} at the minute given, moved on to {@code status}, with its history. */
    private void assign(UserId assignee, int minute, TicketStatus status) {
        Ticket ticket = TestTickets.opened(identities, customer, at(minute));
        ticket.assignTo(assignee, manager, at(minute));
        Actor staff = new Actor(assignee, Role.AGENT);
        switch (status) {
            case ASSIGNED -> { }
            case IN_PROGRESS -> ticket.moveTo(TicketStatus.IN_PROGRESS, staff, Workflow.standard(), at(minute));
            case RESOLVED -> {
                ticket.moveTo(TicketStatus.IN_PROGRESS, staff, Workflow.standard(), at(minute));
                ticket.moveTo(TicketStatus.RESOLVED, staff, Workflow.standard(), at(minute));
            }
            case CLOSED -> ticket.moveTo(TicketStatus.CLOSED, staff, Workflow.standard(), at(minute));
            default -> throw new IllegalArgumentException(status.code());
        }
        tickets.save(ticket);
        history.publish(ticket.pullEvents());
    }

    @Test
    void a_new_agent_is_listed_active_with_no_skills_no_tickets_and_never_assigned() {
        UserId agent = rows.user(Role.AGENT);

        AgentCandidate found = candidate(agent).orElseThrow();

        assertTrue(found.active());
        assertEquals(Set.of(), found.skills());
        assertEquals(0, found.openTickets());
        assertNull(found.lastAssignedAt());
    }

    @Test
    void an_inactive_agent_is_listed_as_inactive_so_the_strategies_can_pass_them_over() {
        UserId gone = rows.user(Role.AGENT);
        rows.deactivate(gone);

        assertFalse(candidate(gone).orElseThrow().active());
    }

    @Test
    void skills_are_read_as_stored() {
        UserId agent = rows.user(Role.AGENT);
        rows.execute("UPDATE users SET skills = string_to_array(?, ',') WHERE id = ?", "billing,Technical",
                agent.value());

        AgentCandidate found = candidate(agent).orElseThrow();

        assertEquals(Set.of("billing", "Technical"), found.skills());
        assertTrue(found.hasSkill("technical"));
    }

    @Test
    void only_open_tickets_count_towards_the_load_and_the_last_assignment_is_the_latest_one() {
        UserId busy = rows.user(Role.AGENT);
        UserId other = rows.user(Role.AGENT);
        assign(busy, 0, TicketStatus.ASSIGNED);
        assign(busy, 5, TicketStatus.IN_PROGRESS);
        assign(busy, 10, TicketStatus.RESOLVED);
        assign(busy, 20, TicketStatus.CLOSED);
        assign(other, 30, TicketStatus.ASSIGNED);

        AgentCandidate found = candidate(busy).orElseThrow();

        assertEquals(2, found.openTickets(), "resolved and closed tickets are done");
        assertEquals(at(20).instant(), found.lastAssignedAt(), "however the ticket ended up");
        assertEquals(1, candidate(other).orElseThrow().openTickets());
        assertEquals(at(30).instant(), candidate(other).orElseThrow().lastAssignedAt());
    }

    @Test
    void customers_and_admins_are_never_candidates() {
        UserId anotherCustomer = rows.user(Role.CUSTOMER);
        UserId admin = rows.user(Role.ADMIN);

        assertTrue(candidate(anotherCustomer).isEmpty());
        assertTrue(candidate(admin).isEmpty());
    }

    @Test
    void managers_are_candidates_like_agents() {
        UserId anotherManager = rows.user(Role.MANAGER);

        assertTrue(candidate(anotherManager).isPresent(), "Role.mayBeAssigned: agents and managers");
    }
}
