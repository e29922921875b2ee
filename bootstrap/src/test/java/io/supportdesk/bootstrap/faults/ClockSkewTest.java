package io.supportdesk.bootstrap.faults;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.application.identity.port.in.RedeemSocketTicketUseCase;
import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import io.supportdesk.application.notification.port.in.DispatchReport;
import io.supportdesk.application.sla.port.in.EscalateSlaRisksUseCase;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.FreshDatabase;
import io.supportdesk.bootstrap.testing.Instances;
import io.supportdesk.bootstrap.testing.MutableClockFactory.MutableClock;
import io.supportdesk.bootstrap.testing.ScriptedSmtp;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, fault 8: clock skew between two instances. Two instances on one database of their own; instance B's
 * clock runs {@link #SKEW} ahead of instance A's, and both stand still until the test moves them together. The
 * scheduled jobs are off (application-test.yml): the test runs each instance's SLA round and outbox dispatcher itself,
 * in the order it needs, and waits for conditions (a held message reaching the mail server), never for time.
 *
 * <p>What "stays correct" means, and what skew may change (docs/reliability.md, item 8): a token from either
 * instance works on both, and expires at the instant its issuer wrote (so on B up to the skew earlier); failed
 * sign-ins on both count together, and the lock ends on each by its own clock (at most the skew apart); an SLA clock
 * escalates once, by whichever instance sees it first (B: up to the skew early); an email that failed is retried once
 * per due time, is sent once, and none is lost, also when a dispatcher is caught in the middle of a batch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClockSkewTest {

    private static final Duration SKEW = Duration.ofMinutes(2);
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** The shipped lease, named here because the test moves the clocks to just before its end. */
    private static final Duration OUTBOX_LEASE = Duration.ofMinutes(5);
    /** A safety net for what must happen at once, on a loaded 2-core machine. */
    private static final Duration BOUND = Duration.ofSeconds(30);

    private FreshDatabase database;
    private ScriptedSmtp smtp;
    private ApplicationContext contextA;
    private ApplicationContext contextB;
    private HttpClient httpA;
    private HttpClient httpB;
    private Api a;
    private Api b;
    private SignedInUsers users;

    @BeforeAll
    void twoInstancesTwoMinutesApart() {
        database = FreshDatabase.create("clock_skew");
        smtp = ScriptedSmtp.start();
        Map<String, Object> settings = new HashMap<>(database.properties());
        settings.putAll(smtp.properties());
        settings.put("supportdesk.test.clock", "mutable");
        settings.put("supportdesk.outbox.lease", OUTBOX_LEASE.toMinutes() + "m");
        String secret = UUID.randomUUID().toString() + UUID.randomUUID();
        contextA = Instances.start(secret, settings);
        contextB = Instances.start(secret, settings);
        at(START);
        httpA = contextA.createBean(HttpClient.class, contextA.getBean(EmbeddedServer.class).getURL());
        httpB = contextB.createBean(HttpClient.class, contextB.getBean(EmbeddedServer.class).getURL());
        a = new Api(httpA);
        b = new Api(httpB);
        users = contextA.getBean(SignedInUsers.class);
    }

    @AfterAll
    void stop() {
        for (HttpClient client : new HttpClient[] {httpA, httpB}) {
            if (client != null) {
                client.close();
            }
        }
        Instances.stop(contextA, contextB);
        if (smtp != null) {
            smtp.close();
        }
        if (database != null) {
            database.close();
        }
    }

    // --- tokens ---------------------------------------------------------------------------------------------------

    @Test
    void a_token_from_either_instance_works_on_both_and_expires_at_the_instant_its_issuer_wrote() {
        Instant t = aDayLater();
        SignedInUser user = users.create(Role.CUSTOMER);
        String fromA = accessToken(a, user);
        String fromB = accessToken(b, user);

        // B's token was issued 2 minutes in A's future (iat, nbf); A's 2 minutes in B's past.
        assertEquals(200, a.get("/api/v1/auth/me", fromB).status(), "A takes B's token");
        assertEquals(200, b.get("/api/v1/auth/me", fromA).status(), "B takes A's token");

        // Lifetime 15 min by the issuer's clock. exp is an instant, not stretched by the allowance: B, ahead, is
        // the first to refuse a token, up to the skew before A does.
        at(t.plus(Duration.ofMinutes(13)));
        assertEquals(401, b.get("/api/v1/auth/me", fromA).status(), "B's clock says A's token ended");
        assertEquals(200, a.get("/api/v1/auth/me", fromA).status(), "A's clock says it has 2 minutes left");
        assertEquals(200, a.get("/api/v1/auth/me", fromB).status());
        assertEquals(200, b.get("/api/v1/auth/me", fromB).status());

        at(t.plus(Duration.ofMinutes(15)));
        assertEquals(401, a.get("/api/v1/auth/me", fromA).status(), "expired on both");
        assertEquals(401, b.get("/api/v1/auth/me", fromB).status(), "B's own token ends by B's clock");
        assertEquals(200, a.get("/api/v1/auth/me", fromB).status(), "A gives B's token its last 2 minutes");

        at(t.plus(Duration.ofMinutes(17)));
        assertEquals(401, a.get("/api/v1/auth/me", fromB).status(), "expired on both");
    }

    @Test
    void a_socket_ticket_from_either_instance_opens_a_socket_on_the_other() {
        aDayLater();
        SignedInUser user = users.create(Role.CUSTOMER);
        String fromA = socketTicket(a, user);
        String fromB = socketTicket(b, user);

        // Valid for 30 s by its issuer's clock: to B, A's ticket expired 90 s ago.
        Optional<Actor> onB = contextB.getBean(RedeemSocketTicketUseCase.class).redeem(fromA);
        Optional<Actor> onA = contextA.getBean(RedeemSocketTicketUseCase.class).redeem(fromB);

        assertEquals(Optional.of(user.id()), onB.map(Actor::id), "A's ticket opens a socket on B");
        assertEquals(Optional.of(user.id()), onA.map(Actor::id), "B's ticket opens a socket on A");
        assertTrue(contextB.getBean(RedeemSocketTicketUseCase.class).redeem(fromB).isEmpty(), "still single use");
    }

    // --- lockouts -------------------------------------------------------------------------------------------------

    @Test
    void failed_sign_ins_on_both_instances_lock_the_account_on_both_and_the_lock_ends_the_skew_apart() {
        Instant t = aDayLater();
        String email = users.create(Role.CUSTOMER).email();
        // Five wrong passwords, spread over both instances: A's counted at t, B's at t + 2 min (their clocks).
        for (Api instance : List.of(a, b, a, b, a)) {
            assertEquals(401, instance.logIn(email, "wrong password").status());
        }

        Api.Reply lockedOnA = a.logIn(email, SignedInUsers.PASSWORD);
        Api.Reply lockedOnB = b.logIn(email, SignedInUsers.PASSWORD);
        assertEquals(429, lockedOnA.status(), lockedOnA.body()::toString);
        assertEquals(429, lockedOnB.status(), lockedOnB.body()::toString);
        // The lock ends 15 min after the oldest of the five (A's, at t): by each instance's own clock.
        assertEquals("900", lockedOnA.header(HttpHeaders.RETRY_AFTER).orElseThrow());
        assertEquals("780", lockedOnB.header(HttpHeaders.RETRY_AFTER).orElseThrow());

        at(t.plus(Duration.ofMinutes(13)));
        Api.Reply stillOnA = a.logIn(email, SignedInUsers.PASSWORD);
        assertEquals(429, stillOnA.status(), "A's clock: 2 minutes of the lock left");
        assertEquals("120", stillOnA.header(HttpHeaders.RETRY_AFTER).orElseThrow());
        assertEquals(200, b.logIn(email, SignedInUsers.PASSWORD).status(), "B's clock: the lock is over");
        assertEquals(200, a.logIn(email, SignedInUsers.PASSWORD).status(), "the success cleared the count for both");
    }

    // --- SLA ------------------------------------------------------------------------------------------------------

    @Test
    void an_sla_clock_escalates_once_when_both_instances_run_their_rounds() throws Exception {
        aDayLater();
        SignedInUser customer = users.create(Role.CUSTOMER);
        SignedInUser manager = users.create(Role.MANAGER);
        long ticket = openTicket(a, customer, "SLA under skew");
        Map<String, Object> sla = a.get("/api/v1/tickets/" + ticket, manager.token()).get("sla");
        Instant due = Instant.parse((String) sla.get("first_response_due_at"));
        // A medium ticket: first response within 8 h, at risk with 20 % (96 min) left.
        Instant atRisk = due.minus(Duration.ofMinutes(96));

        String history = "SELECT kind || ':' || field FROM ticket_history WHERE ticket_id = ? AND kind LIKE 'sla_%' "
                + "ORDER BY id";
        String breachMails = "SELECT kind || ' ' || array_to_string(recipients, ',') FROM outbox WHERE ticket_id = ? "
                + "AND kind = 'sla_breached' ORDER BY id";

        // Both rounds at the same moment, the ticket at risk by both clocks. (The rounds' counts include other
        // tests' tickets; the ticket's history is what counts.)
        at(atRisk.plus(Duration.ofMinutes(1)));
        both(ClockSkewTest::escalate);
        assertEquals(List.of("sla_at_risk:first_response"), rows(history, ticket), "at risk, reported once");

        // B's round first: by its clock the target passed a minute ago; by A's it is a minute away.
        at(due.minus(Duration.ofMinutes(1)));
        escalate(contextB);
        assertEquals(List.of("sla_at_risk:first_response", "sla_breached:first_response"), rows(history, ticket),
                "B escalates, 2 minutes early by A's clock");
        List<String> mailsAfterB = rows(breachMails, ticket);
        assertFalse(mailsAfterB.isEmpty(), "the breach is mailed");
        escalate(contextA);
        at(due.plus(Duration.ofMinutes(1)));
        escalate(contextA);
        escalate(contextB);

        assertEquals(List.of("sla_at_risk:first_response", "sla_breached:first_response"), rows(history, ticket),
                "A's rounds, before and after its clock reaches the target, add nothing");
        assertEquals(List.of(due.plus(SKEW).minus(Duration.ofMinutes(1)).toString()), rows(
                "SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM ticket_history "
                        + "WHERE ticket_id = ? AND kind = 'sla_breached'", ticket),
                "the breach carries B's time, a minute after the target");
        assertEquals(mailsAfterB, rows(breachMails, ticket), "and is mailed once");
    }

    // --- the outbox -----------------------------------------------------------------------------------------------

    @Test
    void a_failed_email_is_retried_once_per_due_time_and_sent_once_by_either_instance() throws Exception {
        Instant t = aDayLater();
        drain(contextA);
        SignedInUser customer = users.create(Role.CUSTOMER);
        smtp.refusing(true);
        long ticket = openTicket(a, customer, "Retried under skew");
        List<String> messages = rows("SELECT message_id FROM outbox WHERE ticket_id = ? ORDER BY id", ticket);
        assertFalse(messages.isEmpty(), "the ticket queued its email");

        drain(contextA);
        assertEquals(attemptsAndNext(ticket, 1, t.plus(Duration.ofMinutes(1))), outboxRows(ticket),
                "A's attempt failed; the next is due in 1 minute by A's clock");
        drain(contextA);
        assertEquals(attemptsAndNext(ticket, 1, t.plus(Duration.ofMinutes(1))), outboxRows(ticket),
                "not due again for A");

        // To B the row is due: a minute early by A's clock, once.
        drain(contextB);
        Instant secondDue = t.plus(SKEW).plus(Duration.ofMinutes(5));
        assertEquals(attemptsAndNext(ticket, 2, secondDue), outboxRows(ticket), "B's retry failed too: 5 min on");
        drain(contextA);
        drain(contextB);
        assertEquals(attemptsAndNext(ticket, 2, secondDue), outboxRows(ticket), "neither retries before it is due");

        smtp.refusing(false);
        at(secondDue.minus(SKEW).minus(Duration.ofSeconds(1)));
        both(ClockSkewTest::drain);
        at(secondDue);
        both(ClockSkewTest::drain);

        assertEquals(messages.stream().map(m -> m + " sent 3").toList(), rows(
                "SELECT message_id || ' ' || status || ' ' || attempts FROM outbox WHERE ticket_id = ? ORDER BY id",
                ticket), "sent at the third attempt");
        assertEquals(messages.stream().collect(Collectors.toMap(m -> m, m -> 1L)), deliveries(messages),
                "each delivered once");
    }

    @Test
    void a_dispatcher_caught_in_the_middle_of_its_batch_keeps_its_rows_from_an_instance_whose_clock_runs_ahead()
            throws Exception {
        Instant t = aDayLater();
        smtp.refusing(false);
        drain(contextA);
        SignedInUser customer = users.create(Role.CUSTOMER);
        long first = openTicket(a, customer, "Held batch one");
        long second = openTicket(a, customer, "Held batch two");
        List<String> messages = new ArrayList<>(rows("SELECT message_id FROM outbox WHERE ticket_id = ?", first));
        messages.addAll(rows("SELECT message_id FROM outbox WHERE ticket_id = ?", second));
        assertTrue(messages.size() >= 2, messages::toString);

        ScriptedSmtp.Hold hold = smtp.holdNext();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // A claims both rows at t (a lease of 5 minutes by its clock) and starts sending; the mail server holds
            // the first message's answer.
            Future<DispatchReport> batchOnA = thread.submit(() -> dispatcher(contextA).dispatch());
            assertTrue(hold.awaitReached(BOUND), "A's first message reached the mail server");

            // A minute of A's lease left by A's clock; by B's, the lease ended a minute ago.
            at(t.plus(OUTBOX_LEASE).minus(Duration.ofMinutes(1)));
            DispatchReport onB = dispatcher(contextB).dispatch();
            hold.release();
            DispatchReport onA = batchOnA.get(BOUND.toSeconds(), TimeUnit.SECONDS);

            assertEquals(0, onB.claimed(), "B took rows A was still sending: " + onB);
            assertEquals(messages.size(), onA.sent(), onA::toString);
        } finally {
            hold.release();
            thread.shutdownNow();
        }
        assertEquals(messages.stream().collect(Collectors.toMap(m -> m, m -> 1L)), deliveries(messages),
                "each delivered once");
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    /** Sets A's clock to {@code instant} and B's to the skew after it. */
    private void at(Instant instant) {
        contextA.getBean(MutableClock.class).setTo(instant);
        contextB.getBean(MutableClock.class).setTo(instant.plus(SKEW));
    }

    /** A new day for a test of its own (tests run in any order; time only moves forward); A's time. */
    private Instant aDayLater() {
        Instant next = contextA.getBean(MutableClock.class).instant().plus(Duration.ofDays(1));
        at(next);
        return next;
    }

    private static int escalate(ApplicationContext context) {
        return context.getBean(EscalateSlaRisksUseCase.class).escalate();
    }

    private static DispatchOutboxUseCase dispatcher(ApplicationContext context) {
        return context.getBean(DispatchOutboxUseCase.class);
    }

    /** Dispatches until nothing due is left, as the job's tick does; how many rows were sent. */
    private static int drain(ApplicationContext context) {
        int sent = 0;
        for (int round = 0; round < 100; round++) {
            DispatchReport report = dispatcher(context).dispatch();
            if (!report.claimedAny()) {
                return sent;
            }
            sent += report.sent();
        }
        throw new AssertionError("the outbox did not drain in 100 rounds");
    }

    /** Runs {@code work} on both instances at the same moment, released together by a barrier. */
    private <T> List<T> both(Function<ApplicationContext, T> work) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        // A thread each: on two cores the common pool has one, and the first would wait at the barrier for ever.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> runs = new ArrayList<>();
            for (ApplicationContext context : List.of(contextA, contextB)) {
                Callable<T> run = () -> {
                    together.await(BOUND.toSeconds(), TimeUnit.SECONDS);
                    return work.apply(context);
                };
                runs.add(threads.submit(run));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get(BOUND.toSeconds(), TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static String accessToken(Api instance, SignedInUser user) {
        Api.Reply signedIn = instance.logIn(user.email(), SignedInUsers.PASSWORD);
        assertEquals(200, signedIn.status(), signedIn.body()::toString);
        return signedIn.string("access_token");
    }

    private static String socketTicket(Api instance, SignedInUser user) {
        Api.Reply issued = instance.post("/api/v1/ws-tickets", Map.of(), user.token());
        assertEquals(201, issued.status(), issued.body()::toString);
        return issued.string("ticket");
    }

    private static long openTicket(Api instance, SignedInUser customer, String title) {
        Api.Reply created = instance.post("/api/v1/tickets", Map.of("title", title + " " + UUID.randomUUID(),
                "description", "Opened by ClockSkewTest.", "priority", "medium", "category", "general"),
                customer.token());
        assertEquals(201, created.status(), created.body()::toString);
        return ((Number) created.get("id")).longValue();
    }

    private List<String> attemptsAndNext(long ticket, int attempts, Instant next) throws SQLException {
        return rows("SELECT message_id FROM outbox WHERE ticket_id = ? ORDER BY id", ticket).stream()
                .map(message -> message + " pending " + attempts + " " + next).toList();
    }

    private List<String> outboxRows(long ticket) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement("SELECT message_id, status, attempts, "
                     + "next_attempt_at FROM outbox WHERE ticket_id = ? ORDER BY id")) {
            statement.setLong(1, ticket);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(row.getString(1) + " " + row.getString(2) + " " + row.getInt(3) + " "
                            + row.getTimestamp(4).toInstant());
                }
            }
        }
        return found;
    }

    /** How often the mail server accepted each of {@code messages} (by Message-ID). */
    private Map<String, Long> deliveries(List<String> messages) {
        return smtp.delivered().stream().map(ScriptedSmtp.Delivered::messageId).filter(messages::contains)
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }

    private List<String> rows(String sql, long ticket) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = database.connect();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, ticket);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(row.getString(1));
                }
            }
        }
        return found;
    }
}
