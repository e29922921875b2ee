package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.supportdesk.application.ratelimit.ConsumeRateLimitService;
import io.supportdesk.application.ratelimit.PruneRateCountersService;
import io.supportdesk.application.ratelimit.RateCategory;
import io.supportdesk.application.ratelimit.RateLimitPolicy;
import io.supportdesk.application.ratelimit.RateLimitPolicy.Budget;
import io.supportdesk.application.ratelimit.port.in.ConsumeRateLimitUseCase;
import io.supportdesk.application.ratelimit.port.in.PruneRateCountersUseCase;
import io.supportdesk.application.ratelimit.port.out.RateCounters;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The rate-limit budgets from {@code supportdesk.rate-limit.*} (README: RATE_LIMIT_*). */
@Factory
class RateLimitWiring {

    @Singleton
    RateLimitPolicy rateLimitPolicy(@Value("${supportdesk.rate-limit.sign-in.limit:30}") long signIn,
                                    @Value("${supportdesk.rate-limit.sign-in.window:60s}") Duration signInWindow,
                                    @Value("${supportdesk.rate-limit.comments.limit:20}") long comments,
                                    @Value("${supportdesk.rate-limit.comments.window:60s}") Duration commentsWindow,
                                    @Value("${supportdesk.rate-limit.writes.limit:120}") long writes,
                                    @Value("${supportdesk.rate-limit.writes.window:60s}") Duration writesWindow,
                                    @Value("${supportdesk.rate-limit.reads.limit:600}") long reads,
                                    @Value("${supportdesk.rate-limit.reads.window:60s}") Duration readsWindow,
                                    @Value("${supportdesk.rate-limit.staff-multiplier:5}") int staffMultiplier) {
        return new RateLimitPolicy(Map.of(
                RateCategory.SIGN_IN, new Budget(signIn, signInWindow),
                RateCategory.COMMENT, new Budget(comments, commentsWindow),
                RateCategory.WRITE, new Budget(writes, writesWindow),
                RateCategory.READ, new Budget(reads, readsWindow)), staffMultiplier);
    }

    @Singleton
    PruneRateCountersUseCase pruneRateCounters(RateCounters counters, RateLimitPolicy policy, Clock clock) {
        return new PruneRateCountersService(counters, policy, clock);
    }

    @Singleton
    ConsumeRateLimitUseCase consumeRateLimit(RateCounters counters, RateLimitPolicy policy, Clock clock) {
        return new ConsumeRateLimitService(counters, policy, clock);
    }
}
