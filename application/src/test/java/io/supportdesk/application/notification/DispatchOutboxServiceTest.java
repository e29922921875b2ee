package io.supportdesk.application.notification;

import io.supportdesk.domain.TestClock;
import io.supportdesk.application.notification.RecordingMailer.Mode;
import io.supportdesk.application.notification.port.in.DispatchReport;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.time.ClockSkew;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
}
