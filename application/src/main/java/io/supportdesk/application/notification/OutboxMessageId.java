package io.supportdesk.application.notification;

/** Identifies a row of the outbox. */
public record OutboxMessageId(long value) {

    public OutboxMessageId {
        if (value <= 0) {
            throw new IllegalArgumentException("outbox message id must be positive, was " + value);
        }
    }
}
