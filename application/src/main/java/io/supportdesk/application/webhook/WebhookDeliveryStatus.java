package io.supportdesk.application.webhook;

import java.util.Locale;

/** Pending until a receiver answers 2xx (delivered) or the desk gives up (failed). */
public enum WebhookDeliveryStatus {
    PENDING, DELIVERED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WebhookDeliveryStatus fromCode(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }
}
