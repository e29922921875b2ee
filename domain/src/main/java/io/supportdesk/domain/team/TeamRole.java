package io.supportdesk.domain.team;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a member is to their team: leads get the team's SLA alerts and digest besides the work itself. */
public enum TeamRole {
    MEMBER,
    LEAD;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TeamRole fromCode(String code) {
        if (code != null) {
            for (TeamRole role : values()) {
                if (role.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                    return role;
                }
            }
        }
        throw new IllegalArgumentException("unknown team role '" + code + "'; allowed: "
                + Arrays.stream(values()).map(TeamRole::code).collect(Collectors.joining(", ")));
    }
}
