package io.supportdesk.application.webhook;

import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.webhook.WebhookEventType;

import java.util.Objects;
import java.util.Optional;

/**
 * One event's body as every subscriber receives it. {@code ticketId} orders deliveries: a webhook gets one ticket's
 * events in the order they happened.
 */
public record WebhookMessage(WebhookEventType type, Optional<TicketId> ticketId, String body) {

    public WebhookMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(body, "body");
    }
}
