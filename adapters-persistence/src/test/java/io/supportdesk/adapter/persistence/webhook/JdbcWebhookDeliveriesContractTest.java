package io.supportdesk.adapter.persistence.webhook;

import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.application.webhook.WebhookDeliveriesContract;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import jakarta.inject.Inject;

/**
 * The webhook deliveries contract against real PostgreSQL; what takes concurrent transactions to show is in
 * {@link JdbcWebhookDeliveriesTest}.
 */
@AdapterTest
class JdbcWebhookDeliveriesContractTest extends WebhookDeliveriesContract {

    @Inject
    JdbcWebhookDeliveries deliveries;
    @Inject
    JdbcWebhookRepository webhooks;

    @Override
    protected WebhookDeliveries deliveries() {
        return deliveries;
    }

    @Override
    protected WebhookRepository webhooks() {
        return webhooks;
    }
}
