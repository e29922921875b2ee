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
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.supportdesk.bootstrap.faults.FaultDesk.BOUND;
import static io.supportdesk.bootstrap.faults.FaultDesk.assertUnavailable;
import static io.supportdesk.bootstrap.faults.FaultDesk.awaitLockWaiters;
import static io.supportdesk.bootstrap.faults.FaultDesk.eventually;
import static io.supportdesk.bootstrap.faults.FaultDesk.holdTicket;
import static io.supportdesk.bootstrap.faults.FaultDesk.terminateOthers;
import static io.supportdesk.bootstrap.faults.FaultDesk.timed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault 2 of issue 18 (docs/reliability.md): the database ends the application's connections
 * ({@code pg_terminate_backend}, what a restart or a failover does to them). A request whose connection is ended
 * under it answers 503 with {@code Retry-After}, never a 500; the pool replaces the dead connections by itself, the
 * chat's LISTEN connection reconnects, and health is UP again — with nobody restarting anything.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerminatedConnectionsTest {

    private static final int POOL = 4;
    private static final int CLIENTS = 4;

    private FaultDesk desk;
    private Api api;
    private SignedInUser customer;
    private SignedInUser manager;

    @BeforeAll
    void start() {
        desk = FaultDesk.start("terminated", Map.of(
                "datasources.default.maximum-pool-size", POOL,
                "supportdesk.database.acquire-timeout", "2s",
                // The request in flight waits on a lock until its connection is ended, not until a bound.
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
    void a_request_whose_connection_is_ended_answers_503_and_the_desk_recovers_by_itself() throws Exception {
        long ticket = desk.openTicket(customer);
        try (Connection holder = desk.connect();
             Connection observer = desk.connect();
             ExecutorService client = Executors.newVirtualThreadPerTaskExecutor()) {
            holdTicket(holder, ticket);
            Future<Timed> inFlight = client.submit(() -> timed(() -> api.put("/api/v1/tickets/" + ticket + "/status",
                    Map.of("status", "in_progress"), manager.token())));
            awaitLockWaiters(observer, 1);
            assertTrue(terminateOthers(observer, holder) >= 2, "the pool's connections and the chat listener's");

            Timed ended = inFlight.get(BOUND.multipliedBy(2).toSeconds(), TimeUnit.SECONDS);
            assertUnavailable(ended.reply());
            assertTrue(ended.took().compareTo(BOUND) < 0, () -> "answered after " + ended.took());
            holder.rollback();
        }

        // Each dead connection fails at most the one request that meets it; the pool opens new ones itself.
        int attempts = eventually(200, () -> {
            Api.Reply reply = api.get("/api/v1/tickets/" + ticket, customer.token());
            if (reply.status() != 200) {
                assertUnavailable(reply);
            }
            return reply;
        });
        assertTrue(attempts <= 2 * POOL + 1, "took " + attempts + " requests");
        Api.Reply moved = api.put("/api/v1/tickets/" + ticket + "/status", Map.of("status", "in_progress"),
                manager.token());
        assertEquals(200, moved.status(), moved.body()::toString);
        assertEquals("in_progress", moved.get("status"));
        // The chat listener's connection was ended too: health is UP once it listens again.
        eventually(200, () -> api.get("/health", null));
    }

    /**
     * Connections ended three times while four clients keep reading and changing tickets: every answer is a success
     * or a 503 problem, never a 500 and never a hang.
     */
    @Test
    void connections_ended_again_and_again_under_load_never_answer_500() throws Exception {
        // A ticket per client: two changing one ticket at once would meet each other's versions (412), not a fault.
        long[] tickets = new long[CLIENTS];
        for (int c = 0; c < CLIENTS; c++) {
            tickets[c] = desk.openTicket(customer);
        }
        Queue<Timed> answers = new ConcurrentLinkedQueue<>();
        Semaphore answered = new Semaphore(0);
        AtomicBoolean running = new AtomicBoolean(true);
        try (Connection operator = desk.connect();
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                boolean changes = c % 2 == 0;
                long ticket = tickets[c];
                clients.submit(() -> {
                    for (int n = 0; running.get(); n++) {
                        String priority = n % 2 == 0 ? "high" : "low";
                        answers.add(timed(() -> changes
                                ? api.put("/api/v1/tickets/" + ticket + "/priority", Map.of("priority", priority),
                                        manager.token())
                                : api.get("/api/v1/tickets/" + ticket, customer.token())));
                        answered.release();
                    }
                    return null;
                });
            }
            try {
                for (int round = 0; round < 3; round++) {
                    assertTrue(answered.tryAcquire(10, BOUND.toSeconds(), TimeUnit.SECONDS),
                            "the clients stopped getting answers");
                    terminateOthers(operator);
                }
                assertTrue(answered.tryAcquire(10, BOUND.toSeconds(), TimeUnit.SECONDS),
                        "no answers after the last end");
            } finally {
                running.set(false);
            }
        }

        assertTrue(answers.size() >= 40, "answers: " + answers.size());
        for (Timed answer : answers) {
            assertTrue(Set.of(200, 503).contains(answer.status()), answer.reply().body()::toString);
            if (answer.status() == 503) {
                assertUnavailable(answer.reply());
            }
            assertTrue(answer.took().compareTo(BOUND) < 0, () -> "answered after " + answer.took());
        }
        eventually(200, () -> api.get("/api/v1/tickets/" + tickets[0], customer.token()));
        eventually(200, () -> api.get("/health", null));
    }
}
