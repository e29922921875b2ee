package io.supportdesk.application.notification.port.out;

import io.supportdesk.application.notification.Notification;
import io.supportdesk.application.notification.OutboxMessageId;
import io.supportdesk.application.notification.ReplyBatch;
import io.supportdesk.application.notification.template.RenderedEmail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /**
     * Adds a reply notification that gathers the replies of its {@link Notification#batch()} until {@code sendAt};
     * skipped, like {@link #enqueue}, when its {@code Message-ID} is there already.
     */
    void hold(Notification reply, Instant now, Instant sendAt);

    /**
     * The held reply email with this {@link ReplyBatch#key()} that is still gathering: pending, never tried, due
     * after {@code now}. Locked for the rest of the unit of work, so the dispatcher does not send it half-updated.
     */
    Optional<OpenBatch> openBatch(String key, Instant now);

    /** Rewrites an open batch's email to tell of all of {@code batch}'s replies; when it is sent stays as it was. */
    void extend(OutboxMessageId id, ReplyBatch batch, RenderedEmail email);

    /** A held reply email and the batch it tells of so far. */
    record OpenBatch(OutboxMessageId id, ReplyBatch batch) {
    }
}
