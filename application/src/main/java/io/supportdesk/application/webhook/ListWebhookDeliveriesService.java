package io.supportdesk.application.webhook;

import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.application.webhook.port.in.ListWebhookDeliveriesUseCase;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.webhook.WebhookId;

import java.util.List;

public final class ListWebhookDeliveriesService implements ListWebhookDeliveriesUseCase {

    private final WebhookRepository webhooks;
    private final WebhookDeliveries deliveries;
    private final UnitOfWork unitOfWork;

    public ListWebhookDeliveriesService(WebhookRepository webhooks, WebhookDeliveries deliveries,
                                        UnitOfWork unitOfWork) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public List<WebhookDelivery> list(Actor actor, WebhookId webhook, int limit) {
        ManageWebhooksService.requireAdmin(actor);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
        return unitOfWork.reading(() -> {
            webhooks.findById(webhook).orElseThrow(() ->
                    new WebhookNotFoundException("webhook with id " + webhook.value()));
            return deliveries.list(webhook, limit);
        });
    }
}
