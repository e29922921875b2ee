package io.supportdesk.application.webhook;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.webhook.port.in.PingWebhookUseCase;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.webhook.WebhookId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class PingWebhookService implements PingWebhookUseCase {

    private final WebhookRepository webhooks;
    private final WebhookDeliveries deliveries;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PingWebhookService(WebhookRepository webhooks, WebhookDeliveries deliveries, UnitOfWork unitOfWork,
                              Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public WebhookDelivery ping(Actor actor, WebhookId webhook) {
        ManageWebhooksService.requireAdmin(actor);
        return unitOfWork.inTransaction(() -> {
            webhooks.findById(webhook).orElseThrow(() ->
                    new WebhookNotFoundException("webhook with id " + webhook.value()));
            Instant now = clock.instant();
            WebhookDeliveryId id = deliveries.enqueue(WebhookPayloads.ping(webhook, now), List.of(webhook), now)
                    .getFirst();
            return deliveries.findById(webhook, id).orElseThrow();
        });
    }
}
