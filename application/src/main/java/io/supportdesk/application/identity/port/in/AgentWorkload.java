package io.supportdesk.application.identity.port.in;

import io.supportdesk.domain.identity.EmailAddress;
import io.supportdesk.domain.identity.FullName;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.Skills;
import io.supportdesk.domain.identity.UserId;

import java.util.Objects;

/** An agent or manager and the number of open tickets assigned to them. */
public record AgentWorkload(UserId id, EmailAddress email, FullName fullName, Role role, Skills skills,
                            long openTickets) {

    public AgentWorkload {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(skills, "skills");
        if (openTickets < 0) {
            throw new IllegalArgumentException("open tickets must not be negative, was " + openTickets);
        }
    }
}
