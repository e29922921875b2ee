package io.supportdesk.domain.sla;

import java.time.Duration;
import java.util.Objects;

/** How long a ticket may wait for its first staff response and for its resolution. */
public record SlaTargets(Duration firstResponse, Duration resolution) {

    public SlaTargets {
        requirePositive(firstResponse, "firstResponse");
        requirePositive(resolution, "resolution");
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " target must be positive, was " + duration);
        }
    }
}
