package io.supportdesk.adapter.websocket.conversation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SendQueueTest {

    /** A network that completes each send only when the test says so. */
    private static final class ManualSink implements SendQueue.Sink {
        final List<String> written = new ArrayList<>();
        final List<CompletableFuture<Void>> pending = new ArrayList<>();
        int overflows;

        @Override
        public CompletionStage<?> send(String frame) {
            written.add(frame);
            CompletableFuture<Void> done = new CompletableFuture<>();
            pending.add(done);
            return done;
        }

        @Override
        public void overflowed() {
            overflows++;
        }

        void completeNext() {
            pending.remove(0).complete(null);
        }
    }

    @Test
    void frames_go_out_one_at_a_time_in_the_order_offered() {
        ManualSink sink = new ManualSink();
        SendQueue queue = new SendQueue(sink, 10, Long.MAX_VALUE);

        queue.offer("a");
        queue.offer("b");
        queue.offer("c");
        assertEquals(List.of("a"), sink.written);

        sink.completeNext();
        sink.completeNext();
        assertEquals(List.of("a", "b", "c"), sink.written);
        assertEquals(0, queue.waiting());
    }

    @Test
    void a_reader_that_falls_behind_by_more_than_the_capacity_is_given_up_once_and_never_blocks_the_sender() {
        ManualSink sink = new ManualSink();
        SendQueue queue = new SendQueue(sink, 3, Long.MAX_VALUE);

        for (String frame : List.of("in flight", "1", "2", "3")) {
            assertTrue(queue.offer(frame));
        }
        assertFalse(queue.offer("one too many"));
        assertFalse(queue.offer("after closing"));

        assertEquals(1, sink.overflows);
        assertTrue(queue.isClosed());
        sink.completeNext();
        assertEquals(List.of("in flight"), sink.written, "nothing more is written once given up");
    }

    @Test
    void a_reader_is_given_up_when_the_bytes_waiting_for_it_exceed_the_budget_even_if_the_frames_are_few() {
        ManualSink sink = new ManualSink();
        SendQueue queue = new SendQueue(sink, 1_000, 10);

        assertTrue(queue.offer("in flight, not counted"));
        assertTrue(queue.offer("12345"));
        assertTrue(queue.offer("6789"));
        assertFalse(queue.offer("ab"), "5 + 4 + 2 bytes would wait: more than 10");
        assertEquals(1, sink.overflows);
    }

    @Test
    void bytes_sent_leave_the_budget() {
        ManualSink sink = new ManualSink();
        SendQueue queue = new SendQueue(sink, 1_000, 10);
        queue.offer("first");
        queue.offer("0123456789");
        sink.completeNext();
        assertTrue(queue.offer("0123456789"), "the first ten went out, so ten more fit");
        assertEquals(0, sink.overflows);
    }

    @Test
    void a_failed_send_gives_the_reader_up() {
        ManualSink sink = new ManualSink();
        SendQueue queue = new SendQueue(sink, 3, Long.MAX_VALUE);
        queue.offer("a");
        queue.offer("b");

        sink.pending.remove(0).completeExceptionally(new IllegalStateException("connection reset"));

        assertEquals(1, sink.overflows);
        assertEquals(List.of("a"), sink.written);
    }

    @Test
    void sends_that_complete_at_once_drain_everything_without_recursion() {
        List<String> written = new ArrayList<>();
        SendQueue queue = new SendQueue(new SendQueue.Sink() {
            @Override
            public CompletionStage<?> send(String frame) {
                written.add(frame);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void overflowed() {
                throw new AssertionError("never overflows");
            }
        }, 5, Long.MAX_VALUE);

        for (int i = 0; i < 100_000; i++) {
            queue.offer("f" + i);
        }

        assertEquals(100_000, written.size());
    }
}
