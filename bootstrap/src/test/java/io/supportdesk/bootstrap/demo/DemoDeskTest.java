package io.supportdesk.bootstrap.demo;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.application.demo.port.in.DemoDeskOutcome;
import io.supportdesk.application.demo.port.in.SeedDemoDeskUseCase;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.FreshDatabase;
import io.supportdesk.bootstrap.testing.Instances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SUPPORTDESK_DEMO_DATA on a database of its own: two instances start on it at the same moment, one seeds the demo
 * desk and the other finds its tickets and leaves them alone; what was seeded reads like a desk the application
 * wrote itself, mails no one, and its accounts sign in with the passwords the log printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDeskTest {

    private static final String SECRET = "demo-desk-test-secret-0123456789-abcdefghijkl";
    private static final Pattern ACCOUNT_LINE = Pattern.compile(
            "^\\s+(customer|agent|manager)\\s+(\\S+@demo\\.supportdesk\\.test)\\s+.*\\s(\\S+)$", Pattern.MULTILINE);

    private FreshDatabase database;
    private final List<ApplicationContext> instances = new ArrayList<>();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level level;

    @BeforeAll
    void two_instances_start_at_once_on_an_empty_database_with_demo_data() {
        database = FreshDatabase.create("demo_desk");
        Logger logger = (Logger) LoggerFactory.getLogger(DemoDesk.class);
        level = logger.getLevel();
        // The tests' logging keeps only warnings; the "skipped" line is INFO.
        logger.setLevel(Level.INFO);
        log.start();
        logger.addAppender(log);
        Map<String, Object> settings = new HashMap<>(database.properties());
        settings.put("supportdesk.demo-data", "true");
        // Threads of their own: the common pool has a single thread on a two-core machine.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<ApplicationContext>> starting = List.of(
                    CompletableFuture.supplyAsync(() -> Instances.start(SECRET, settings), threads),
                    CompletableFuture.supplyAsync(() -> Instances.start(SECRET, settings), threads));
            RuntimeException failed = null;
            for (CompletableFuture<ApplicationContext> instance : starting) {
                try {
                    instances.add(instance.join());
                } catch (RuntimeException e) {
                    // The other one may have started: it is in the list, for stop() to stop.
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
        } finally {
            threads.shutdown();
        }
    }

    @AfterAll
    void stop() {
        Logger logger = (Logger) LoggerFactory.getLogger(DemoDesk.class);
        logger.detachAppender(log);
        logger.setLevel(level);
        Instances.stop(instances.toArray(ApplicationContext[]::new));
        if (database != null) {
            database.close();
        }
    }

    @Test
    void one_instance_seeds_the_desk_and_the_other_leaves_it_alone() throws SQLException {
        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();

        assertEquals(1, lines.stream().filter(l -> l.startsWith("Demo data: the empty desk now holds 60 tickets"))
                .count(), lines::toString);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("Demo data skipped: this database has tickets"))
                .count(), lines::toString);
        assertEquals(60, count("SELECT count(*) FROM tickets"));
    }

    @Test
    void a_second_seeding_does_nothing() throws SQLException {
        long users = count("SELECT count(*) FROM users");

        DemoDeskOutcome again = instances.getFirst().getBean(SeedDemoDeskUseCase.class).seed();

        assertInstanceOf(DemoDeskOutcome.TicketsExist.class, again);
        assertEquals(60, count("SELECT count(*) FROM tickets"));
        assertEquals(users, count("SELECT count(*) FROM users"));
    }

    @Test
    void the_admin_is_the_first_admin_and_the_staff_work_in_two_teams() throws SQLException {
        assertEquals(1, count("SELECT count(*) FROM users WHERE role = 'admin'"));
        assertEquals(4, count("SELECT count(*) FROM users WHERE role = 'agent' AND cardinality(skills) > 0"));
        assertEquals(1, count("SELECT count(*) FROM users WHERE role = 'manager'"));
        assertEquals(12, count("SELECT count(*) FROM users WHERE role = 'customer'"));
        assertEquals(2, count("SELECT count(*) FROM teams"));
        assertEquals(6, count("SELECT count(*) FROM team_members"));
        assertEquals(1, count("SELECT count(*) FROM teams WHERE calendar_id IS NOT NULL"));
    }

    @Test
    void the_tickets_were_opened_over_the_last_thirty_days_and_stand_in_every_status() throws SQLException {
        assertEquals(8, count("SELECT count(DISTINCT status) FROM tickets"));
        assertEquals(60, count("SELECT count(*) FROM tickets WHERE created_at > now() - interval '30 days' "
                + "AND created_at < now() AND updated_at >= created_at AND updated_at < now()"));
        assertEquals(0, count("SELECT count(*) FROM tickets WHERE team_id IS NULL"));
        assertTrue(count("SELECT count(DISTINCT created_at::date) FROM tickets") >= 20, "most days have tickets");
        assertTrue(count("SELECT count(DISTINCT priority) FROM tickets") >= 3);
        assertTrue(count("SELECT count(DISTINCT category) FROM tickets") >= 5);
        // Timestamps that agree with the status, as the application keeps them.
        assertEquals(0, count("SELECT count(*) FROM tickets WHERE (status = 'resolved' AND resolved_at IS NULL) "
                + "OR (status = 'closed') <> (closed_at IS NOT NULL) "
                + "OR (status NOT IN ('resolved', 'closed') AND resolved_at IS NOT NULL)"));
        assertEquals(0, count("SELECT count(*) FROM tickets WHERE status IN ('assigned', 'in_progress', "
                + "'waiting_on_customer', 'on_hold', 'resolved', 'reopened') AND assignee_id IS NULL"));
        assertTrue(count("SELECT count(*) FROM tickets WHERE first_responded_at > created_at") >= 30);
    }

    @Test
    void some_slas_are_breached_and_some_at_risk_as_the_check_reported_them() throws SQLException {
        assertTrue(count("SELECT count(*) FROM tickets WHERE first_response_stopped_at > first_response_due_at "
                + "OR resolution_stopped_at > resolution_due_at") >= 3, "some were answered or solved late");
        assertTrue(count("SELECT count(*) FROM tickets WHERE first_response_stopped_at IS NULL "
                + "AND first_response_due_at < now()") >= 3, "some still wait for a first answer, overdue");
        assertTrue(count("SELECT count(*) FROM tickets WHERE first_response_stopped_at IS NULL "
                + "AND first_response_at_risk_at <= now() AND first_response_due_at > now()") >= 2, "at risk");
        assertTrue(count("SELECT count(*) FROM ticket_history WHERE kind = 'sla_breached'") > 0);
        assertEquals(0, count("SELECT count(*) FROM tickets WHERE first_response_stopped_at IS NULL "
                + "AND first_response_paused_since IS NULL AND first_response_due_at < now() "
                + "AND NOT ('FIRST_RESPONSE' = ANY (sla_breach_reported))"), "nothing left for the SLA check to mail");
    }

    @Test
    void conversations_have_public_replies_and_internal_notes_in_the_past() throws SQLException {
        assertTrue(count("SELECT count(*) FROM ticket_comments WHERE internal") >= 5);
        assertTrue(count("SELECT count(*) FROM ticket_comments WHERE NOT internal AND author_role = 'customer'")
                >= 10);
        assertTrue(count("SELECT count(*) FROM ticket_comments WHERE NOT internal AND author_role = 'agent'")
                >= 30);
        assertEquals(0, count("SELECT count(*) FROM ticket_comments c JOIN tickets t ON t.id = c.ticket_id "
                + "WHERE c.created_at < t.created_at OR c.created_at > now()"));
        // Every comment is in the history at its own moment, as the application records it.
        assertEquals(0, count("SELECT count(*) FROM ticket_comments c WHERE NOT EXISTS (SELECT 1 FROM "
                + "ticket_history h WHERE h.kind = 'comment_added' AND h.new_value = c.id::text "
                + "AND h.occurred_at = c.created_at AND h.internal = c.internal)"));
    }

    @Test
    void the_history_has_every_step_at_its_moment() throws SQLException {
        Set<String> kinds = Set.copyOf(strings("SELECT DISTINCT kind FROM ticket_history"));
        assertTrue(kinds.containsAll(Set.of("created", "team_changed", "assigned", "status_changed",
                "comment_added", "priority_changed", "sla_at_risk", "sla_breached")), kinds::toString);
        assertEquals(60, count("SELECT count(*) FROM ticket_history h JOIN tickets t ON t.id = h.ticket_id "
                + "WHERE h.kind = 'created' AND h.occurred_at = t.created_at"));
        assertEquals(0, count("SELECT count(*) FROM ticket_history h JOIN tickets t ON t.id = h.ticket_id "
                + "WHERE h.occurred_at < t.created_at OR h.occurred_at > now()"));
        assertEquals(0, count("SELECT count(*) FROM ticket_history WHERE kind = 'status_changed' "
                + "AND (old_value IS NULL OR new_value IS NULL)"));
        assertTrue(count("SELECT count(*) FROM ticket_history WHERE kind = 'status_changed' "
                + "AND old_value IN ('resolved', 'closed') AND new_value = 'reopened'") >= 4);
        assertTrue(count("SELECT count(*) FROM ticket_history WHERE kind = 'team_changed' AND note IS NOT NULL")
                >= 1, "a manager moved a ticket between the teams, saying why");
        // The last status change of each ticket is the status it has.
        assertEquals(0, count("""
                SELECT count(*) FROM tickets t JOIN LATERAL (SELECT new_value FROM ticket_history h
                    WHERE h.ticket_id = t.id AND h.kind = 'status_changed' ORDER BY occurred_at DESC, id DESC LIMIT 1)
                    last ON true
                WHERE last.new_value <> t.status"""));
    }

    @Test
    void nothing_is_mailed() throws SQLException {
        assertEquals(0, count("SELECT count(*) FROM outbox"));
    }

    @Test
    void the_printed_passwords_sign_in_and_the_reports_show_the_desk() {
        String banner = log.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(l -> l.startsWith("Demo data: the empty desk")).findFirst().orElseThrow();
        Map<String, String> passwords = new LinkedHashMap<>();
        Matcher line = ACCOUNT_LINE.matcher(banner);
        while (line.find()) {
            passwords.put(line.group(2), line.group(3));
        }
        assertEquals(17, passwords.size(), banner);
        Api api = api(instances.getLast());
        Map<String, String> tokens = new HashMap<>();
        passwords.forEach((email, password) -> {
            Api.Reply signedIn = api.logIn(email, password);
            assertEquals(200, signedIn.status(), () -> email + ": " + signedIn.body());
            tokens.put(email, signedIn.string("access_token"));
        });

        Api.Reply figures = api.get("/api/v1/stats", tokens.get("manager.maria@demo.supportdesk.test"));
        assertEquals(200, figures.status(), figures.body()::toString);
        assertEquals(60, ((Number) figures.get("total")).intValue());
        Map<String, Number> byStatus = figures.get("by_status");
        byStatus.forEach((status, count) -> assertTrue(count.intValue() > 0, status));
        assertNotNull(figures.get("average_first_response_seconds"));
        assertNotNull(figures.get("average_resolution_seconds"));
        Api.Reply anna = api.get("/api/v1/stats", tokens.get("agent.anna@demo.supportdesk.test"));
        assertTrue(((Number) anna.get("total")).intValue() > 0, "Anna has tickets of her own");
        Api.Reply emma = api.get("/api/v1/tickets", tokens.get("customer.emma@demo.supportdesk.test"));
        assertEquals(200, emma.status());
        assertFalse(emma.items().isEmpty(), "Emma, a regular, has tickets");
    }

    private static Api api(ApplicationContext context) {
        return new Api(context.createBean(HttpClient.class, context.getBean(EmbeddedServer.class).getURL()));
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
