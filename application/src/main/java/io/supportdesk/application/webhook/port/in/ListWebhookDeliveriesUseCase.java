package io.supportdesk.application.webhook.port.in;

import io.supportdesk.application.webhook.WebhookDelivery;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.webhook.WebhookId;

import java.util.List;

/** A webhook's delivery log, newest first, for administrators. */
public interface ListWebhookDeliveriesUseCase {

    int MAX_LIMIT = 500;

    List<WebhookDelivery> list(Actor actor, WebhookId webhook, int limit);
}
