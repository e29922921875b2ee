package io.supportdesk.adapter.persistence.identity;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.TestRows;
import io.supportdesk.application.identity.port.in.AgentWorkload;
import io.supportdesk.application.identity.port.in.AssignedTicket;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketVisibility;
import io.supportdesk.domain.ticket.TicketStatus;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Workloads and queues read from real tables, with tickets inserted as rows. */
@AdapterTest
class JdbcAgentWorkloadsTest {

    @Inject
    TestRows rows;
    @Inject
    JdbcAgentWorkloads workloads;
    @Inject
    JdbcAssignedTickets assignedTickets;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;


    private UserId user(String role) {
        return rows.user(Role.fromCode(role));
    }

    private long ticket(UserId requester, UserId assignee, String status, Instant updatedAt) {
        return transactions.executeWrite(s -> jdbc.prepareStatement("""
                WITH id AS (SELECT nextval('ticket_seq') AS value)
                INSERT INTO tickets (id, number, title, description, status, priority, category, requester_id,
                    assignee_id, created_at, updated_at, first_response_started_at, first_response_target_s,
                    first_response_paused_s, first_response_due_at, resolution_started_at, resolution_target_s,
                    resolution_paused_s, resolution_due_at, version, customer_version, customer_updated_at,
                    first_response_at_risk_at, resolution_at_risk_at)
                SELECT value, 'WL-' || lpad(value::text, 6, '0'), 'Ticket ' || value, 'Text', ?, 'high', 'general', ?, ?, ?, ?, ?,
                    3600, 0, ?, ?, 7200, 0, ?, 0, 0, ?, ?, ? FROM id
                RETURNING id""", statement -> {
            Timestamp at = Timestamp.from(updatedAt);
            statement.setString(1, status);
            statement.setLong(2, requester.value());
            statement.setLong(3, assignee.value());
            for (int i = 4; i <= 12; i++) {
                statement.setTimestamp(i, at);
            }
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }));
    }

    private Optional<AgentWorkload> workloadOf(UserId id) {
        return workloads.activeAgentsWithOpenTicketCounts(new TicketVisibility.AllTickets()).stream()
                .filter(w -> w.id().equals(id)).findFirst();
    }

    @Test
    void active_agents_and_managers_come_with_their_open_ticket_counts() {
        UserId customer = user("customer");
        UserId agent = user("agent");
        UserId manager = user("manager");
        UserId idle = user("agent");
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        ticket(customer, agent, "open", now);
        ticket(customer, agent, "in_progress", now);
        ticket(customer, agent, "resolved", now);
        ticket(customer, agent, "closed", now);
        ticket(customer, manager, "waiting_on_customer", now);

        assertEquals(2, workloadOf(agent).orElseThrow().openTickets());
        assertEquals(1, workloadOf(manager).orElseThrow().openTickets());
        assertEquals(0, workloadOf(idle).orElseThrow().openTickets());
        assertTrue(workloadOf(customer).isEmpty());
    }

    @Test
    void an_agent_sees_a_colleagues_load_only_on_the_tickets_they_may_read_themselves() {
        UserId customer = user("customer");
        UserId agent = user("agent");
        UserId colleague = user("agent");
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        ticket(customer, agent, "open", now);
        ticket(customer, agent, "in_progress", now);

        java.util.function.Function<TicketVisibility, Long> loadOfAgent = visibility -> workloads
                .activeAgentsWithOpenTicketCounts(visibility).stream().filter(w -> w.id().equals(agent))
                .findFirst().orElseThrow().openTickets();
        assertEquals(2L, loadOfAgent.apply(new TicketVisibility.TeamScope(agent, java.util.Set.of())));
        assertEquals(0L, loadOfAgent.apply(new TicketVisibility.TeamScope(colleague, java.util.Set.of())),
                "assigned tickets of no team of the colleague's are not theirs to count");
    }

    @Test
    void deactivated_staff_and_admins_are_not_listed() {
        UserId admin = user("admin");
        UserId gone = user("agent");
        rows.deactivate(gone);

        assertTrue(workloadOf(admin).isEmpty());
        assertTrue(workloadOf(gone).isEmpty());
    }

    @Test
    void an_agents_queue_holds_their_open_tickets_most_recently_updated_first() {
        UserId customer = user("customer");
        UserId agent = user("agent");
        long older = ticket(customer, agent, "assigned", Instant.parse("2026-03-01T09:00:00Z"));
        long newer = ticket(customer, agent, "on_hold", Instant.parse("2026-03-02T09:00:00Z"));
        ticket(customer, agent, "closed", Instant.parse("2026-03-03T09:00:00Z"));

        List<AssignedTicket> queue = assignedTickets.openTicketsAssignedTo(agent, new TicketVisibility.AllTickets(), 10);

        assertEquals(List.of(newer, older), queue.stream().map(t -> t.id().value()).toList());
        assertEquals(TicketStatus.ON_HOLD, queue.get(0).status());
        assertEquals(String.format("WL-%06d", newer), queue.get(0).number().value());
        assertEquals(1, assignedTickets.openTicketsAssignedTo(agent, new TicketVisibility.AllTickets(), 1).size());
    }
}
