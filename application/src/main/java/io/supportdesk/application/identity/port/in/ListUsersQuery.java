package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;

import java.util.Objects;
import java.util.Optional;

/**
 * @param text     a part of the email or the name, ignoring case
 * @param page     1-based
 * @param pageSize 1 to {@value #MAX_PAGE_SIZE}
 */
public record ListUsersQuery(Actor actor, Optional<Role> role, Optional<Boolean> active, Optional<String> text,
                             int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 100;

    public ListUsersQuery {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(text, "text");
        if (page < 1) {
            throw new IllegalArgumentException("page must be at least 1, was " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 1-" + MAX_PAGE_SIZE + ", was " + pageSize);
        }
    }
}
