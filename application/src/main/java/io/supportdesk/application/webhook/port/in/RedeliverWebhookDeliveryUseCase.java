package io.supportdesk.application.webhook.port.in;

import io.supportdesk.application.webhook.WebhookDelivery;
import io.supportdesk.application.webhook.WebhookDeliveryId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.webhook.WebhookId;

/** Sends a delivery again (delivered or failed), under its original {@code webhook-id}, with fresh attempts. */
public interface RedeliverWebhookDeliveryUseCase {

    WebhookDelivery redeliver(Actor actor, WebhookId webhook, WebhookDeliveryId delivery);
}
