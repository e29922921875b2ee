package io.supportdesk.application.notification;

import io.supportdesk.domain.TestClock;
import io.supportdesk.application.notification.RecordingMailer.Mode;
import io.supportdesk.application.notification.port.in.DispatchReport;
import io.supportdesk.application.notification.port.in.DispatchStopReport;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.time.ClockSkew;
import io.supportdesk.application.notification.port.out.OutboxStore;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static io.supportdesk.application.notification.OutboxFixtures.aNotification;
import static io.supportdesk.application.notification.OutboxFixtures.notifications;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DispatchOutboxServiceTest {

    private static final Mailbox FROM = Mailbox.parse("Supportdesk <support@supportdesk.test>");
    private static final DispatchSettings SETTINGS = new DispatchSettings(10, Duration.ofMinutes(2));

    private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final RecordingMailer mailer = new RecordingMailer();

    private DispatchOutboxService dispatcher(Mailer mailer) {
        return new DispatchOutboxService(outbox, mailer, FROM, RetrySchedule.standard(), SETTINGS, clock);
    }

    private OutboxMessage only() {
        assertEquals(1, outbox.all().size());
        return outbox.all().getFirst();
    }

    @Test
    void due_rows_are_sent_from_the_configured_sender_under_their_own_message_id_and_marked_sent() {
        Notification notification = aNotification("ann@example.test");
        outbox.enqueue(List.of(notification), clock.instant());

        DispatchReport report = dispatcher(mailer).dispatch();

        assertEquals(new DispatchReport(1, 1, 0, 0, 0), report);
        EmailMessage email = mailer.sent().getFirst();
        assertEquals(notification.messageId(), email.messageId());
        assertEquals(FROM, email.from());
        assertEquals(List.of(new EmailAddress("ann@example.test")), email.to());
        assertEquals(notification.subject(), email.subject());
        assertEquals(notification.text(), email.text());
        assertEquals(notification.html(), email.html());
        assertEquals(OutboxStatus.SENT, only().status());
        assertEquals(Optional.of(clock.instant()), only().sentAt());
    }

    @Test
    void nothing_due_means_nothing_claimed() {
        outbox.enqueue(List.of(aNotification()), clock.instant().plusSeconds(60));

        assertEquals(DispatchReport.NOTHING_DUE, dispatcher(mailer).dispatch());
        assertEquals(0, mailer.attempts());
    }

    @Test
    void a_failing_message_is_retried_after_1m_5m_30m_2h_and_12h_and_then_declared_dead() {
        outbox.enqueue(List.of(aNotification()), clock.instant());
        mailer.mode(Mode.FAIL_TEMPORARILY);
        DispatchOutboxService dispatcher = dispatcher(mailer);
        List<Duration> waits = new ArrayList<>();

        for (int attempt = 1; attempt <= 5; attempt++) {
            DispatchReport failed = dispatcher.dispatch();
            assertEquals(new DispatchReport(1, 0, 1, 0, 0), failed.counts());
            OutboxMessage waiting = only();
            assertEquals(waiting.lastError(), failed.lastFailure(), "the report says why, as the row keeps it");
            assertEquals(attempt, waiting.attempts());
            assertTrue(waiting.lastError().orElseThrow().contains("mail server down"), waiting.lastError()::get);
            Duration wait = Duration.between(clock.instant(), waiting.nextAttemptAt());
            waits.add(wait);
            clock.advance(wait.minusSeconds(1));
            assertEquals(DispatchReport.NOTHING_DUE, dispatcher.dispatch(), "not due before its time");
            clock.advance(Duration.ofSeconds(1));
        }
        assertEquals(new DispatchReport(1, 0, 0, 1, 0), dispatcher.dispatch().counts());

        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(12)), waits);
        assertEquals(OutboxStatus.DEAD, only().status());
        assertEquals(6, only().attempts());
        clock.advance(Duration.ofDays(7));
        assertEquals(DispatchReport.NOTHING_DUE, dispatcher.dispatch());
    }

    @Test
    void a_mail_server_down_for_a_while_delays_delivery_but_loses_nothing() {
        outbox.enqueue(notifications(3), clock.instant());
        DispatchOutboxService dispatcher = dispatcher(mailer);
        mailer.mode(Mode.FAIL_TEMPORARILY);
        dispatcher.dispatch();
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatch();

        mailer.mode(Mode.ACCEPT);
        clock.advance(Duration.ofMinutes(5));
        DispatchReport report = dispatcher.dispatch();

        assertEquals(3, report.sent());
        assertEquals(3, mailer.sent().size());
        assertTrue(outbox.all().stream().allMatch(row -> row.status() == OutboxStatus.SENT && row.attempts() == 3));
        assertTrue(outbox.all().stream().allMatch(row -> row.lastError().isPresent()), "the failures stay visible");
    }

    @Test
    void a_permanently_rejected_message_is_dead_at_once() {
        outbox.enqueue(List.of(aNotification()), clock.instant());

        assertEquals(new DispatchReport(1, 0, 0, 1, 0), dispatcher(mailer.mode(Mode.FAIL_PERMANENTLY)).dispatch()
                .counts());
        assertEquals(OutboxStatus.DEAD, only().status());
        assertEquals(1, only().attempts());
    }

    @Test
    void a_mailer_bug_on_one_message_does_not_stop_the_rest_of_the_batch() {
        Notification poison = aNotification("poison@example.test");
        outbox.enqueue(List.of(poison, aNotification(), aNotification()), clock.instant());
        Mailer buggy = message -> {
            if (message.to().contains(new EmailAddress("poison@example.test"))) {
                throw new IllegalStateException("template engine exploded");
            }
            mailer.send(message);
        };

        DispatchReport report = dispatcher(buggy).dispatch();

        assertEquals(new DispatchReport(3, 2, 1, 0, 0), report.counts());
        OutboxMessage failed = outbox.all().stream().filter(row -> row.messageId().equals(poison.messageId()))
                .findFirst().orElseThrow();
        assertEquals(OutboxStatus.PENDING, failed.status());
        assertTrue(failed.lastError().orElseThrow().contains("template engine exploded"));
    }

    @Test
    void rows_whose_lease_ran_out_during_a_slow_batch_are_left_for_another_dispatcher() {
        outbox.enqueue(notifications(3), clock.instant());
        Mailer slow = message -> {
            mailer.send(message);
            clock.advance(Duration.ofMinutes(1));
        };

        DispatchReport report = dispatcher(slow).dispatch();

        assertEquals(new DispatchReport(3, 2, 0, 0, 1), report);
        OutboxMessage left = outbox.all().stream().filter(row -> row.status() == OutboxStatus.PENDING)
                .findFirst().orElseThrow();
        assertEquals(1, outbox.claimDue(clock.instant(), 10, SETTINGS.lease()).messages().size(),
                "claimable again: " + left);
    }

    /** Stands for the process dying: not an exception the dispatcher could handle. */
    private static final class PowerCut extends Error {
    }

    @Test
    void a_dispatcher_stopped_mid_batch_loses_nothing_once_its_lease_is_over() {
        outbox.enqueue(notifications(5), clock.instant());
        int[] sends = {0};
        Mailer dying = message -> {
            if (++sends[0] == 3) {
                throw new PowerCut();
            }
            mailer.send(message);
        };
        assertThrows(PowerCut.class, () -> dispatcher(dying).dispatch());
        assertEquals(2, mailer.sent().size());

        DispatchOutboxService restarted = dispatcher(mailer);
        assertEquals(DispatchReport.NOTHING_DUE, restarted.dispatch(), "the dead dispatcher's lease still holds");
        clock.advance(SETTINGS.lease());
        DispatchReport report = restarted.dispatch();

        assertEquals(3, report.sent());
        Set<String> delivered = mailer.sent().stream().map(EmailMessage::messageId).collect(Collectors.toSet());
        assertEquals(outbox.all().stream().map(OutboxMessage::messageId).collect(Collectors.toSet()), delivered);
        assertTrue(outbox.all().stream().allMatch(row -> row.status() == OutboxStatus.SENT));
    }

    @Test
    void an_instance_whose_clock_runs_ahead_takes_no_row_its_holder_may_still_send() {
        // Instance B's clock runs a minute ahead of ours, as far as the allowance goes.
        ClockSkew skew = new ClockSkew(Duration.ofMinutes(1));
        DispatchSettings settings = new DispatchSettings(10, Duration.ofMinutes(2), skew);
        TestClock clockOfB = new TestClock(clock.instant().plus(skew.max()));
        DispatchOutboxService instanceB = new DispatchOutboxService(outbox, mailer, FROM, RetrySchedule.standard(),
                settings, clockOfB);
        outbox.enqueue(notifications(2), clock.instant());
        List<DispatchReport> seenByB = new ArrayList<>();
        Mailer slow = message -> {
            mailer.send(message);
            if (seenByB.isEmpty()) {
                // The first message took all but a second of our lease; by B's clock the lease ended a minute ago.
                clock.advance(settings.lease().minusSeconds(1));
                clockOfB.advance(settings.lease().minusSeconds(1));
                seenByB.add(instanceB.dispatch());
            }
        };

        DispatchReport ours = new DispatchOutboxService(outbox, slow, FROM, RetrySchedule.standard(), settings, clock)
                .dispatch();

        assertEquals(List.of(DispatchReport.NOTHING_DUE), seenByB, "the rows are held for the skew allowed, too");
        assertEquals(new DispatchReport(2, 2, 0, 0, 0), ours.counts());
        assertEquals(2, mailer.sent().stream().map(EmailMessage::messageId).distinct().count());
        assertEquals(2, mailer.sent().size(), "each sent once");
    }

    @Test
    void a_dead_dispatchers_rows_are_taken_over_once_its_lease_and_the_skew_allowed_are_over() {
        DispatchSettings settings = new DispatchSettings(10, Duration.ofMinutes(2),
                new ClockSkew(Duration.ofMinutes(1)));
        outbox.enqueue(notifications(2), clock.instant());
        Mailer dying = message -> {
            throw new PowerCut();
        };
        assertThrows(PowerCut.class, () -> new DispatchOutboxService(outbox, dying, FROM, RetrySchedule.standard(),
                settings, clock).dispatch());
        DispatchOutboxService restarted = new DispatchOutboxService(outbox, mailer, FROM, RetrySchedule.standard(),
                settings, clock);

        clock.advance(settings.heldFor().minusSeconds(1));
        assertEquals(DispatchReport.NOTHING_DUE, restarted.dispatch(), "held for lease + skew: 3 minutes");
        clock.advance(Duration.ofSeconds(1));
        assertEquals(2, restarted.dispatch().sent());
    }

    /** A mail server that holds the second message until told to answer, as a slow one would. */
    private static final class StallingMailer implements Mailer {

        final CountDownLatch stalled = new CountDownLatch(1);
        final CountDownLatch answer = new CountDownLatch(1);
        private final Mailer behind;
        private int sends;

        StallingMailer(Mailer behind) {
            this.behind = behind;
        }

        @Override
        public void send(EmailMessage message) throws MailDeliveryException {
            if (++sends == 2) {
                stalled.countDown();
                try {
                    if (!answer.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never let the stalled send answer");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            behind.send(message);
        }
    }

    @Test
    void a_stop_gives_back_at_once_what_was_not_begun_and_lets_the_send_under_way_finish() throws Exception {
        outbox.enqueue(notifications(5), clock.instant());
        StallingMailer stalling = new StallingMailer(mailer);
        DispatchOutboxService stopping = dispatcher(stalling);
        // A thread of its own: the common pool may have a single thread on a small machine, busy elsewhere.
        CompletableFuture<DispatchReport> round = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                round.complete(stopping.dispatch());
            } catch (RuntimeException e) {
                round.completeExceptionally(e);
            }
        });
        assertTrue(stalling.stalled.await(30, TimeUnit.SECONDS), "the second send began");

        DispatchStopReport stop = stopping.stop();

        assertEquals(new DispatchStopReport(3, 1), stop);
        assertEquals(1, outbox.all().stream().filter(row -> row.status() == OutboxStatus.SENT).count());
        assertEquals(1, outbox.all().stream().filter(row -> row.inFlight(clock.instant())).count(),
                "the message being sent stays leased: it may be on its way");
        List<OutboxMessage> released = outbox.all().stream()
                .filter(row -> row.status() == OutboxStatus.PENDING && !row.inFlight(clock.instant())).toList();
        assertEquals(3, released.size());
        assertTrue(released.stream().allMatch(row -> row.attempts() == 0), "no attempt was made on them");
        RecordingMailer otherServer = new RecordingMailer();
        assertEquals(new DispatchReport(3, 3, 0, 0, 0), dispatcher(otherServer).dispatch(),
                "another dispatcher sends them without waiting for the lease");

        stalling.answer.countDown();
        assertEquals(new DispatchReport(5, 2, 0, 0, 3), round.get(30, TimeUnit.SECONDS));
        assertTrue(outbox.all().stream().allMatch(row -> row.status() == OutboxStatus.SENT), outbox.all()::toString);
        List<String> sent = new ArrayList<>();
        mailer.sent().forEach(email -> sent.add(email.messageId()));
        otherServer.sent().forEach(email -> sent.add(email.messageId()));
        assertEquals(5, sent.size(), "each message sent once");
        assertEquals(outbox.all().stream().map(OutboxMessage::messageId).collect(Collectors.toSet()), Set.copyOf(sent));
    }

    @Test
    void a_stopped_dispatcher_claims_nothing_more() {
        DispatchOutboxService stopped = dispatcher(mailer);
        assertEquals(new DispatchStopReport(0, 0), stopped.stop());
        outbox.enqueue(List.of(aNotification()), clock.instant());

        assertEquals(DispatchReport.NOTHING_DUE, stopped.dispatch());
        assertEquals(0, only().attempts());
        assertEquals(new DispatchStopReport(0, 0), stopped.stop(), "stopping twice does nothing more");
    }

    @Test
    void a_claim_that_returns_after_the_stop_is_given_back_whole() {
        outbox.enqueue(notifications(2), clock.instant());
        AtomicReference<DispatchOutboxService> service = new AtomicReference<>();
        // The store answers the claim only after the dispatcher was stopped, as when SIGTERM comes mid-statement.
        OutboxStore stoppingWhileClaiming = (OutboxStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OutboxStore.class}, (proxy, method, arguments) -> {
                    try {
                        Object result = method.invoke(outbox, arguments);
                        if (method.getName().equals("claimDue")) {
                            service.get().stop();
                        }
                        return result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        service.set(new DispatchOutboxService(stoppingWhileClaiming, mailer, FROM, RetrySchedule.standard(), SETTINGS,
                clock));

        DispatchReport report = service.get().dispatch();

        assertEquals(new DispatchReport(2, 0, 0, 0, 2), report);
        assertEquals(0, mailer.attempts());
        assertTrue(outbox.all().stream().noneMatch(row -> row.inFlight(clock.instant())));
        assertEquals(2, outbox.claimDue(clock.instant(), 10, SETTINGS.lease()).messages().size());
    }
}
