package io.supportdesk.bootstrap.faults;

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

import static io.supportdesk.bootstrap.faults.FaultDesk.BOUND;
import static io.supportdesk.bootstrap.faults.FaultDesk.assertUnavailable;
import static io.supportdesk.bootstrap.faults.FaultDesk.holdTicket;
import static io.supportdesk.bootstrap.faults.FaultDesk.timed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault 3 of issue 18 (docs/reliability.md), the database that stops answering: a statement that runs past the
 * statement bound is cancelled and its request answers 503 with {@code Retry-After}. The slow statement is made
 * deterministic by a lock the test holds, with the lock bound switched off so that only the statement bound
 * applies; what the statement waits for does not matter to the bound.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementTimeoutTest {

    private FaultDesk desk;
    private Api api;
    private SignedInUser customer;
    private SignedInUser manager;

    @BeforeAll
    void start() {
        desk = FaultDesk.start("statement_timeout", Map.of(
                "supportdesk.database.statement-timeout", "2s",
                "supportdesk.database.lock-timeout", "0s"));
        api = desk.api();
        customer = desk.users().create(Role.CUSTOMER);
        manager = desk.users().create(Role.MANAGER);
    }

    @AfterAll
    void stop() {
        if (desk != null) {
            desk.close();
        }
    }

    @Test
    void a_statement_past_the_statement_bound_answers_503_and_the_same_change_succeeds_afterwards() throws Exception {
        long ticket = desk.openTicket(customer);
        try (Connection holder = desk.connect()) {
            holdTicket(holder, ticket);
            Timed slow = timed(() -> api.put("/api/v1/tickets/" + ticket + "/status", Map.of("status", "in_progress"),
                    manager.token()));
            assertUnavailable(slow.reply());
            assertTrue(slow.took().compareTo(BOUND) < 0, () -> "answered after " + slow.took());

            Api.Reply read = api.get("/api/v1/tickets/" + ticket, customer.token());
            assertEquals(200, read.status(), "a read waits for no lock: " + read.body());
            assertEquals("open", read.get("status"));
            holder.rollback();
        }
        Api.Reply moved = api.put("/api/v1/tickets/" + ticket + "/status", Map.of("status", "in_progress"),
                manager.token());
        assertEquals(200, moved.status(), moved.body()::toString);
        assertEquals("in_progress", moved.get("status"));
    }
}
