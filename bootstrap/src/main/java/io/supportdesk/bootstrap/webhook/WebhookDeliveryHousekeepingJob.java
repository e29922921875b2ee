package io.supportdesk.bootstrap.webhook;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.webhook.port.in.PruneWebhookDeliveriesUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes delivered and failed webhook deliveries older than {@code WEBHOOKS_DELIVERY_RETENTION} (30 days) every
 * {@code supportdesk.webhooks.housekeeping.interval} (10 min), a bounded number per run; pending ones never. Safe on
 * every instance at once (the delete is idempotent and skips rows another holds), and nothing depends on it for
 * correctness: it keeps the delivery log bounded.
 */
@Singleton
@Requires(property = "supportdesk.webhooks.housekeeping.enabled", notEquals = "false")
class WebhookDeliveryHousekeepingJob {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveryHousekeepingJob.class);

    private final PruneWebhookDeliveriesUseCase prune;

    WebhookDeliveryHousekeepingJob(PruneWebhookDeliveriesUseCase prune) {
        this.prune = prune;
    }

    @Scheduled(fixedDelay = "${supportdesk.webhooks.housekeeping.interval:10m}", initialDelay = "1m")
    void pruneFinishedDeliveries() {
        try {
            int removed = prune.prune();
            if (removed > 0) {
                LOG.debug("Removed {} finished webhook deliveries past their retention", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Pruning webhook deliveries failed; retrying at the next tick", e);
        }
    }
}
