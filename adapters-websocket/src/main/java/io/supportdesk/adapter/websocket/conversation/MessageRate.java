package io.supportdesk.adapter.websocket.conversation;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/** At most {@code limit} events in any sliding {@code window}; refused events do not count. */
final class MessageRate {

    private final int limit;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private final ArrayDeque<Long> accepted = new ArrayDeque<>();

    MessageRate(int limit, Duration window, LongSupplier nanoTime) {
        if (limit < 1) {
            throw new IllegalArgumentException("rate limit must be positive");
        }
        this.limit = limit;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
    }

    synchronized boolean tryAcquire() {
        long now = nanoTime.getAsLong();
        while (!accepted.isEmpty() && now - accepted.peekFirst() >= windowNanos) {
            accepted.pollFirst();
        }
        if (accepted.size() >= limit) {
            return false;
        }
        accepted.addLast(now);
        return true;
    }
}
