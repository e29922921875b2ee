package io.supportdesk.domain.webhook;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a webhook may subscribe to. The codes are the {@code type} of the JSON body and part of the public contract
 * (docs/webhooks.md): a code never changes meaning; a new kind of news gets a new code.
 */
public enum WebhookEventType {
    TICKET_CREATED("ticket.created"),
    TICKET_UPDATED("ticket.updated"),
    TICKET_STATUS_CHANGED("ticket.status_changed"),
    TICKET_ASSIGNED("ticket.assigned"),
    /** Public comments only: an internal note never leaves the desk. */
    COMMENT_CREATED("comment.created"),
    SLA_BREACHED("sla.breached"),
    /** Sent by {@code POST /webhooks/{id}/ping} alone, whatever the subscription: it cannot be subscribed to. */
    PING("webhook.ping"),
    /** Sent by an automation rule's {@code call_webhook} action to the webhook it names; not subscribable either. */
    RULE_CALLED("automation.rule_called");

    private final String code;

    WebhookEventType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean subscribable() {
        return this != PING && this != RULE_CALLED;
    }

    public static WebhookEventType fromCode(String code) {
        for (WebhookEventType type : values()) {
            if (type.subscribable() && type.code.equals(code == null ? null : code.strip().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        throw new WebhookRuleViolation("events", "unknown event '" + code + "'; allowed: "
                + Arrays.stream(values()).filter(WebhookEventType::subscribable).map(WebhookEventType::code)
                .collect(Collectors.joining(", ")));
    }
}
