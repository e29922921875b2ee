package io.supportdesk.domain.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A read-out of one SLA clock at one instant, for display and reporting. */
public record SlaStatus(SlaClockKind kind, Instant dueAt, Duration remaining, SlaState state) {

    public SlaStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(state, "state");
    }

    public static SlaStatus of(SlaClockKind kind, SlaClock clock, Instant now) {
        return new SlaStatus(kind, clock.dueAt(now), clock.remaining(now), clock.state(now));
    }
}
