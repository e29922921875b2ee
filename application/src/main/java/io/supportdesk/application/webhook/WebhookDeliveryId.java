package io.supportdesk.application.webhook;

public record WebhookDeliveryId(long value) {

    public WebhookDeliveryId {
        if (value < 1) {
            throw new IllegalArgumentException("a delivery id is positive, was " + value);
        }
    }
}
