package io.supportdesk.application.webhook;

import io.supportdesk.application.webhook.port.out.WebhookRepository;

class InMemoryWebhookRepositoryTest extends WebhookRepositoryContract {

    private final InMemoryWebhookRepository webhooks = new InMemoryWebhookRepository();

    @Override
    protected WebhookRepository webhooks() {
        return webhooks;
    }
}
