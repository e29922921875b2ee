package io.supportdesk.application.notification.port.in;

/**
 * Sends one batch of due outbox rows. Safe to run from several instances at once: each row is claimed by one
 * dispatcher at a time.
 */
public interface DispatchOutboxUseCase {

    DispatchReport dispatch();
}
