package io.supportdesk.domain.ticket;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How urgently a ticket needs attention; drives its SLA targets. */
public enum Priority {
    LOW(1),
    MEDIUM(2),
    HIGH(3),
    URGENT(4);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** 1 for LOW up to 4 for URGENT, for sorting and comparisons that must not depend on declaration order. */
    public int rank() {
        return rank;
    }

    public static Priority fromCode(String code) {
        if (code != null) {
            for (Priority priority : values()) {
                if (priority.code().equalsIgnoreCase(code.strip())) {
                    return priority;
                }
            }
        }
        throw new IllegalArgumentException("unknown priority '" + code + "'; allowed: "
                + Arrays.stream(values()).map(Priority::code).collect(Collectors.joining(", ")));
    }
}
