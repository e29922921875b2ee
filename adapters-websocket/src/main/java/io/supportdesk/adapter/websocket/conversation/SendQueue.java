package io.supportdesk.adapter.websocket.conversation;

import java.util.ArrayDeque;
import java.util.concurrent.CompletionStage;

/**
 * The frames waiting to go out on one socket, one in flight at a time so they arrive in order. Offering never
 * blocks: when a reader falls {@code capacity} frames behind, the queue gives up on it ({@link Sink#overflowed()})
 * rather than hold up whoever is delivering to everyone else.
 */
final class SendQueue {

    /** Where frames go. */
    interface Sink {

        /** Completes when the frame has been written to the network. */
        CompletionStage<?> send(String frame);

        /** The reader fell too far behind, or a send failed; called once. */
        void overflowed();
    }

    private final Sink sink;
    private final int capacity;
    private final ArrayDeque<String> waiting = new ArrayDeque<>();
    private boolean inFlight;
    private boolean closed;

    SendQueue(Sink sink, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("send queue capacity must be positive");
        }
        this.sink = sink;
        this.capacity = capacity;
    }

    /** False when the frame was not queued: the queue is closed, or it just overflowed. */
    boolean offer(String frame) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (waiting.size() >= capacity) {
                close();
            } else {
                waiting.add(frame);
                if (inFlight) {
                    return true;
                }
                inFlight = true;
            }
        }
        if (isClosed()) {
            sink.overflowed();
            return false;
        }
        pump();
        return true;
    }

    synchronized void close() {
        closed = true;
        waiting.clear();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized int waiting() {
        return waiting.size();
    }

    private void pump() {
        while (true) {
            String next;
            synchronized (this) {
                next = closed ? null : waiting.poll();
                if (next == null) {
                    inFlight = false;
                    return;
                }
            }
            var sent = sink.send(next).toCompletableFuture();
            if (!sent.isDone()) {
                sent.whenComplete((ok, failure) -> afterSend(failure));
                return;
            }
            if (sent.isCompletedExceptionally()) {
                afterSend(new IllegalStateException("send failed"));
                return;
            }
        }
    }

    private void afterSend(Throwable failure) {
        if (failure != null) {
            boolean first;
            synchronized (this) {
                first = !closed;
                close();
                inFlight = false;
            }
            if (first) {
                sink.overflowed();
            }
            return;
        }
        pump();
    }
}
