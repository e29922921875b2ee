package io.supportdesk.domain.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a message of the conversation was written; chat and comments are one conversation. */
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
