package io.supportdesk.application.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How far apart the clocks of two instances may be while the desk stays correct (issue 18, fault 8; decision 0070).
 * Every instance takes time from its own {@link java.time.Clock}, and what one instance writes down as an instant —
 * a token's issue time, a lease's end, a socket ticket's expiry — another reads against its own. Where being early
 * or late by the skew would do harm, the reader allows for it here, and nowhere else:
 * <ul>
 *     <li>a token issued up to {@code max} in the reader's future is taken (its expiry is not stretched);</li>
 *     <li>a dispatcher's lease keeps its rows from other dispatchers {@code max} longer than it sends them itself, so
 *     an instance whose clock runs ahead never takes a row its holder may still be sending;</li>
 *     <li>a socket ticket, whose life (30 s) is shorter than the skew allowed, is redeemed up to {@code max} past
 *     the expiry its issuer wrote.</li>
 * </ul>
 * Clocks kept by NTP are milliseconds apart; the allowance is for a host whose synchronisation broke.
 */
public record ClockSkew(Duration max) {

    /** More would keep a dead dispatcher's rows, or a used-up socket ticket's row, for longer than is reasonable. */
    public static final Duration LIMIT = Duration.ofHours(1);

    public ClockSkew {
        Objects.requireNonNull(max, "max");
        if (max.isNegative() || max.compareTo(LIMIT) > 0) {
            throw new IllegalArgumentException("the clock skew allowed must be between 0s and " + LIMIT.toMinutes()
                    + "m, was " + max);
        }
    }

    /** One clock for everything: nothing to allow for (tests of one instance). */
    public static ClockSkew none() {
        return new ClockSkew(Duration.ZERO);
    }

    /** The latest instant another instance may have written as "now" while this one reads {@code now}. */
    public Instant latestPeerNow(Instant now) {
        return now.plus(max);
    }

    /** The earliest instant another instance may have written as "now" while this one reads {@code now}. */
    public Instant earliestPeerNow(Instant now) {
        return now.minus(max);
    }
}
