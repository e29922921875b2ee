package io.supportdesk.application.notification;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long to wait after each failed delivery attempt; once the delays run out the message is dead. The standard
 * schedule waits 1 minute, 5 minutes, 30 minutes, 2 hours and 12 hours, so a message gets six attempts spread over
 * about 15 hours — enough to ride out a mail server's maintenance window, not so long that the news is stale.
 */
public record RetrySchedule(List<Duration> delays) {

    public RetrySchedule {
        delays = List.copyOf(Objects.requireNonNull(delays, "delays"));
        for (Duration delay : delays) {
            if (delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("retry delays must be positive, was " + delay);
            }
        }
    }

    public static RetrySchedule standard() {
        return new RetrySchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(12)));
    }

    /** The wait before the next attempt after {@code failedAttempts} failures, or empty when it is time to give up. */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failed attempts start at 1, was " + failedAttempts);
        }
        return failedAttempts <= delays.size() ? Optional.of(delays.get(failedAttempts - 1)) : Optional.empty();
    }

    public int maxAttempts() {
        return delays.size() + 1;
    }
}
