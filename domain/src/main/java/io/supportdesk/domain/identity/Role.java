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

    /**
     * Who may own tickets: agents and managers (who also work tickets on a small desk). Administrators configure
     * the desk and customers ask; neither is ever assigned, by hand or by the auto-assignment strategy.
     */
    public boolean mayBeAssigned() {
        return this == AGENT || this == MANAGER;
    }

    public boolean isStaff() {
        return this != CUSTOMER;
    }
}
