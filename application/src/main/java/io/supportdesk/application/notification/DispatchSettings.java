package io.supportdesk.application.notification;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one dispatch round takes on. The lease must comfortably cover sending a whole batch (with the mail
 * server's timeouts): a dispatcher that is still busy when it ends leaves the rest to others rather than risk a
 * double send.
 */
public record DispatchSettings(int batchSize, Duration lease) {

    public DispatchSettings {
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("batch size must be 1-1000, was " + batchSize);
        }
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, was " + lease);
        }
    }
}
