package io.supportdesk.application.webhook;

import io.supportdesk.application.retention.BoundedPruning;
import io.supportdesk.application.webhook.port.in.PruneWebhookDeliveriesUseCase;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Deletes finished deliveries older than the retention, a bounded round at a time ({@link BoundedPruning}). Safe on
 * every instance at once: the delete is idempotent and skips rows another holds.
 */
public final class PruneWebhookDeliveriesService implements PruneWebhookDeliveriesUseCase {

    private final WebhookDeliveries deliveries;
    private final Duration retention;
    private final Clock clock;

    /** @param retention how long a delivered or failed delivery stays in the log after it finished */
    public PruneWebhookDeliveriesService(WebhookDeliveries deliveries, Duration retention, Clock clock) {
        if (!Objects.requireNonNull(retention, "retention").isPositive()) {
            throw new IllegalArgumentException("the delivery retention must be positive, was " + retention);
        }
        this.deliveries = deliveries;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    public int prune() {
        Instant cutoff = clock.instant().minus(retention);
        return BoundedPruning.round(limit -> deliveries.forgetFinishedBefore(cutoff, limit));
    }
}
