package io.supportdesk.adapter.persistence.notification;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.application.notification.DispatchOutboxService;
import io.supportdesk.application.notification.DispatchSettings;
import io.supportdesk.application.notification.EmailMessage;
import io.supportdesk.application.notification.Mailbox;
import io.supportdesk.domain.TestClock;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.OutboxStatus;
import io.supportdesk.application.notification.RecordingMailer;
import io.supportdesk.application.notification.RetrySchedule;
import io.supportdesk.application.notification.port.in.DispatchReport;
import io.supportdesk.application.notification.port.in.DispatchStopReport;
import io.supportdesk.application.notification.port.out.Mailer;
import io.supportdesk.application.port.out.UnitOfWork;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.supportdesk.application.notification.OutboxFixtures.aNotification;
import static io.supportdesk.application.notification.OutboxFixtures.notifications;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispatcher over the real outbox table: crashes, concurrent dispatchers and rolled-back changes. */
@AdapterTest
class JdbcOutboxDeliveryTest {

    private static final Mailbox FROM = Mailbox.parse("Supportdesk <support@supportdesk.test>");
    private static final DispatchSettings SETTINGS = new DispatchSettings(10, Duration.ofMinutes(2));

    @Inject
    JdbcOutbox outbox;
    @Inject
    JdbcOutboxStore store;
    @Inject
    UnitOfWork unitOfWork;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");


    @BeforeEach
    void emptyTheOutbox() {
        OutboxTables.empty(transactions, jdbc);
    }

    private DispatchOutboxService dispatcher(Mailer mailer) {
        return new DispatchOutboxService(store, mailer, FROM, RetrySchedule.standard(), SETTINGS, clock);
    }

    private List<OutboxMessage> rows() {
        return store.list(Optional.empty(), 500);
    }

    @Test
    void a_notification_enqueued_by_a_change_that_rolled_back_is_never_sent() {
        assertThrows(IllegalStateException.class, () -> unitOfWork.run(() -> {
            outbox.enqueue(List.of(aNotification()), clock.instant());
            throw new IllegalStateException("the change failed after enqueuing");
        }));
        RecordingMailer mailer = new RecordingMailer();

        assertEquals(DispatchReport.NOTHING_DUE, dispatcher(mailer).dispatch());
        assertEquals(0, OutboxTables.count(transactions, jdbc));
        assertEquals(0, mailer.attempts());
    }

    @Test
    void a_notification_enqueued_by_a_committed_change_is_sent() {
        unitOfWork.run(() -> outbox.enqueue(List.of(aNotification()), clock.instant()));
        RecordingMailer mailer = new RecordingMailer();

        assertEquals(1, dispatcher(mailer).dispatch().sent());
        assertEquals(1, mailer.sent().size());
    }

    /** Stands for the process dying mid-send: nothing the dispatcher can catch and settle. */
    private static final class PowerCut extends Error {
    }

    @Test
    void a_dispatcher_stopped_mid_batch_and_restarted_loses_nothing() {
        outbox.enqueue(notifications(8), clock.instant());
        RecordingMailer mailer = new RecordingMailer();
        AtomicInteger sends = new AtomicInteger();
        Mailer dying = message -> {
            if (sends.incrementAndGet() == 4) {
                throw new PowerCut();
            }
            mailer.send(message);
        };
        assertThrows(PowerCut.class, () -> dispatcher(dying).dispatch());
        assertEquals(3, mailer.sent().size());
        assertEquals(5, rows().stream().filter(row -> row.inFlight(clock.instant())).count(),
                "the unsettled rows stay leased to the dead dispatcher");

        DispatchOutboxService restarted = dispatcher(mailer);
        assertEquals(DispatchReport.NOTHING_DUE, restarted.dispatch());
        clock.advance(SETTINGS.lease());
        assertEquals(5, restarted.dispatch().sent());

        assertTrue(rows().stream().allMatch(row -> row.status() == OutboxStatus.SENT), () -> rows().toString());
        assertEquals(rows().stream().map(OutboxMessage::messageId).collect(Collectors.toSet()),
                mailer.sent().stream().map(EmailMessage::messageId).collect(Collectors.toSet()));
        assertEquals(8, mailer.sent().size(), "each delivered exactly once: the crash hit before the fourth send");
    }

