package io.supportdesk.bootstrap.notification;

import io.micronaut.context.ApplicationContext;
import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.Notification;
import io.supportdesk.application.notification.NotificationKind;
import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.bootstrap.testing.FreshDatabase;
import io.supportdesk.bootstrap.testing.Instances;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fault 11 of issue 18, the outbox's half: an instance shut down (its context closed, as SIGTERM does) while its
 * dispatcher holds a batch. The messages it had claimed and not begun are given back at once, the one in the middle
 * of its send finishes within the grace period and is settled, and another instance sends the rest long before the
 * lease (ten minutes here) would have let it. Each message is sent once.
 */
class OutboxShutdownTest {

    private static final int BOUND_SECONDS = 30;

    private static Map<String, Object> instance(FreshDatabase database, int stallAt) {
        Map<String, Object> settings = new HashMap<>(database.properties());
        settings.put("supportdesk.outbox.dispatcher.enabled", true);
        settings.put("supportdesk.outbox.dispatcher.interval", "200ms");
        settings.put("supportdesk.outbox.dispatcher.initial-delay", "200ms");
        settings.put("supportdesk.outbox.lease", "10m");
        settings.put("micronaut.lifecycle.graceful-shutdown.grace-period", "60s");
        settings.put("supportdesk.test.stalling-mailer.stall-at", stallAt);
        return settings;
    }

    private static Notification aNotification() {
        return new Notification("<" + UUID.randomUUID() + "@supportdesk.test>", NotificationKind.TICKET_CREATED,
                Optional.empty(), List.of(new EmailAddress("customer@example.test")), "We received your request",
                "Hello.", "<p>Hello.</p>");
    }

    private static String count(Connection connection, String where) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM outbox WHERE " + where)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void eventually(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " within " + BOUND_SECONDS + " s");
            Thread.onSpinWait();
        }
    }

    private static boolean counts(Connection connection, String where, int expected) {
        try {
            return count(connection, where).equals(Integer.toString(expected));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_shut_down_instance_gives_its_unsent_claim_back_at_once_and_finishes_the_send_under_way() throws Exception {
        try (FreshDatabase database = FreshDatabase.create("outbox_shutdown")) {
            ApplicationContext stopping = Instances.start(instance(database, 2));
            ApplicationContext other = null;
            try (Connection observer = database.connect()) {
                StallingMailer stoppingServer = stopping.getBean(StallingMailer.class);
                List<Notification> notifications = IntStream.range(0, 5).mapToObj(i -> aNotification()).toList();
                stopping.getBean(UnitOfWork.class).run(() -> stopping.getBean(Outbox.class)
                        .enqueue(notifications, stopping.getBean(Clock.class).instant()));
                assertTrue(stoppingServer.awaitStalled(BOUND_SECONDS), "the dispatcher began the second send");
                assertEquals("5", count(observer, "claim_token IS NOT NULL OR status = 'sent'"), "one claim of five");

                CompletableFuture<Void> shutdown = CompletableFuture.runAsync(() -> Instances.stop(stopping));
                eventually("three unsent messages given back", () -> counts(observer,
                        "status = 'pending' AND locked_until IS NULL AND attempts = 0", 3));
                assertEquals("1", count(observer, "status = 'pending' AND locked_until IS NOT NULL"),
                        "the message on its way stays leased");
                assertFalse(shutdown.isDone(), "the shutdown waits for the send under way");

                stoppingServer.answer();
                shutdown.get(BOUND_SECONDS, TimeUnit.SECONDS);
                assertEquals("2", count(observer, "status = 'sent'"), "the send under way was settled before the end");
                assertEquals("3", count(observer, "status = 'pending' AND locked_until IS NULL"));

                other = Instances.start(instance(database, 0));
                eventually("every message sent by the other instance, with a lease of 10 minutes",
                        () -> counts(observer, "status = 'sent'", 5));
                List<String> sent = new ArrayList<>(stoppingServer.accepted());
                sent.addAll(other.getBean(StallingMailer.class).accepted());
                assertEquals(5, sent.size(), "each sent once: " + sent);
                assertEquals(Set.copyOf(notifications.stream().map(Notification::messageId).toList()),
                        Set.copyOf(sent));
                assertEquals("5", count(observer, "attempts = 1"), "no attempt counted for a message given back");
            } finally {
                Instances.stop(stopping.isRunning() ? stopping : null, other);
            }
        }
    }
}
