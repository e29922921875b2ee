package io.supportdesk.domain.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user is to the helpdesk; every role but {@link #CUSTOMER} is staff. */
public enum Role {
    CUSTOMER,
    AGENT,
    MANAGER,
    ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        if (code != null) {
            for (Role role : values()) {
                if (role.code().equalsIgnoreCase(code.strip())) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "'; allowed: "
                + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")));
    }

    /** Managers and administrators: they route work to others and speak for the desk. */
    public boolean isSupervisor() {
        return this == MANAGER || this == ADMIN;
    }

    public boolean isStaff() {
        return this != CUSTOMER;
    }
}
