package io.supportdesk.domain.webhook;

import io.supportdesk.domain.FieldRuleViolation;

/** A webhook setting the desk refuses (a URL, an event list), about one request field. */
public final class WebhookRuleViolation extends FieldRuleViolation {

    public WebhookRuleViolation(String field, String message) {
        super(field, message);
    }
}
