package io.supportdesk.application.webhook;

import io.supportdesk.application.webhook.port.in.RedeliverWebhookDeliveryUseCase;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.webhook.WebhookId;

import java.time.Clock;

public final class RedeliverWebhookDeliveryService implements RedeliverWebhookDeliveryUseCase {

    private final WebhookDeliveries deliveries;
    private final Clock clock;

    public RedeliverWebhookDeliveryService(WebhookDeliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public WebhookDelivery redeliver(Actor actor, WebhookId webhook, WebhookDeliveryId delivery) {
        ManageWebhooksService.requireAdmin(actor);
        deliveries.findById(webhook, delivery).orElseThrow(() ->
                new WebhookNotFoundException("delivery " + delivery.value() + " of webhook " + webhook.value()));
        return deliveries.redeliver(webhook, delivery, clock.instant())
                .orElseThrow(WebhookDeliveryNotRedeliverableException::new);
    }
}
