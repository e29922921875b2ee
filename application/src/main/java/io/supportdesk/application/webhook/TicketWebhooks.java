package io.supportdesk.application.webhook;

import io.supportdesk.application.ticket.port.out.TicketEventPublisher;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.domain.ticket.TicketEvent;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Turns ticket events into webhook deliveries inside the unit of work of the change that recorded them: the
 * deliveries exist if and only if the change commits. What is news, and what never is (internal notes), is
 * {@link WebhookPayloads}'s decision; a change with no news (an internal note) costs no statement, one with news
 * costs one, whatever the number of subscribers.
 */
public final class TicketWebhooks implements TicketEventPublisher {

    private final WebhookDeliveries deliveries;
    private final Clock clock;

    public TicketWebhooks(WebhookDeliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @Override
    public void publish(List<TicketEvent> events) {
        List<WebhookMessage> news = events.stream().map(WebhookPayloads::of).flatMap(Optional::stream).toList();
        if (!news.isEmpty()) {
            deliveries.enqueueForSubscribers(news, clock.instant());
        }
    }
}
