package io.supportdesk.application.ratelimit;

import io.supportdesk.application.ratelimit.RateLimitPolicy.Budget;
import io.supportdesk.application.ratelimit.port.in.ConsumeRateLimitUseCase;
import io.supportdesk.application.ratelimit.port.out.RateCounters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed-window counting, shared by every instance through {@link RateCounters}, with a front in memory: once this
 * instance alone has seen a caller spend the budget of the current window, it answers no without asking the
 * database, so a flood costs memory here rather than a query each. The shared count is never lower than what one
 * instance saw, so the front can only refuse what the shared count would refuse too. Forgetting past windows in the
 * shared counters is {@link PruneRateCountersService}'s, on a schedule: a request never waits for a delete.
 */
public final class ConsumeRateLimitService implements ConsumeRateLimitUseCase {

    /** Every so many decisions, this instance forgets the windows long past (memory only). */
    static final int HOUSEKEEPING_EVERY = 1_000;

    private final RateCounters counters;
    private final RateLimitPolicy policy;
    private final Clock clock;
    private final Map<String, Window> seenHere = new ConcurrentHashMap<>();
    private final AtomicLong decisions = new AtomicLong();
    private final Duration longestWindow;

    private record Window(long startSecond, long count) {
    }

    public ConsumeRateLimitService(RateCounters counters, RateLimitPolicy policy, Clock clock) {
        this.counters = counters;
        this.policy = policy;
        this.clock = clock;
        this.longestWindow = policy.longestWindow();
    }

    @Override
    public Decision consume(Request request) {
        Budget budget = policy.budgetFor(request.category(), request.staff());
        Instant now = clock.instant();
        long windowSeconds = budget.window().toSeconds();
        long start = Math.floorDiv(now.getEpochSecond(), windowSeconds) * windowSeconds;
        Instant windowStart = Instant.ofEpochSecond(start);
        String key = request.category().policyName() + ":" + request.subject();
        Window here = seenHere.compute(key, (k, seen) -> seen == null || seen.startSecond() != start
                ? new Window(start, 1) : new Window(start, seen.count() + 1));
        long count = here.count() > budget.limit() ? here.count() : counters.increment(key, windowStart);
        if (decisions.incrementAndGet() % HOUSEKEEPING_EVERY == 0) {
            forgetPastWindows(now);
        }
        return new Decision(count <= budget.limit(), request.category(), budget.limit(),
                Math.max(0, budget.limit() - count), budget.window(),
                Duration.between(now, windowStart.plus(budget.window())));
    }

    private void forgetPastWindows(Instant now) {
        long before = now.minus(longestWindow).getEpochSecond();
        seenHere.values().removeIf(window -> window.startSecond() < before);
    }
}
