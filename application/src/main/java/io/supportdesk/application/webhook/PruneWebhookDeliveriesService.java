package io.supportdesk.application.webhook;

import io.supportdesk.application.webhook.port.in.PruneWebhookDeliveriesUseCase;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Deletes finished deliveries older than the retention in batches of {@value #BATCH_SIZE}, each its own short
 * transaction, and at most {@value #MAX_BATCHES} batches a run, so a backlog (the first run after an upgrade, a long
 * pause) is worked off over several runs instead of in one long delete. Safe on every instance at once: the delete is
 * idempotent and skips rows another holds.
 */
public final class PruneWebhookDeliveriesService implements PruneWebhookDeliveriesUseCase {

    public static final int BATCH_SIZE = 1000;
    public static final int MAX_BATCHES = 5;

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
        int removed = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int deleted = deliveries.forgetFinishedBefore(cutoff, BATCH_SIZE);
            removed += deleted;
            if (deleted < BATCH_SIZE) {
                break;
            }
        }
        return removed;
    }
}
