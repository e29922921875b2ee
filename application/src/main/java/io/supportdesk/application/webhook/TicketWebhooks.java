package io.supportdesk.application.webhook;

import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.ticket.TicketEvent;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns ticket events into webhook deliveries inside the unit of work of the change that recorded them: the
 * deliveries exist if and only if the change commits. What is news, and what never is (internal notes), is
 * {@link WebhookPayloads}'s decision.
 */
public final class TicketWebhooks implements TicketEventPublisher {

    private final WebhookRepository webhooks;
    private final WebhookDeliveries deliveries;
    private final Clock clock;

    public TicketWebhooks(WebhookRepository webhooks, WebhookDeliveries deliveries, Clock clock) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public void publish(List<TicketEvent> events) {
        // One change records a few events, often of one type: ask for each type's subscribers once.
        Map<WebhookEventType, List<WebhookId>> subscribersOf = new EnumMap<>(WebhookEventType.class);
        for (TicketEvent event : events) {
            WebhookPayloads.of(event).ifPresent(message -> {
                List<WebhookId> subscribers = subscribersOf.computeIfAbsent(message.type(), webhooks::subscribedTo);
                if (!subscribers.isEmpty()) {
                    deliveries.enqueue(message, subscribers, clock.instant());
                }
            });
        }
    }
}
