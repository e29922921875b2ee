package io.supportdesk.application.notification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The rows one dispatcher took for itself, until {@code leaseUntil}. Only the holder of {@code token} can settle them;
 * once the lease is over another dispatcher may claim them again under a new token.
 */
public record OutboxClaim(UUID token, Instant leaseUntil, List<OutboxMessage> messages) {

    public OutboxClaim {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        messages = List.copyOf(messages);
    }

    public boolean isEmpty() {
        return messages.isEmpty();
    }
}
