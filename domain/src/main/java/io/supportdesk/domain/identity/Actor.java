package io.supportdesk.domain.identity;

import java.util.Objects;

/** The user on whose behalf something happens, with the role they acted in. */
public record Actor(UserId id, Role role) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    public boolean isStaff() {
        return role.isStaff();
    }
}
