package io.supportdesk.bootstrap.notification;

import io.supportdesk.application.notification.port.out.OutboxStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The outbox's backlog as health and metrics show it, read from the database at most once per {@link #MEMORY}
 * however often probes and scrapes come, and shared by both so they never ask twice.
 */
@Singleton
public class RecentOutboxBacklog {

    static final Duration MEMORY = Duration.ofSeconds(5);

    private final OutboxStore outbox;
    private final Clock clock;
    private volatile OutboxStore.Backlog last;
    private volatile long readAt;

    RecentOutboxBacklog(OutboxStore outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public OutboxStore.Backlog current() {
        long now = System.nanoTime();
        OutboxStore.Backlog known = last;
        if (known == null || now - readAt >= MEMORY.toNanos()) {
            known = outbox.backlog();
            last = known;
            readAt = now;
        }
        return known;
    }

    /** How long the oldest waiting email has waited, in whole seconds; empty when none waits. */
    public Optional<Long> oldestPendingAgeSeconds() {
        return current().oldestPending()
                .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toSeconds()));
    }
}
