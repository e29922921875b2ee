package io.supportdesk.application.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where an outbox row stands. A row is {@link #PENDING} until it is sent or gives up; whether a dispatcher is
 * working on it right now is its lease, not a status, so a crashed dispatcher's rows need no repair.
 */
public enum OutboxStatus {
    PENDING,
    SENT,
    /** Every attempt failed; only an operator's retry sends it again. */
    DEAD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static OutboxStatus fromCode(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(status -> status.name().equals(normalised)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown outbox status '" + code + "'; allowed: "
                        + Arrays.stream(values()).map(OutboxStatus::code).collect(Collectors.joining(", "))));
    }
}
