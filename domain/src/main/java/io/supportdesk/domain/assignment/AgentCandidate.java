package io.supportdesk.domain.assignment;

import io.supportdesk.domain.identity.Availability;
import io.supportdesk.domain.identity.UserId;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An agent who could take a ticket, with what the strategies weigh and what decides whether they may take one at
 * all ({@link #mayTakeWork()}: the one rule of who may be assigned automatically).
 *
 * @param lastAssignedAt when the agent last got a ticket, or null if never
 * @param maxOpenTickets how many open tickets they take at most; empty: no limit
 */
public record AgentCandidate(UserId id, boolean active, Set<String> skills, int openTickets, Instant lastAssignedAt,
                             Availability availability, OptionalInt maxOpenTickets) {

    /** Available, without a limit. */
    public AgentCandidate(UserId id, boolean active, Set<String> skills, int openTickets, Instant lastAssignedAt) {
        this(id, active, skills, openTickets, lastAssignedAt, Availability.AVAILABLE, OptionalInt.empty());
    }

    /** Active, available, and below their limit of open tickets if they have one. */
    public boolean mayTakeWork() {
        return active && availability == Availability.AVAILABLE
                && (maxOpenTickets.isEmpty() || openTickets < maxOpenTickets.getAsInt());
    }

    public AgentCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(maxOpenTickets, "maxOpenTickets");
        if (maxOpenTickets.isPresent() && maxOpenTickets.getAsInt() < 1) {
            throw new IllegalArgumentException("a limit of open tickets must be at least 1, was "
                    + maxOpenTickets.getAsInt());
        }
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
