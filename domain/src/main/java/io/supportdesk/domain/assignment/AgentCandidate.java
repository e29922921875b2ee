package io.supportdesk.domain.assignment;

import io.supportdesk.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An agent who could take a ticket, with what the strategies weigh.
 *
 * @param lastAssignedAt when the agent last got a ticket, or null if never
 */
public record AgentCandidate(UserId id, boolean active, Set<String> skills, int openTickets, Instant lastAssignedAt) {

    public AgentCandidate {
        Objects.requireNonNull(id, "id");
        skills = Set.copyOf(Objects.requireNonNull(skills, "skills"));
        if (openTickets < 0) {
            throw new IllegalArgumentException("open tickets must not be negative, was " + openTickets);
        }
    }

    /** Skills are matched ignoring case: "Billing" and "billing" are one skill to the people who type them. */
    public boolean hasSkill(String skill) {
        return skill != null && skills.stream().anyMatch(s -> s.strip().equalsIgnoreCase(skill.strip()));
    }
}
