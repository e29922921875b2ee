package io.supportdesk.adapter.websocket.conversation;

import java.util.ArrayDeque;
import java.util.concurrent.CompletionStage;

/**
 * The frames waiting to go out on one socket, one in flight at a time so they arrive in order. Offering never
 * blocks: when a reader falls {@code capacity} frames or {@code capacityBytes} behind, the queue gives up on it
 * ({@link Sink#overflowed()}) rather than hold up whoever is delivering to everyone else. The bytes matter more than
 * the count: a few hundred large frames waiting for one unread socket would otherwise cost the server megabytes.
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
    private final long capacityBytes;
    private final ArrayDeque<String> waiting = new ArrayDeque<>();
    private long waitingBytes;
    private boolean inFlight;
    private boolean closed;

    SendQueue(Sink sink, int capacity, long capacityBytes) {
        if (capacity < 1 || capacityBytes < 1) {
            throw new IllegalArgumentException("send queue capacity must be positive");
        }
        this.sink = sink;
        this.capacity = capacity;
        this.capacityBytes = capacityBytes;
    }

    /** Frames are JSON with every non-ASCII character escaped, so a character is a byte on the wire. */
    private static long bytes(String frame) {
        return frame.length();
    }

    /** False when the frame was not queued: the queue is closed, or it just overflowed. */
    boolean offer(String frame) {
        synchronized (this) {
            if (closed) {
                return false;
            }
            // One frame alone may exceed the byte budget (a history frame has its own bound); a backlog may not.
            if (waiting.size() >= capacity || !waiting.isEmpty() && waitingBytes + bytes(frame) > capacityBytes) {
                close();
            } else {
                waiting.add(frame);
                waitingBytes += bytes(frame);
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
        waitingBytes = 0;
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
                if (next != null) {
                    waitingBytes -= bytes(next);
                }
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
