package io.supportdesk.application.webhook.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;
import io.supportdesk.domain.webhook.WebhookUrl;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Administrators keep the webhook subscriptions; nobody else sees them. One port for the subscription's life, like
 * {@code ManageProjectsUseCase}: each method is one small intent over the same record.
 */
public interface ManageWebhooksUseCase {

    /** A new webhook with a newly generated secret, which the answer shows this once. */
    Webhook create(Actor actor, WebhookUrl url, Set<WebhookEventType> events, boolean active);

    List<Webhook> list(Actor actor);

    Webhook view(Actor actor, WebhookId id);

    /** Empty fields stay. */
    Webhook update(Actor actor, WebhookId id, Optional<WebhookUrl> url, Optional<Set<WebhookEventType>> events,
                   Optional<Boolean> active);

    void delete(Actor actor, WebhookId id);

    /** A new secret, shown this once; the old one keeps signing too for the overlap. */
    Webhook rotateSecret(Actor actor, WebhookId id);
}
