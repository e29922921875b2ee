package io.supportdesk.application.webhook;

import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message to one webhook, and how its delivery is going. {@code messageId} is the {@code webhook-id} header:
 * fixed when the row is written, the same on every retry and redelivery, so receivers can drop duplicates.
 */
public record WebhookDelivery(WebhookDeliveryId id, WebhookId webhookId, String messageId, WebhookEventType type,
                              Optional<TicketId> ticketId, String body, WebhookDeliveryStatus status, int attempts,
                              Optional<WebhookAttempt> lastAttempt, Optional<Instant> nextAttemptAt,
                              Instant createdAt, Optional<Instant> deliveredAt) {

    public WebhookDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(webhookId, "webhookId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastAttempt, "lastAttempt");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(deliveredAt, "deliveredAt");
    }
}
