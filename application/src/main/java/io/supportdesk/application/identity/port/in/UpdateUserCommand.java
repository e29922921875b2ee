package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.UserId;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Change what is present, leave the rest.
 *
 * @param maxOpenTickets how many open tickets they take at most; present and empty removes the limit
 */
public record UpdateUserCommand(Actor actor, UserId userId, Optional<FullName> fullName, Optional<Role> role,
                                Optional<Boolean> active, Optional<Skills> skills,
                                Optional<OptionalInt> maxOpenTickets) {

    public UpdateUserCommand(Actor actor, UserId userId, Optional<FullName> fullName, Optional<Role> role,
                             Optional<Boolean> active, Optional<Skills> skills) {
        this(actor, userId, fullName, role, active, skills, Optional.empty());
    }

    public UpdateUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(skills, "skills");
        Objects.requireNonNull(maxOpenTickets, "maxOpenTickets");
        maxOpenTickets.flatMap(limit -> limit.isPresent() ? Optional.of(limit.getAsInt()) : Optional.empty())
                .filter(limit -> limit < 1).ifPresent(limit -> {
                    throw new IllegalArgumentException("a limit of open tickets must be at least 1");
                });
    }
}
