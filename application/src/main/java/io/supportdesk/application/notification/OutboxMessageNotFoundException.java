package io.supportdesk.application.notification;

/** No outbox row with that id. */
public final class OutboxMessageNotFoundException extends RuntimeException {

    public OutboxMessageNotFoundException(OutboxMessageId id) {
        super("outbox message " + id.value() + " not found");
    }
}
