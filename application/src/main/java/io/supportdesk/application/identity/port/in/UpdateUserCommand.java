package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.UserId;

import java.util.Objects;
import java.util.Optional;

/** Change what is present, leave the rest. */
public record UpdateUserCommand(Actor actor, UserId userId, Optional<FullName> fullName, Optional<Role> role,
                                Optional<Boolean> active, Optional<Skills> skills) {

    public UpdateUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(skills, "skills");
    }
}
