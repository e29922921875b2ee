package io.supportdesk.application.webhook;

/** A dispatcher holds the delivery right now: redelivering it could send it twice at once. */
public final class WebhookDeliveryNotRedeliverableException extends RuntimeException {

    public WebhookDeliveryNotRedeliverableException() {
        super("a dispatcher is sending this delivery right now");
    }
}
