package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.supportdesk.application.time.ClockSkew;
import io.supportdesk.domain.ticket.Workflow;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** The domain's policies and the clock, as configured; use cases receive them from here. */
@Factory
class CoreWiring {

    @Singleton
    Clock clock() {
        // PostgreSQL keeps microseconds; ticking at that resolution makes a value read back equal the one written.
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** The one reading of {@code MAX_CLOCK_SKEW}: tokens, dispatch leases and socket tickets allow for it. */
    @Singleton
    ClockSkew clockSkew(@Value("${supportdesk.max-clock-skew:5m}") Duration max) {
        return new ClockSkew(max);
    }

    @Singleton
    Workflow workflow(@Value("${supportdesk.ticket.reopen-window:7d}") Duration reopenWindow) {
        return new Workflow(reopenWindow);
    }
}
