package io.supportdesk.adapter.persistence.webhook;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.application.webhook.WebhookRepositoryContract;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import jakarta.inject.Inject;

/** The webhook repository contract against real PostgreSQL. */
@AdapterTest
class JdbcWebhookRepositoryTest extends WebhookRepositoryContract {

    @Inject
    JdbcWebhookRepository webhooks;

    @Override
    protected WebhookRepository webhooks() {
        return webhooks;
    }
}
