package io.supportdesk.adapter.persistence.conversation;

import io.supportdesk.application.conversation.ChatSignal;
import io.supportdesk.application.conversation.ChatSignal.Gap;
import io.supportdesk.application.conversation.ChatSignal.Typing;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.TicketId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Relaying off the listener thread: one lane per ticket, in order, bounded, and a Gap where signals were dropped. */
class ChatSignalLanesTest {

    /** A generous bound for what must happen: a loaded 2-core machine stalls for seconds at a time. */
    private static final long ARRIVAL_SECONDS = 30;
    private static final Gap GAP = new Gap();

    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final HoldingExecutor holding = new HoldingExecutor(workers);
    /** Every signal as its relay starts; {@link #relayed} as it ends. */
    private final List<ChatSignal> started = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<ChatSignal> relayed = new LinkedBlockingQueue<>();
    /** The signals whose relay is stuck until {@link #release}, as behind a slow query. */
    private Set<ChatSignal> slow = Set.of();
    private CountDownLatch slowStarted = new CountDownLatch(0);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        holding.letGo();
        workers.shutdown();
        assertTrue(workers.awaitTermination(ARRIVAL_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void a_slow_relay_for_one_ticket_holds_up_neither_the_caller_nor_another_ticket() throws Exception {
        slowly(typing(1, 1));
        ChatSignalLanes lanes = lanes(10);

        lanes.dispatch(typing(1, 1));
        lanes.dispatch(typing(2, 1));

        assertTrue(slowStarted.await(ARRIVAL_SECONDS, TimeUnit.SECONDS), "ticket 1's relay started");
        assertEquals(typing(2, 1), next(), "ticket 2 is relayed while ticket 1's relay is stuck");
        release.countDown();
        assertEquals(typing(1, 1), next());
    }

    @Test
    void the_signals_of_one_ticket_are_relayed_one_at_a_time_in_the_order_received() throws Exception {
        slowly(typing(1, 1));
        ChatSignalLanes lanes = lanes(10);

        lanes.dispatch(typing(1, 1));
        assertTrue(slowStarted.await(ARRIVAL_SECONDS, TimeUnit.SECONDS));
        for (long user = 2; user <= 5; user++) {
            lanes.dispatch(typing(1, user));
        }
        assertEquals(List.of(typing(1, 1)), started, "the next waits while the first is relayed");
        release.countDown();

        for (long user = 1; user <= 5; user++) {
            assertEquals(typing(1, user), next());
        }
    }

    @Test
    void past_the_backlog_signals_are_dropped_for_one_gap_that_waits_behind_no_ticket() throws Exception {
        slowly(typing(1, 1));
        ChatSignalLanes lanes = lanes(2);
        holding.hold();

        lanes.dispatch(typing(1, 1));
        lanes.dispatch(typing(1, 2));
        lanes.dispatch(typing(1, 3));
        lanes.dispatch(typing(7, 1));
        holding.letGo();

        assertTrue(slowStarted.await(ARRIVAL_SECONDS, TimeUnit.SECONDS));
        assertEquals(GAP, next(), "the gap is relayed while ticket 1 is stuck");
        release.countDown();
        assertEquals(List.of(typing(1, 1), typing(1, 2)), List.of(next(), next()));
        finish();
        assertEquals(List.of(typing(1, 1), typing(1, 2)), startedOn(1));
        assertEquals(List.of(GAP), gaps(), "the two signals past the backlog gave way to a single gap");
        assertEquals(List.of(), startedOn(7));
    }

    @Test
    void a_signal_dropped_while_a_gap_is_relayed_queues_the_next_gap() throws Exception {
        slowly(typing(1, 1), GAP);
        ChatSignalLanes lanes = lanes(1);
        holding.hold();
        lanes.dispatch(typing(1, 1));
        lanes.dispatch(typing(1, 2));
        holding.letGo();
        assertTrue(slowStarted.await(ARRIVAL_SECONDS, TimeUnit.SECONDS), "ticket 1 and the first gap are stuck");

        lanes.dispatch(typing(1, 3));
        lanes.dispatch(typing(1, 4));
        lanes.dispatch(typing(1, 5));
        release.countDown();
        finish();

        assertEquals(List.of(typing(1, 1), typing(1, 3)), startedOn(1));
        assertEquals(List.of(GAP, GAP), gaps(), "one gap for the drop before the first ran, one for those while");
    }

    @Test
    void a_failing_relay_does_not_stop_its_lane() throws Exception {
        ChatSignalLanes lanes = new ChatSignalLanes(signal -> {
            if (signal.equals(typing(1, 1))) {
                throw new IllegalStateException("the ticket is gone");
            }
            relayed.add(signal);
        }, workers, 10);

        lanes.dispatch(typing(1, 1));
        lanes.dispatch(typing(1, 2));

        assertEquals(typing(1, 2), next());
    }

    private void slowly(ChatSignal... signals) {
        slow = Set.of(signals);
        slowStarted = new CountDownLatch(signals.length);
    }

    private ChatSignalLanes lanes(int capacity) {
        return new ChatSignalLanes(signal -> {
            started.add(signal);
            if (slow.contains(signal)) {
                slowStarted.countDown();
                try {
                    release.await(ARRIVAL_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            relayed.add(signal);
        }, holding, capacity);
    }

    /** Waits for every relay to end: nothing more can start once all lanes are drained. */
    private void finish() throws InterruptedException {
        workers.shutdown();
        assertTrue(workers.awaitTermination(ARRIVAL_SECONDS, TimeUnit.SECONDS), "every lane drained");
    }

    private ChatSignal next() throws InterruptedException {
        ChatSignal signal = relayed.poll(ARRIVAL_SECONDS, TimeUnit.SECONDS);
        if (signal == null) {
            throw new AssertionError("nothing was relayed within " + ARRIVAL_SECONDS + " s");
        }
        return signal;
    }

    private List<ChatSignal> startedOn(long ticket) {
        return started.stream().filter(s -> s instanceof Typing t && t.ticket().value() == ticket).toList();
    }

    private List<ChatSignal> gaps() {
        return started.stream().filter(s -> s instanceof Gap).toList();
    }

    private static Typing typing(long ticket, long user) {
        return new Typing(new TicketId(ticket), new UserId(user), true, false);
    }

    /** Holds the lanes' drainers while told to, so which signals wait (and which are dropped) is the test's choice. */
    private static final class HoldingExecutor implements Executor {

        private final Executor delegate;
        private final List<Runnable> held = new ArrayList<>();
        private boolean holding;

        HoldingExecutor(Executor delegate) {
            this.delegate = delegate;
        }

        synchronized void hold() {
            holding = true;
        }

        synchronized void letGo() {
            holding = false;
            held.forEach(delegate::execute);
            held.clear();
        }

        @Override
        public synchronized void execute(Runnable task) {
            if (holding) {
                held.add(task);
            } else {
                delegate.execute(task);
            }
        }
    }
}
