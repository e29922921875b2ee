package io.supportdesk.domain.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where a message of the conversation was written; chat and comments are one conversation. It lives beside
 * {@link CommentId} rather than with the conversation's {@code Comment} for the same reason: the ticket's
 * {@link CommentAdded} carries it, and the conversation already depends on the ticket. Not the
 * {@link TicketChannel}, the way a ticket itself came in.
 */
public enum Channel {
    WEB,
    CHAT,
    EMAIL,
    SYSTEM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel fromCode(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.name().equals(normalised)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown channel '" + code + "'; allowed: "
                        + Arrays.stream(values()).map(Channel::code).collect(Collectors.joining(", "))));
    }
}
