package io.supportdesk.domain.assignment;

import io.supportdesk.domain.identity.UserId;
import java.util.Objects;

/** The strategy picked this agent. */
public record Assigned(UserId agent) implements AssignmentDecision {

    public Assigned {
        Objects.requireNonNull(agent, "agent");
    }
}
