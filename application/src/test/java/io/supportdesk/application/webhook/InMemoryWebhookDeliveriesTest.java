package io.supportdesk.application.webhook;

import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;

class InMemoryWebhookDeliveriesTest extends WebhookDeliveriesContract {

    private final InMemoryWebhookRepository webhooks = new InMemoryWebhookRepository();
    private final InMemoryWebhookDeliveries deliveries = new InMemoryWebhookDeliveries(webhooks);

    @Override
    protected WebhookDeliveries deliveries() {
        return deliveries;
    }

    @Override
    protected WebhookRepository webhooks() {
        return webhooks;
    }
}
