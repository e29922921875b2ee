package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.Role;

import java.util.Objects;
import java.util.Optional;

/**
 * Which users to list: each criterion narrows the result; {@code text} matches a part of the email or the name,
 * ignoring case.
 */
public record UserSearch(Optional<Role> role, Optional<Boolean> active, Optional<String> text) {

    public UserSearch {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(active, "active");
        text = Objects.requireNonNull(text, "text").map(String::strip).filter(t -> !t.isEmpty());
    }

    public static UserSearch everyone() {
        return new UserSearch(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
