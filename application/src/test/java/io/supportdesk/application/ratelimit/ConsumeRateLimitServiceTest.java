package io.supportdesk.application.ratelimit;

import io.supportdesk.application.ratelimit.RateLimitPolicy.Budget;
import io.supportdesk.application.ratelimit.port.in.ConsumeRateLimitUseCase.Decision;
import io.supportdesk.application.ratelimit.port.in.ConsumeRateLimitUseCase.Request;
import io.supportdesk.domain.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsumeRateLimitServiceTest {

    private final TestClock clock = TestClock.at("2026-12-02T10:00:15Z");
    private final InMemoryRateCounters counters = new InMemoryRateCounters();
    private final RateLimitPolicy policy = new RateLimitPolicy(Map.of(
            RateCategory.SIGN_IN, new Budget(3, Duration.ofMinutes(1)),
            RateCategory.COMMENT, new Budget(2, Duration.ofMinutes(1)),
            RateCategory.WRITE, new Budget(5, Duration.ofMinutes(1)),
            RateCategory.READ, new Budget(10, Duration.ofMinutes(1))), 4);
    private final ConsumeRateLimitService limits = new ConsumeRateLimitService(counters, policy, clock);

    private Decision write(String subject, boolean staff) {
        return limits.consume(new Request(subject, staff, RateCategory.WRITE));
    }

    @Test
    void a_caller_gets_the_budget_of_the_window_and_is_told_what_is_left_and_when_it_resets() {
        Decision first = write("user:1", false);
        assertTrue(first.allowed());
        assertEquals(5, first.limit());
        assertEquals(4, first.remaining());
        assertEquals(Duration.ofSeconds(45), first.resetIn());
        for (int i = 0; i < 4; i++) {
            assertTrue(write("user:1", false).allowed());
        }
        Decision over = write("user:1", false);
        assertFalse(over.allowed());
        assertEquals(0, over.remaining());

        assertTrue(write("user:2", false).allowed(), "every caller has their own budget");
        assertTrue(limits.consume(new Request("user:1", false, RateCategory.READ)).allowed(), "and one per category");

        clock.advance(Duration.ofSeconds(45));
        assertTrue(write("user:1", false).allowed(), "a new window, a new budget");
    }

    @Test
    void staff_get_the_larger_budget_except_for_signing_in() {
        for (int i = 0; i < 20; i++) {
            assertTrue(write("user:7", true).allowed());
        }
        assertFalse(write("user:7", true).allowed());
        assertEquals(3, limits.consume(new Request("address:192.0.2.1", true, RateCategory.SIGN_IN)).limit());
    }

    @Test
    void a_flood_past_the_budget_is_refused_here_without_asking_the_shared_counters() {
        for (int i = 0; i < 1_000; i++) {
            write("user:9", false);
        }
        assertEquals(5, counters.increments.get(), "the five allowed were counted; every one after is refused here");
    }

    @Test
    void the_count_is_shared_so_two_instances_together_stay_within_one_budget() {
        ConsumeRateLimitService other = new ConsumeRateLimitService(counters, policy, clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(write("user:3", false).allowed());
        }
        assertTrue(other.consume(new Request("user:3", false, RateCategory.WRITE)).allowed());
        assertTrue(other.consume(new Request("user:3", false, RateCategory.WRITE)).allowed());
        assertFalse(other.consume(new Request("user:3", false, RateCategory.WRITE)).allowed());
        assertFalse(write("user:3", false).allowed());
    }
}
