package io.supportdesk.application.notification.port.out;

import io.supportdesk.application.notification.Notification;

import java.time.Instant;
import java.util.List;

/**
 * Where a change leaves the emails it causes. Called inside the change's unit of work: the rows commit with the
 * change or not at all, so a rolled-back change never sends mail and a committed one always does (eventually).
 */
public interface Outbox {

    /**
     * Adds the notifications as pending, due at {@code now}. A notification whose {@code Message-ID} is already in
     * the outbox is skipped, so enqueuing the same event's notifications twice sends them once.
     */
    void enqueue(List<Notification> notifications, Instant now);
}
