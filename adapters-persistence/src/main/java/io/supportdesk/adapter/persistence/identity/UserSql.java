package io.supportdesk.adapter.persistence.identity;

import io.supportdesk.domain.identity.Role;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * SQL fragments on {@code users} whose meaning the domain owns — who may be assigned tickets
 * ({@link Role#mayBeAssigned()}) — built from the enum's codes, never from input.
 */
public final class UserSql {

    /** For {@code role IN ...}: the roles that may own tickets. */
    public static final String ASSIGNABLE_ROLES = Arrays.stream(Role.values()).filter(Role::mayBeAssigned)
            .map(role -> "'" + role.code() + "'").collect(Collectors.joining(", ", "(", ")"));

    private UserSql() {
    }
}
