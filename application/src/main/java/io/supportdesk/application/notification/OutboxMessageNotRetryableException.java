package io.supportdesk.application.notification;

/** The row was already sent, or a dispatcher is sending it right now; retrying it would send it twice. */
public final class OutboxMessageNotRetryableException extends RuntimeException {

    private final transient OutboxMessage message;

    public OutboxMessageNotRetryableException(OutboxMessage message, String reason) {
        super("outbox message " + message.id().value() + " cannot be retried: " + reason);
        this.message = message;
    }

    public OutboxMessage outboxMessage() {
        return message;
    }
}
