package io.supportdesk.application.ratelimit;

import io.supportdesk.application.ratelimit.port.out.RateCounters;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link RateCounters} in a map; also counts how often it was asked, for tests of the in-memory front. */
public final class InMemoryRateCounters implements RateCounters {

    private record Key(String key, Instant windowStart) {
    }

    private final Map<Key, Long> counts = new ConcurrentHashMap<>();
    final AtomicInteger increments = new AtomicInteger();

    @Override
    public long increment(String key, Instant windowStart) {
        increments.incrementAndGet();
        return counts.merge(new Key(key, windowStart), 1L, Long::sum);
    }

    @Override
    public void forgetBefore(Instant instant) {
        counts.keySet().removeIf(key -> key.windowStart().isBefore(instant));
    }
}
