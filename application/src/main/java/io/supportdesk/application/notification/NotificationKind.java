package io.supportdesk.application.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why an email is sent; stored with each outbox row so an operator can tell them apart. */
public enum NotificationKind {
    TICKET_CREATED,
    TICKET_ASSIGNED,
    STAFF_REPLY,
    CUSTOMER_REPLY,
    TICKET_RESOLVED,
    SLA_AT_RISK,
    SLA_BREACHED,
    DAILY_DIGEST,
    TICKET_QUEUED,
    /** Sent by an automation rule's send_email action. */
    RULE_EMAIL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NotificationKind fromCode(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.name().equals(normalised)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown notification kind '" + code + "'; allowed: "
                        + Arrays.stream(values()).map(NotificationKind::code).collect(Collectors.joining(", "))));
    }
}
