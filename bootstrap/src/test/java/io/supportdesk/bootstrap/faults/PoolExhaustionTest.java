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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.supportdesk.bootstrap.faults.FaultDesk.BOUND;
import static io.supportdesk.bootstrap.faults.FaultDesk.assertUnavailable;
import static io.supportdesk.bootstrap.faults.FaultDesk.eventually;
import static io.supportdesk.bootstrap.faults.FaultDesk.holdTicket;
import static io.supportdesk.bootstrap.faults.FaultDesk.timed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault 4 of issue 18 (docs/reliability.md): a pool of three with every connection taken. A request that needs the
 * database answers 503 with {@code Retry-After} within the acquisition bound instead of waiting for a connection
 * for ever; what needs no database (liveness, the build's info) still answers, and health and readiness say DOWN
 * until the connections come back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoolExhaustionTest {

    private static final int POOL = 3;
    private static final int CLIENTS = 50;

    private FaultDesk desk;
    private Api api;
    private SignedInUser customer;
    private SignedInUser manager;

    @BeforeAll
    void start() {
        desk = FaultDesk.start("pool_exhaustion", Map.of(
                "datasources.default.maximum-pool-size", POOL,
                "supportdesk.database.acquire-timeout", "1s",
                "supportdesk.database.lock-timeout", "1s"));
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
    void with_every_connection_taken_a_request_answers_503_while_liveness_answers_and_health_is_down()
            throws Exception {
        long ticket = desk.openTicket(customer);
        // Its token has never been checked: checking it needs the database too, and must not make it a 401.
        SignedInUser newcomer = desk.users().create(Role.AGENT);
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < POOL; i++) {
                taken.add(desk.pool().getConnection());
            }
            for (Timed answer : List.of(
                    timed(() -> api.get("/api/v1/tickets", customer.token())),
                    timed(() -> api.get("/api/v1/tickets/" + ticket, newcomer.token())),
                    timed(() -> api.put("/api/v1/tickets/" + ticket + "/priority", Map.of("priority", "high"),
                            manager.token())))) {
                assertUnavailable(answer.reply());
                assertTrue(answer.took().compareTo(BOUND) < 0, () -> "answered after " + answer.took());
            }

            Timed liveness = timed(() -> api.get("/health/liveness", null));
            assertEquals(200, liveness.status(), liveness.reply().body()::toString);
            assertEquals("UP", liveness.reply().get("status"));
            assertEquals(200, api.get("/info", null).status());
            Timed health = timed(() -> api.get("/health", null));
            assertEquals(503, health.status(), health.reply().body()::toString);
            assertEquals("DOWN", health.reply().get("status"));
            assertTrue(health.took().compareTo(BOUND) < 0, () -> "health answered after " + health.took());
            assertEquals(503, api.get("/health/readiness", null).status(), "not ready: no connection to be had");
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }

        assertEquals(200, api.get("/api/v1/tickets/" + ticket, newcomer.token()).status());
        eventually(200, () -> api.get("/health", null));
        eventually(200, () -> api.get("/health/readiness", null));
        assertEquals("medium", api.get("/api/v1/tickets/" + ticket, customer.token()).get("priority"),
                "the change that answered 503 was not made");
    }

    /**
     * Fifty clients at once against three connections, the changes among them waiting for a ticket another
     * transaction holds: each answers within the bound — a read 200 or 503, a change 409 {@code TICKET_BUSY} or 503 —
     * and none is a 500 or hangs.
     */
    @Test
    void fifty_requests_at_once_on_a_held_ticket_all_answer_in_bounded_time_and_none_with_a_500() throws Exception {
        long ticket = desk.openTicket(customer);
        List<Future<Timed>> changes = new ArrayList<>();
        List<Future<Timed>> reads = new ArrayList<>();
        Map<String, Integer> outcomes = new TreeMap<>();
        try (Connection holder = desk.connect();
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            holdTicket(holder, ticket);
            for (int i = 0; i < CLIENTS; i++) {
                if (i % 2 == 0) {
                    changes.add(clients.submit(() -> timed(() -> api.put("/api/v1/tickets/" + ticket + "/priority",
                            Map.of("priority", "urgent"), manager.token()))));
                } else {
                    reads.add(clients.submit(() -> timed(() -> api.get("/api/v1/tickets/" + ticket,
                            customer.token()))));
                }
            }
            for (Future<Timed> change : changes) {
                Timed answer = change.get(BOUND.multipliedBy(3).toSeconds(), TimeUnit.SECONDS);
                outcomes.merge("change " + answer.status(), 1, Integer::sum);
                assertTrue(Set.of(409, 503).contains(answer.status()), answer.reply().body()::toString);
                if (answer.status() == 409) {
                    assertEquals("TICKET_BUSY", answer.reply().code());
                    assertTrue(answer.reply().header("Retry-After").isPresent());
                } else {
                    assertUnavailable(answer.reply());
                }
                assertTrue(answer.took().compareTo(BOUND) < 0, () -> "answered after " + answer.took());
            }
            for (Future<Timed> read : reads) {
                Timed answer = read.get(BOUND.multipliedBy(3).toSeconds(), TimeUnit.SECONDS);
                outcomes.merge("read " + answer.status(), 1, Integer::sum);
                assertTrue(Set.of(200, 503).contains(answer.status()), answer.reply().body()::toString);
                if (answer.status() == 503) {
                    assertUnavailable(answer.reply());
                }
                assertTrue(answer.took().compareTo(BOUND) < 0, () -> "answered after " + answer.took());
            }
            holder.rollback();
        }
        assertEquals(CLIENTS, outcomes.values().stream().mapToInt(Integer::intValue).sum(), outcomes::toString);

        Api.Reply after = api.put("/api/v1/tickets/" + ticket + "/priority", Map.of("priority", "urgent"),
                manager.token());
        assertEquals(200, after.status(), after.body()::toString);
        assertEquals("urgent", after.get("priority"));
    }
}
