package io.supportdesk.domain.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * Every field of a {@link User}, so persistence can save and rebuild one without setters.
 *
 * @param version optimistic-lock version; persistence increments it, the user only carries it
 */
public record UserSnapshot(
        UserId id,
        EmailAddress email,
        FullName fullName,
        PasswordHash passwordHash,
        Role role,
        boolean active,
        Skills skills,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public UserSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, was " + version);
        }
        if (role == Role.CUSTOMER && !skills.isEmpty()) {
            throw new IllegalArgumentException("customer " + id.value() + " cannot have skills");
        }
    }
}
