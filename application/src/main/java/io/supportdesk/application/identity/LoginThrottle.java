package io.supportdesk.application.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How many failed sign-ins are tolerated within a sliding window, per account and per client address, before
 * further attempts are turned away until the oldest counted failure leaves the window.
 */
public record LoginThrottle(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration window) {

    public LoginThrottle {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
            throw new IllegalArgumentException("failure limits must be at least 1");
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
    }

    /** 5 per account, 20 per address, within 15 minutes. */
    public static LoginThrottle standard() {
        return new LoginThrottle(5, 20, Duration.ofMinutes(15));
    }

    /**
     * When attempts may resume, given failures newest first: with {@code limit} or more in the window, when the
     * {@code limit}-th newest one leaves it.
     */
    static Optional<Instant> blockedUntil(List<Instant> failuresNewestFirst, int limit, Duration window, Instant now) {
        if (failuresNewestFirst.size() < limit) {
            return Optional.empty();
        }
        Instant until = failuresNewestFirst.get(limit - 1).plus(window);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
