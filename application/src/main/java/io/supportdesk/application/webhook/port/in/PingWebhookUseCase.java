package io.supportdesk.application.webhook.port.in;

import io.supportdesk.application.webhook.WebhookDelivery;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.webhook.WebhookId;

/** Queues a {@code webhook.ping} delivery to the webhook, whatever it subscribes to; its log shows the answer. */
public interface PingWebhookUseCase {

    WebhookDelivery ping(Actor actor, WebhookId webhook);
}
