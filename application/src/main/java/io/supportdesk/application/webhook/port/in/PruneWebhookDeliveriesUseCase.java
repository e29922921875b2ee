package io.supportdesk.application.webhook.port.in;

/**
 * Keeps the delivery log bounded: deletes delivered and failed deliveries older than the retention, a bounded number
 * per run. Pending deliveries are never deleted, however old.
 */
public interface PruneWebhookDeliveriesUseCase {

    /** @return how many deliveries were deleted */
    int prune();
}
