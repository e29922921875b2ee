package io.supportdesk.domain.automation;

/** Identifies a configured outgoing webhook that a rule may call; the webhook itself is configured elsewhere. */
public record WebhookId(long value) {

    public WebhookId {
        if (value <= 0) {
            throw new IllegalArgumentException("webhook id must be positive, was " + value);
        }
    }
}
