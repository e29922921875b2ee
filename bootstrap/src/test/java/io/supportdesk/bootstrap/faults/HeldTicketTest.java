package io.supportdesk.bootstrap.faults;

import io.micronaut.http.HttpRequest;
import io.supportdesk.bootstrap.faults.FaultDesk.Timed;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.domain.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

import static io.supportdesk.bootstrap.faults.FaultDesk.BOUND;
import static io.supportdesk.bootstrap.faults.FaultDesk.holdTicket;
import static io.supportdesk.bootstrap.faults.FaultDesk.timed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault 5 of issue 18 (docs/reliability.md): another transaction holds a ticket's row lock for long. A change to
 * that ticket waits at most the lock bound and answers 409 {@code TICKET_BUSY} with {@code Retry-After}, having
 * changed nothing, instead of piling up behind the lock; once the lock is let go the same change succeeds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeldTicketTest {

    private FaultDesk desk;
    private Api api;
    private SignedInUser customer;
    private SignedInUser manager;
    private SignedInUser agent;

    @BeforeAll
    void start() {
        desk = FaultDesk.start("held_ticket", Map.of("supportdesk.database.lock-timeout", "1s"));
        api = desk.api();
        customer = desk.users().create(Role.CUSTOMER);
        manager = desk.users().create(Role.MANAGER);
        agent = desk.users().create(Role.AGENT);
    }

    @AfterAll
    void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void a_change_to_a_held_ticket_answers_409_ticket_busy_within_the_lock_bound_and_succeeds_once_let_go()
            throws Exception {
        long ticket = desk.openTicket(customer);
        String key = "held-ticket-" + UUID.randomUUID();
        try (Connection holder = desk.connect()) {
            holdTicket(holder, ticket);

            Timed busy = timed(() -> api.put("/api/v1/tickets/" + ticket + "/status", Map.of("status", "in_progress"),
                    manager.token()));
            assertEquals(409, busy.status(), busy.reply().body()::toString);
            assertEquals("TICKET_BUSY", busy.reply().code());
            assertEquals("2", busy.reply().header("Retry-After").orElse(null));
            assertTrue(busy.took().compareTo(BOUND) < 0, () -> "answered after " + busy.took());

            Api.Reply assign = assign(ticket, key);
            assertEquals(409, assign.status(), assign.body()::toString);
            assertEquals("TICKET_BUSY", assign.code());
            holder.rollback();
        }

        Api.Reply moved = api.put("/api/v1/tickets/" + ticket + "/status", Map.of("status", "in_progress"),
                manager.token());
        assertEquals(200, moved.status(), moved.body()::toString);
        assertEquals("in_progress", moved.get("status"));
        Api.Reply assigned = assign(ticket, key);
        assertEquals(200, assigned.status(), "the same key runs again: a busy answer is not kept for it; "
                + assigned.body());
        assertFalse(assigned.header("Idempotent-Replayed").isPresent());
        assertEquals(agent.id().value(), ((Number) ((Map<?, ?>) assigned.get("assignee")).get("id")).longValue());
        assertEquals(1, api.list("/api/v1/tickets/" + ticket + "/history", manager.token()).stream()
                .filter(entry -> "status_changed".equals(entry.get("kind"))
                        && "in_progress".equals(entry.get("new_value"))).count(),
                "the busy change left nothing behind");
    }

    private Api.Reply assign(long ticket, String key) {
        return api.send(HttpRequest.POST("/api/v1/tickets/" + ticket + "/assign",
                Map.of("assignee_id", agent.id().value())), manager.token(), request -> request.header(
                "Idempotency-Key", key));
    }
}
