package io.supportdesk.application.report.port.in;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** How long something took, over {@code count} tickets: the median and the 90th percentile; empty when none. */
public record DurationFigures(long count, Optional<Duration> median, Optional<Duration> p90) {

    public DurationFigures {
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
    }
}
