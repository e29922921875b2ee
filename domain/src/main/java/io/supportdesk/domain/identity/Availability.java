package io.supportdesk.domain.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Whether a staff member takes new work now; only {@link #AVAILABLE} agents are assigned tickets automatically. */
public enum Availability {
    AVAILABLE,
    AWAY,
    OFFLINE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Availability fromCode(String code) {
        if (code != null) {
            for (Availability availability : values()) {
                if (availability.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return availability;
                }
            }
        }
        throw new IllegalArgumentException("unknown availability '" + code + "'; allowed: "
                + Arrays.stream(values()).map(Availability::code).collect(Collectors.joining(", ")));
    }
}
