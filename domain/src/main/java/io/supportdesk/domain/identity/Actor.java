package io.supportdesk.domain.identity;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/** The user on whose behalf something happens, with the role they acted in. */
public record Actor(UserId id, Role role) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    /**
     * The actor an access token names, by the token contract: the subject is the numeric user id and the roles claim
     * holds exactly one role code. Empty for anything else — it is then not a token Supportdesk issued.
     */
    public static Optional<Actor> fromClaims(Object subject, Object roles) {
        if (!(subject instanceof String id) || !(roles instanceof Collection<?> codes) || codes.size() != 1
                || !(codes.iterator().next() instanceof String code)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Actor(new UserId(Long.parseLong(id)), Role.fromCode(code)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    public boolean isStaff() {
        return role.isStaff();
    }
}
