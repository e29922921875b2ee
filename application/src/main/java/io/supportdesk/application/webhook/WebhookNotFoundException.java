package io.supportdesk.application.webhook;

/** No webhook with that id (or no delivery with that id on that webhook). */
public final class WebhookNotFoundException extends RuntimeException {

    public WebhookNotFoundException(String what) {
        super("no " + what);
    }
}
