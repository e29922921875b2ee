package io.supportdesk.domain.webhook;

public record WebhookId(long value) {

    public WebhookId {
        if (value < 1) {
            throw new IllegalArgumentException("a webhook id is positive, was " + value);
        }
    }
}