    @Test
    void an_instance_shut_down_mid_batch_gives_back_what_it_has_not_begun_and_another_sends_it_at_once()
            throws Exception {
        outbox.enqueue(notifications(6), clock.instant());
        RecordingMailer stoppedServer = new RecordingMailer();
        CountDownLatch stalled = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        AtomicInteger sends = new AtomicInteger();
        Mailer slowOnTheSecond = message -> {
            if (sends.incrementAndGet() == 2) {
                stalled.countDown();
                try {
                    answer.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            stoppedServer.send(message);
        };
        DispatchOutboxService stopping = dispatcher(slowOnTheSecond);
        CompletableFuture<DispatchReport> round = CompletableFuture.supplyAsync(stopping::dispatch);
        assertTrue(stalled.await(30, TimeUnit.SECONDS), "the second send began");

        assertEquals(new DispatchStopReport(4, 1), stopping.stop());

        List<OutboxMessage> given = rows().stream().filter(row -> row.status() == OutboxStatus.PENDING
                && !row.inFlight(clock.instant())).toList();
        assertEquals(4, given.size(), () -> rows().toString());
        assertTrue(given.stream().allMatch(row -> row.attempts() == 0 && row.lockedUntil().isEmpty()));
        assertEquals(1, rows().stream().filter(row -> row.inFlight(clock.instant())).count(),
                "the message on its way stays leased to the stopping instance");
        RecordingMailer otherServer = new RecordingMailer();
        assertEquals(new DispatchReport(4, 4, 0, 0, 0), dispatcher(otherServer).dispatch(),
                "the other instance sends them now, with no lease to wait for");

        answer.countDown();
        assertEquals(new DispatchReport(6, 2, 0, 0, 4), round.get(30, TimeUnit.SECONDS));
        assertTrue(rows().stream().allMatch(row -> row.status() == OutboxStatus.SENT && row.attempts() == 1),
                () -> rows().toString());
        List<String> sent = new ArrayList<>();
        stoppedServer.sent().forEach(email -> sent.add(email.messageId()));
        otherServer.sent().forEach(email -> sent.add(email.messageId()));
        assertEquals(6, sent.size(), "each sent exactly once");
        assertEquals(rows().stream().map(OutboxMessage::messageId).collect(Collectors.toSet()), Set.copyOf(sent));
    }

    @Test
    void two_dispatchers_on_one_database_never_send_a_row_twice() throws Exception {
        int total = 120;
        for (int i = 0; i < total; i += 40) {
            outbox.enqueue(notifications(40), clock.instant());
        }
        // Both dispatchers hold a claim at the same time before either sends anything: their claims must not overlap.
        CyclicBarrier bothClaimed = new CyclicBarrier(2);
        Map<String, List<String>> sentBy = Collections.synchronizedMap(new HashMap<>());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (String name : List.of("first", "second")) {
                sentBy.put(name, Collections.synchronizedList(new ArrayList<>()));
                AtomicInteger calls = new AtomicInteger();
                Mailer mailer = message -> {
                    if (calls.getAndIncrement() == 0) {
                        awaitQuietly(bothClaimed);
                    }
                    sentBy.get(name).add(message.messageId());
                };
                DispatchOutboxService dispatcher = dispatcher(mailer);
                runs.add(threads.submit(() -> {
                    int rounds = 0;
                    while (dispatcher.dispatch().claimedAny()) {
                        rounds++;
                    }
                    return rounds;
                }));
            }
            for (Future<Integer> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        List<String> everything = new ArrayList<>(sentBy.get("first"));
        everything.addAll(sentBy.get("second"));
        Set<String> distinct = Set.copyOf(everything);
        assertEquals(total, everything.size(), "sent in total");
        assertEquals(total, distinct.size(), "no message sent twice");
        assertTrue(!sentBy.get("first").isEmpty() && !sentBy.get("second").isEmpty(), "both dispatchers worked");
        assertTrue(rows().stream().allMatch(row -> row.status() == OutboxStatus.SENT && row.attempts() == 1));
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException | TimeoutException e) {
            // Only a safeguard against hanging; the assertions decide.
        }
    }
}
