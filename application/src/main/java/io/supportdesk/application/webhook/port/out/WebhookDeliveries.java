package io.supportdesk.application.webhook.port.out;

import io.supportdesk.application.webhook.WebhookAttempt;
import io.supportdesk.application.webhook.WebhookClaim;
import io.supportdesk.application.webhook.WebhookDelivery;
import io.supportdesk.application.webhook.WebhookDeliveryId;
import io.supportdesk.application.webhook.WebhookMessage;
import io.supportdesk.domain.webhook.WebhookId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The webhooks' outbox: one row per message and subscriber, written in the transaction of the change it reports,
 * then claimed by dispatchers under a lease, like the email outbox ({@code OutboxStore}).
 *
 * <p>{@link #enqueue} joins the caller's unit of work; the others are atomic on their own. A delivery is claimed only
 * when no older delivery for the same webhook and ticket still waits, so a receiver gets a ticket's events in order.
 */
public interface WebhookDeliveries {

    /**
     * For each message, one row per active webhook subscribed to its type, each with a new message id, due at
     * {@code now}; rows are numbered in the order of {@code messages}, which is the order they are sent in. One
     * statement however many messages and subscribers: it runs in every change that makes webhook news.
     */
    void enqueueForSubscribers(List<WebhookMessage> messages, Instant now);

    /** One row per webhook for {@code message}, each with a new message id, due at {@code now}. */
    List<WebhookDeliveryId> enqueue(WebhookMessage message, List<WebhookId> webhooks, Instant now);

    /**
     * Claims up to {@code limit} due, unleased, pending deliveries of active webhooks, oldest first, skipping rows
     * others are claiming; leases them until {@code now + lease} and counts an attempt on each.
     */
    WebhookClaim claimDue(Instant now, int limit, Duration lease);

    void markDelivered(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt, Instant now);

    void scheduleRetry(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt, Instant nextAttemptAt);

    void markFailed(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt);

    /**
     * Gives deliveries of a claim back unsent, for a dispatcher that stops before it began on them: their lease ends
     * at once and the attempt counted when they were claimed is taken back. Deliveries settled meanwhile or claimed
     * again under another token are left alone. Atomic on its own.
     *
     * @return how many were given back
     */
    int release(UUID claimToken, List<WebhookDeliveryId> ids);

    Optional<WebhookDelivery> findById(WebhookId webhook, WebhookDeliveryId id);

    /** The webhook's deliveries, newest first. */
    List<WebhookDelivery> list(WebhookId webhook, int limit);

    /**
     * Makes a delivery due again at {@code now} with a fresh set of attempts, under the same message id.
     *
     * @return the delivery as requeued, or empty when a dispatcher holds it at {@code now}
     */
    Optional<WebhookDelivery> redeliver(WebhookId webhook, WebhookDeliveryId id, Instant now);

    /**
     * Deletes up to {@code limit} finished deliveries (delivered or failed) that finished before {@code cutoff}: a
     * delivered one counts from its delivery, a failed one from when its last attempt was due. Pending deliveries
     * are never deleted, however old; rows another transaction holds are left for a later call. Atomic on its own.
     *
     * @return how many were deleted; fewer than {@code limit} means none older remained
     */
    int forgetFinishedBefore(Instant cutoff, int limit);
}
