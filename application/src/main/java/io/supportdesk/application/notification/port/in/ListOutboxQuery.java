package io.supportdesk.application.notification.port.in;

import io.supportdesk.application.notification.OutboxStatus;

import java.util.Objects;
import java.util.Optional;

/** The newest {@code limit} outbox rows, optionally of one status. */
public record ListOutboxQuery(Optional<OutboxStatus> status, int limit) {

    public static final int MAX_LIMIT = 500;

    public ListOutboxQuery {
        Objects.requireNonNull(status, "status");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
    }
}
