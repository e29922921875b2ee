package io.supportdesk.bootstrap.faults;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.FreshDatabase;
import io.supportdesk.bootstrap.testing.Instances;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import org.postgresql.PGConnection;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A desk of its own for a fault test: a database of its own, an application on it with the test's database bounds
 * (decision 0067), a client, and connections of the test's own to hold locks and end the application's connections
 * with. Rate limits are on, with budgets no test reaches, because in production every API request first counts
 * against its budget in the database: a fault reaches the rate-limit filter before anything else.
 */
final class FaultDesk implements AutoCloseable {

    /** What "answers in bounded time" means here: far above every configured bound, on a loaded 2-core machine. */
    static final Duration BOUND = Duration.ofSeconds(30);

    /** An answer and how long it took. */
    record Timed(Api.Reply reply, Duration took) {

        int status() {
            return reply.status();
        }
    }

    private final FreshDatabase database;
    private final ApplicationContext context;
    private final HttpClient http;
    private final Api api;

    private FaultDesk(FreshDatabase database, ApplicationContext context) {
        this.database = database;
        this.context = context;
        DefaultHttpClientConfiguration client = new DefaultHttpClientConfiguration();
        // Longer than BOUND, so an answer that comes too late fails an assertion that says so, not a read timeout.
        client.setReadTimeout(BOUND.multipliedBy(2));
        this.http = HttpClient.create(context.getBean(EmbeddedServer.class).getURL(), client);
        this.api = new Api(http);
    }

    static FaultDesk start(String purpose, Map<String, Object> bounds) {
        return start(purpose, bounds, UnaryOperator.identity());
    }

    /** The same, the application reaching its database by the URL {@code route} makes of it (through a proxy). */
    static FaultDesk start(String purpose, Map<String, Object> bounds, UnaryOperator<String> route) {
        FreshDatabase database = FreshDatabase.create(purpose);
        try {
            Map<String, Object> settings = new HashMap<>(database.properties());
            String url = String.valueOf(settings.get("datasources.default.url"));
            settings.put("datasources.default.url", route.apply(url));
            settings.put("supportdesk.rate-limit.enabled", true);
            for (String budget : new String[] {"reads", "writes", "comments", "sign-in"}) {
                settings.put("supportdesk.rate-limit." + budget + ".limit", 1_000_000);
            }
            settings.putAll(bounds);
            return new FaultDesk(database, Instances.start(settings));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    Api api() {
        return api;
    }

    SignedInUsers users() {
        return context.getBean(SignedInUsers.class);
    }

    /** One of the application's beans, to ask it what no API shows (whether the chat listener listens). */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The application's connection pool itself, from which a test may borrow every connection. */
    HikariDataSource pool() {
        try {
            return context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class))
                    .unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection of the test's own, outside the application's pool. */
    Connection connect() throws SQLException {
        return database.connect();
    }

    long openTicket(SignedInUser customer) {
        Api.Reply created = api.post("/api/v1/tickets", Map.of("title", "A ticket under faults",
                "description", "Opened by a fault test.", "priority", "medium", "category", "general"),
                customer.token());
        assertEquals(201, created.status(), created.body()::toString);
        return ((Number) created.get("id")).longValue();
    }

    static Timed timed(Supplier<Api.Reply> request) {
        long start = System.nanoTime();
        Api.Reply reply = request.get();
        return new Timed(reply, Duration.ofNanos(System.nanoTime() - start));
    }

    /** Takes the ticket's row lock in {@code holder}'s open transaction, as another change would. */
    static void holdTicket(Connection holder, long ticket) throws SQLException {
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM tickets WHERE id = ? FOR UPDATE")) {
            lock.setLong(1, ticket);
            lock.executeQuery().close();
        }
    }

    /** Returns once {@code count} of the application's connections wait for a lock, asked on {@code observer}. */
    static void awaitLockWaiters(Connection observer, int count) throws SQLException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            try (Statement statement = observer.createStatement();
                 ResultSet row = statement.executeQuery("""
                         SELECT count(*) FROM pg_stat_activity
                         WHERE datname = current_database() AND wait_event_type = 'Lock'""")) {
                row.next();
                if (row.getInt(1) >= count) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("fewer than " + count + " requests came to wait for the lock within " + BOUND);
    }

    /**
     * Ends every connection to this desk's database but {@code own} and {@code spared} — the pool's, the chat
     * listener's — as an operator or a restarting server would.
     */
    static int terminateOthers(Connection own, Connection... spared) throws SQLException {
        Integer[] pids = new Integer[spared.length + 1];
        pids[0] = own.unwrap(PGConnection.class).getBackendPID();
        for (int i = 0; i < spared.length; i++) {
            pids[i + 1] = spared[i].unwrap(PGConnection.class).getBackendPID();
        }
        try (PreparedStatement statement = own.prepareStatement("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> ALL (?)""")) {
            statement.setArray(1, own.createArrayOf("integer", pids));
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Asks until {@code request} answers {@code status}, within {@link #BOUND}; returns how many asks it took. */
    static int eventually(int status, Supplier<Api.Reply> request) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        int attempts = 0;
        Api.Reply last = null;
        while (System.nanoTime() < deadline) {
            attempts++;
            last = request.get();
            if (last.status() == status) {
                return attempts;
            }
        }
        throw new AssertionError("no " + status + " within " + BOUND + " (" + attempts + " attempts); last: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /** A 503 as decision 0067 promises it: a problem detail with Retry-After, no trace of the cause. */
    static void assertUnavailable(Api.Reply reply) {
        assertEquals(503, reply.status(), reply.body()::toString);
        assertEquals("SERVICE_UNAVAILABLE", reply.code(), reply.body()::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertTrue(reply.header("Retry-After").map(seconds -> Integer.parseInt(seconds) > 0).orElse(false),
                () -> "Retry-After: " + reply.header("Retry-After"));
        String body = String.valueOf(reply.body());
        assertTrue(!body.contains("Exception") && !body.contains("Hikari") && !body.contains("SQL"), body);
    }

    @Override
    public void close() {
        http.close();
        Instances.stop(context);
        database.close();
    }
}
