package io.supportdesk.application.ratelimit;

import io.supportdesk.application.ratelimit.port.in.PruneRateCountersUseCase;
import io.supportdesk.application.ratelimit.port.out.RateCounters;

import java.time.Clock;

/** Windows that ended before the longest budget's window began are of no use to any decision. */
public final class PruneRateCountersService implements PruneRateCountersUseCase {

    private final RateCounters counters;
    private final RateLimitPolicy policy;
    private final Clock clock;

    public PruneRateCountersService(RateCounters counters, RateLimitPolicy policy, Clock clock) {
        this.counters = counters;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void prune() {
        counters.forgetBefore(clock.instant().minus(policy.longestWindow()));
    }
}
