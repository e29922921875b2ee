package io.supportdesk.domain.assignment;

import java.util.Objects;

/** No candidate qualified; the reason is meant for people (logs, the ticket's history). */
public record NoAgentAvailable(String reason) implements AssignmentDecision {

    public NoAgentAvailable {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }
}
