package io.supportdesk.adapter.rest.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import io.supportdesk.application.webhook.WebhookAttempt;
import io.supportdesk.application.webhook.WebhookDelivery;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookEventType;

import java.time.Instant;
import java.util.List;

/** What the webhook endpoints answer. The secret appears only in the answers to create and rotate. */
final class WebhookResponses {

    private WebhookResponses() {
    }

    @Serdeable
    @Schema(name = "Webhook")
    record WebhookResponse(long id, String url, List<String> events, boolean active,
                           @Schema(description = "Only in the answers to create and rotate: store it now, it is "
                                   + "never shown again", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
                           @Nullable String secret,
                           @Schema(description = "Until when the previous secret also signs, after a rotation")
                           @Nullable Instant previousSecretValidUntil,
                           int consecutiveFailures,
                           @Schema(description = "Why the desk turned it off (410 Gone, too many failures)")
                           @Nullable String disabledReason,
                           Instant createdAt, Instant updatedAt) {

        static WebhookResponse of(Webhook webhook) {
            return of(webhook, false);
        }

        static WebhookResponse withSecret(Webhook webhook) {
            return of(webhook, true);
        }

        private static WebhookResponse of(Webhook webhook, boolean showSecret) {
            return new WebhookResponse(webhook.id().value(), webhook.url().toString(),
                    webhook.events().stream().map(WebhookEventType::code).sorted().toList(), webhook.active(),
                    showSecret ? webhook.secret().value() : null, webhook.previousSecretUntil().orElse(null),
                    webhook.consecutiveFailures(), webhook.disabledReason().orElse(null), webhook.createdAt(),
                    webhook.updatedAt());
        }
    }

    @Serdeable
    record WebhookList(List<WebhookResponse> items) {
    }

    @Serdeable
    @Schema(name = "WebhookDelivery")
    record DeliveryResponse(long id, long webhookId,
                            @Schema(description = "The webhook-id header, the same on every retry") String messageId,
                            String eventType, @Nullable Long ticketId,
                            @Schema(allowableValues = {"pending", "delivered", "failed"}) String status,
                            int attempts, @Nullable Integer responseStatus,
                            @Schema(description = "The start of the receiver's answer (2000 characters at most)")
                            @Nullable String responseBody,
                            @Schema(description = "Why there was no answer (refused destination, timeout)")
                            @Nullable String error,
                            @Nullable Long durationMs, @Nullable Instant nextAttemptAt, Instant createdAt,
                            @Nullable Instant deliveredAt, String body) {

        static DeliveryResponse of(WebhookDelivery delivery) {
            WebhookAttempt last = delivery.lastAttempt().orElse(null);
            return new DeliveryResponse(delivery.id().value(), delivery.webhookId().value(), delivery.messageId(),
                    delivery.type().code(), delivery.ticketId().map(TicketId::value).orElse(null),
                    delivery.status().code(), delivery.attempts(),
                    last == null || last.responseStatus().isEmpty() ? null : last.responseStatus().getAsInt(),
                    last == null ? null : last.responseBody().orElse(null),
                    last == null ? null : last.error().orElse(null),
                    last == null ? null : last.duration().toMillis(), delivery.nextAttemptAt().orElse(null),
                    delivery.createdAt(), delivery.deliveredAt().orElse(null), delivery.body());
        }
    }

    @Serdeable
    record DeliveryList(List<DeliveryResponse> items, int limit) {
    }
}
