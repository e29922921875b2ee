package io.supportdesk.application.webhook;

import io.supportdesk.domain.webhook.Webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The deliveries one dispatcher took for itself until {@code leaseUntil}, each with its webhook as it stood at the
 * claim. Only the holder of {@code token} may settle them.
 */
public record WebhookClaim(UUID token, Instant leaseUntil, List<Claimed> deliveries) {

    public WebhookClaim {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        deliveries = List.copyOf(deliveries);
    }

    public record Claimed(WebhookDelivery delivery, Webhook webhook) {
    }

    public boolean isEmpty() {
        return deliveries.isEmpty();
    }
}
