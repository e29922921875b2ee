package io.supportdesk.bootstrap.demo;

import io.micronaut.context.ApplicationContext;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome;
import io.supportdesk.application.demo.port.in.SeedDemoDeskUseCase;
import io.supportdesk.application.demo.port.out.EmptyDesk;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.ticket.port.in.SubmitTicketCommand;
import io.supportdesk.application.ticket.port.in.SubmitTicketUseCase;
import io.supportdesk.bootstrap.testing.FreshDatabase;
import io.supportdesk.bootstrap.testing.Instances;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Title;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two seedings on one empty database, made to overlap: the second waits for the transaction that claimed the desk
 * first and then sees what it wrote. That is what keeps two instances starting together from seeding twice. The wait
 * outlasts the database bounds of requests (decision 0067), the driver's read bound included, which this application
 * sets tiny: a seeding takes as long as it takes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDeskLockTest {

    private static final String SECRET = "demo-desk-lock-test-secret-0123456789-abcdefgh";
    /** A generous bound for what must happen: a loaded 2-core machine stalls for seconds at a time. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    /** JdbcEmptyDesk's advisory lock (0x5d0002, 0), as pg_locks shows a two-key lock. */
    private static final String WAITING_FOR_THE_CLAIM = """
            SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 6094850 AND objid = 0
                AND objsubid = 2 AND NOT granted
                AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""";
    /** The same wait, once it has lasted past every bound below, as the database measures it. */
    private static final String WAITING_PAST_THE_BOUNDS = """
            SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.classid = 6094850 AND l.objid = 0 AND l.objsubid = 2 AND NOT l.granted
                AND a.datname = current_database() AND now() - a.query_start > interval '3 seconds'""";

    private FreshDatabase database;
    private ApplicationContext context;

    @BeforeAll
    void start() {
        database = FreshDatabase.create("demo_lock");
        // No demo data at start: the test runs the seedings itself.
        Map<String, Object> settings = new HashMap<>(database.properties());
        settings.put("supportdesk.database.lock-timeout", "100ms");
        settings.put("supportdesk.database.statement-timeout", "1s");
        // The driver's read bound too: the waiting seeding reads nothing back until the first one ends.
        settings.put("supportdesk.database.socket-timeout", "2s");
        context = Instances.start(SECRET, settings);
    }

    @AfterAll
    void stop() {
        Instances.stop(context);
        if (database != null) {
            database.close();
        }
    }

    @Test
    void a_seeding_that_waited_for_another_claim_sees_its_ticket_and_writes_nothing() throws Exception {
        UnitOfWork unitOfWork = context.getBean(UnitOfWork.class);
        EmptyDesk desk = context.getBean(EmptyDesk.class);
        SubmitTicketUseCase submit = context.getBean(SubmitTicketUseCase.class);
        SeedDemoDeskUseCase seed = context.getBean(SeedDemoDeskUseCase.class);
        Actor admin = new Actor(new UserId(count("SELECT min(id) FROM users WHERE role = 'admin'")), Role.ADMIN);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // The first claims the empty desk and writes a ticket, then holds its transaction open.
            Future<Boolean> first = threads.submit(() -> unitOfWork.inTransaction(() -> {
                boolean empty = desk.claim();
                submit.submit(new SubmitTicketCommand(admin, Optional.empty(), new Title("Written under the claim"),
                        new Description("A ticket of the transaction that claimed the desk first."),
                        new CategoryCode("general"), Priority.LOW, null, null, null));
                claimed.countDown();
                awaitQuietly(release);
                return empty;
            }));
            assertTrue(claimed.await(BOUND.toSeconds(), TimeUnit.SECONDS), "the first claimed the desk");
            Future<DemoDeskOutcome> second = threads.submit(seed::seed);
            await(WAITING_FOR_THE_CLAIM);
            await(WAITING_PAST_THE_BOUNDS);
            release.countDown();

            assertTrue(first.get(BOUND.toSeconds(), TimeUnit.SECONDS), "the desk was empty for the first");
            assertInstanceOf(DemoDeskOutcome.TicketsExist.class, second.get(BOUND.toSeconds(), TimeUnit.SECONDS));
        } finally {
            release.countDown();
            threads.shutdown();
        }
        assertEquals(1, count("SELECT count(*) FROM tickets"));
        assertEquals(0, count("SELECT count(*) FROM users WHERE email LIKE '%@demo.supportdesk.test'"));
    }

    /** Until pg_locks shows the second seeding waiting for the claim the first holds (as {@code sql} asks). */
    private void await(String sql) throws SQLException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (count(sql) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the second seeding did not wait for the first one's claim within " + BOUND
                        + ": " + sql);
            }
            Thread.onSpinWait();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(BOUND.toSeconds() * 2, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
