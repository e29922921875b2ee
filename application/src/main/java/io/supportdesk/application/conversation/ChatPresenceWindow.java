package io.supportdesk.application.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a chat connection counts as present without a heartbeat. Instances refresh their connections well
 * within it, so only connections of an instance that died silently fall out.
 */
public record ChatPresenceWindow(Duration timeout) {

    public ChatPresenceWindow {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("presence timeout must be positive");
        }
    }

    public Instant liveSince(Clock clock) {
        return clock.instant().minus(timeout);
    }
}
