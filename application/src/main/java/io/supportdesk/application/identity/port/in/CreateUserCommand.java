package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;

import java.util.Objects;

public record CreateUserCommand(Actor actor, EmailAddress email, FullName fullName, String password, Role role,
                                Skills skills) {

    public CreateUserCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(role, "role");
        skills = skills == null ? Skills.none() : skills;
    }

    @Override
    public String toString() {
        return "CreateUserCommand[" + email.value() + ", " + role.code() + " by " + actor.id().value() + "]";
    }
}
