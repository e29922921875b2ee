package io.supportdesk.application.ratelimit;

import io.supportdesk.application.ratelimit.RateLimitPolicy.Budget;
import io.supportdesk.domain.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PruneRateCountersServiceTest {

    @Test
    void counts_older_than_the_longest_window_are_forgotten_and_the_current_ones_kept() {
        TestClock clock = TestClock.at("2026-12-02T10:05:00Z");
        InMemoryRateCounters counters = new InMemoryRateCounters();
        RateLimitPolicy policy = new RateLimitPolicy(Map.of(
                RateCategory.SIGN_IN, new Budget(3, Duration.ofMinutes(1)),
                RateCategory.COMMENT, new Budget(3, Duration.ofMinutes(2)),
                RateCategory.WRITE, new Budget(3, Duration.ofMinutes(1)),
                RateCategory.READ, new Budget(3, Duration.ofMinutes(1))), 1);
        counters.increment("writes:user:1", Instant.parse("2026-12-02T10:02:00Z"));
        counters.increment("comments:user:1", Instant.parse("2026-12-02T10:04:00Z"));

        new PruneRateCountersService(counters, policy, clock).prune();

        assertEquals(1, counters.increment("writes:user:1", Instant.parse("2026-12-02T10:02:00Z")), "forgotten");
        assertEquals(2, counters.increment("comments:user:1", Instant.parse("2026-12-02T10:04:00Z")), "kept");
    }
}
