package io.supportdesk.application.notification;

import io.supportdesk.application.time.ClockSkew;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How much one dispatch round takes on. The lease must comfortably cover sending a whole batch (with the mail
 * server's timeouts): a dispatcher that is still busy when it ends leaves the rest to others rather than risk a
 * double send.
 *
 * <p>A lease is an instant written by the claiming instance's clock and read by every other instance's. Claimed rows
 * are therefore kept from other dispatchers for the lease plus the {@link ClockSkew} allowed ({@link #heldFor}),
 * while their holder sends them only for the lease: an instance whose clock runs ahead by up to the allowance sees
 * the lease end only after the holder has stopped sending. The price: a dead dispatcher's rows wait that much longer.
 */
public record DispatchSettings(int batchSize, Duration lease, ClockSkew skew) {

    public DispatchSettings {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("batch size must be 1-1000, was " + batchSize);
        }
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, was " + lease);
        }
        Objects.requireNonNull(skew, "skew");
    }

    /** With every dispatcher on one clock (tests of one instance). */
    public DispatchSettings(int batchSize, Duration lease) {
        this(batchSize, lease, ClockSkew.none());
    }

    /** How long claimed rows stay out of other dispatchers' claims: the lease, and the skew allowed. */
    public Duration heldFor() {
        return lease.plus(skew.max());
    }

    /**
     * Until when the holder of rows held until {@code heldUntil} may send them: the skew allowed before, which
     * leaves the lease itself.
     */
    public Instant sendUntil(Instant heldUntil) {
        return heldUntil.minus(skew.max());
    }
}
