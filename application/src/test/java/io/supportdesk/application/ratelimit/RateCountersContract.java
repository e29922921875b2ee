package io.supportdesk.application.ratelimit;

import io.supportdesk.application.ratelimit.port.out.RateCounters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every {@link RateCounters} must do; extended by the in-memory fake's test and the JDBC adapter's. */
public abstract class RateCountersContract {

    protected abstract RateCounters counters();

    private final Instant window = Instant.parse("2026-12-02T10:00:00Z");
    private String key;

    /** A fresh key per test, also when the extending test shares one instance between its tests. */
    @BeforeEach
    void freshKey() {
        key = "writes:user:" + UUID.randomUUID();
    }

    @Test
    void counts_go_up_per_key_and_window() {
        assertEquals(1, counters().increment(key, window));
        assertEquals(2, counters().increment(key, window));
        assertEquals(1, counters().increment(key, window.plusSeconds(60)), "a new window starts at one");
        assertEquals(1, counters().increment(key + "-other", window));
    }

    @Test
    void concurrent_increments_are_none_lost() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            java.util.List<Future<Long>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> counters().increment(key, window)));
            }
            long highest = 0;
            for (Future<Long> result : results) {
                highest = Math.max(highest, result.get(60, TimeUnit.SECONDS));
            }
            assertEquals(40, highest);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void past_windows_are_forgotten() {
        counters().increment(key, window);
        counters().increment(key, window.plusSeconds(60));
        counters().forgetBefore(window.plusSeconds(60));
        assertEquals(1, counters().increment(key, window), "forgotten: it starts again");
        assertEquals(2, counters().increment(key, window.plusSeconds(60)), "kept");
    }
}
