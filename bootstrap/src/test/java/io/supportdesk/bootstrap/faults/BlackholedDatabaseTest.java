package io.supportdesk.bootstrap.faults;

import io.supportdesk.adapter.persistence.conversation.PgNotifyListener;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.bootstrap.faults.FaultDesk.Timed;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.domain.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.supportdesk.bootstrap.faults.FaultDesk.BOUND;
import static io.supportdesk.bootstrap.faults.FaultDesk.assertUnavailable;
import static io.supportdesk.bootstrap.faults.FaultDesk.awaitLockWaiters;
import static io.supportdesk.bootstrap.faults.FaultDesk.eventually;
import static io.supportdesk.bootstrap.faults.FaultDesk.holdTicket;
import static io.supportdesk.bootstrap.faults.FaultDesk.timed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault 3 of issue 18 (docs/reliability.md), the database that stops answering without a word: the network to it
 * goes silent ({@link BlackholeProxy}) — no answer, no reset, no close — so nothing PostgreSQL bounds itself, like
 * the statement bound, can end a wait. The driver's read bound ({@code DATABASE_SOCKET_TIMEOUT}) and the pool's
 * acquisition bound must: a request waiting on the database when the silence starts, and every request that needs
 * it while it lasts, answers 503 with {@code Retry-After}; {@code /health} answers DOWN; what needs no database
 * answers, and no event-loop thread ever waits on the database; the chat's LISTEN connection notices the silence.
 * Once packets pass again, everything comes back by itself and nothing acknowledged before is lost.
 *
 * <p>The server bounds are off here, so that only the bounds a silent network leaves can end a wait.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlackholedDatabaseTest {

    private static final int POOL = 4;

    private BlackholeProxy proxy;
    private FaultDesk desk;
    private Api api;
    private SignedInUser customer;
    private SignedInUser manager;

    @BeforeAll
    void start() {
        proxy = BlackholeProxy.inFrontOf(String.valueOf(TestDatabase.properties().get("datasources.default.url")));
        desk = FaultDesk.start("blackhole", Map.of(
                "datasources.default.maximum-pool-size", POOL,
                "supportdesk.database.acquire-timeout", "2s",
                "supportdesk.database.statement-timeout", "0s",
                "supportdesk.database.lock-timeout", "0s",
                "supportdesk.database.socket-timeout", "3s",
                "supportdesk.database.connect-timeout", "2s",
                // The LISTEN connection asks every second whether its line still carries, and retries every second.
                "supportdesk.chat.listener.keep-alive", "1s",
                "supportdesk.chat.listener.max-backoff", "1s"), proxy::route);
        api = desk.api();
        customer = desk.users().create(Role.CUSTOMER);
        manager = desk.users().create(Role.MANAGER);
    }

    @AfterAll
    void stop() {
        if (proxy != null) {
            proxy.forward(); // a failed test may have left it silent; the application stops on a line that carries
        }
        if (desk != null) {
            desk.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void while_the_database_is_silent_requests_answer_503_in_bounded_time_and_it_all_comes_back_afterwards()
            throws Exception {
        // Acknowledged before the silence.
        List<Long> tickets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tickets.add(desk.openTicket(customer));
        }
        long changed = tickets.get(0);
        long held = tickets.get(1);
        assertEquals(201, api.post("/api/v1/tickets/" + changed + "/comments",
                Map.of("body", "Said before the silence."), customer.token()).status());
        assertEquals(200, api.put("/api/v1/tickets/" + changed + "/priority", Map.of("priority", "high"),
                manager.token()).status());
        eventually(200, () -> api.get("/health", null)); // the chat listener listens

        try (Connection holder = desk.connect();
             Connection observer = desk.connect();
             ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            // A request that waits on the database (for a lock the test holds) when the network goes silent.
            holdTicket(holder, held);
            Future<Timed> inFlight = clients.submit(() -> timed(() -> api.put("/api/v1/tickets/" + held + "/status",
                    Map.of("status", "in_progress"), manager.token())));
            awaitLockWaiters(observer, 1);
            proxy.blackhole();

            Timed cut = inFlight.get(BOUND.multipliedBy(2).toSeconds(), TimeUnit.SECONDS);
            assertUnavailable(cut.reply());
            assertTrue(cut.took().compareTo(BOUND) < 0, () -> "the request in flight answered after " + cut.took());

            // Requests that come while the silence lasts: a read, a list, a change.
            for (Timed answer : List.of(
                    timed(() -> api.get("/api/v1/tickets/" + changed, customer.token())),
                    timed(() -> api.get("/api/v1/tickets", customer.token())),
                    timed(() -> api.put("/api/v1/tickets/" + changed + "/priority", Map.of("priority", "low"),
                            manager.token())))) {
                assertUnavailable(answer.reply());
                assertTrue(answer.took().compareTo(BOUND) < 0, () -> "answered after " + answer.took());
            }

            // Health is DOWN, in bounded time; what needs no database answers.
            Timed health = timed(() -> api.get("/health", null));
            assertEquals(503, health.status(), health.reply().body()::toString);
            assertEquals("DOWN", health.reply().get("status"));
            assertTrue(health.took().compareTo(BOUND) < 0, () -> "health answered after " + health.took());
            assertEquals(503, api.get("/health/readiness", null).status());
            Api.Reply liveness = api.get("/health/liveness", null);
            assertEquals(200, liveness.status(), liveness.body()::toString);
            assertEquals("UP", liveness.get("status"));
            assertEquals(200, api.get("/info", null).status());

            // For as long as a health check waits in the silence, no event-loop thread waits on the database.
            // (Its outbox check once sat in Hikari's borrow on an event-loop thread, for the acquisition bound.)
            Future<Timed> checking = clients.submit(() -> timed(() -> api.get("/health", null)));
            while (!checking.isDone()) {
                assertNoEventLoopThreadWaitsOnTheDatabase();
            }
            assertEquals(503, checking.get().status());

            // The chat's LISTEN connection notices that its line has gone silent; liveness answers meanwhile.
            PgNotifyListener listener = desk.bean(PgNotifyListener.class);
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (listener.listening()) {
                assertTrue(System.nanoTime() < deadline, "the chat listener did not notice within " + BOUND);
                assertEquals(200, api.get("/health/liveness", null).status());
                assertNoEventLoopThreadWaitsOnTheDatabase();
            }
            holder.rollback();
        }

        proxy.forward();

        // Back without a restart: the pool replaces what it lost, the listener listens again.
        eventually(200, () -> {
            Api.Reply reply = api.get("/api/v1/tickets/" + held, customer.token());
            if (reply.status() != 200) {
                assertUnavailable(reply);
            }
            return reply;
        });
        eventually(200, () -> api.get("/health", null));
        assertEquals(200, api.get("/health/readiness", null).status());
        assertEquals("open", api.get("/api/v1/tickets/" + held, customer.token()).get("status"),
                "the change cut off in the silence never committed");
        Api.Reply moved = api.put("/api/v1/tickets/" + held + "/status", Map.of("status", "in_progress"),
                manager.token());
        assertEquals(200, moved.status(), moved.body()::toString);
        assertEquals("in_progress", moved.get("status"));

        // Nothing acknowledged before the silence was lost.
        for (long ticket : tickets) {
            Api.Reply read = api.get("/api/v1/tickets/" + ticket, customer.token());
            assertEquals(200, read.status(), read.body()::toString);
            assertEquals("A ticket under faults", read.get("title"));
        }
        assertEquals("high", api.get("/api/v1/tickets/" + changed, customer.token()).get("priority"),
                "the change acknowledged before the silence stays, the one refused in it was not made");
        try (Connection check = desk.connect()) {
            assertEquals(3, count(check, "SELECT count(*) FROM tickets"));
            assertEquals(1, count(check,
                    "SELECT count(*) FROM ticket_comments WHERE body = 'Said before the silence.'"));
        }
    }

    /**
     * Netty's event loops serve every connection of the server (and the tests' HTTP client); one that waited on the
     * database would hold up every request it serves. None may be inside the driver or the pool, even for a moment.
     */
    private static void assertNoEventLoopThreadWaitsOnTheDatabase() {
        int eventLoops = 0;
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            if (!thread.getKey().getName().toLowerCase(Locale.ROOT).contains("eventloop")) {
                continue;
            }
            eventLoops++;
            for (StackTraceElement frame : thread.getValue()) {
                assertFalse(frame.getClassName().startsWith("org.postgresql.")
                                || frame.getClassName().startsWith("com.zaxxer.hikari."),
                        () -> thread.getKey().getName() + " waits on the database: " + frame);
            }
        }
        assertTrue(eventLoops > 0, "no event-loop thread found: the check would prove nothing");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
