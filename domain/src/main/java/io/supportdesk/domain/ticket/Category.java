package io.supportdesk.domain.ticket;

import io.supportdesk.domain.sla.SlaTargets;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A kind of ticket. It may require a skill of the agent who handles it and may tighten the SLA targets of every
 * priority (the tighter of the priority default and the override wins, target by target).
 */
public record Category(CategoryCode code, String name, String description, Optional<String> requiredSkill,
                       Optional<Duration> firstResponseOverride, Optional<Duration> resolutionOverride,
                       boolean active) {

    public Category {
        Objects.requireNonNull(code, "code");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new TicketRuleViolation("name", "must be 1 to 100 characters");
        }
        description = description == null ? "" : description;
        if (description.length() > 1000) {
            throw new TicketRuleViolation("description", "must be at most 1000 characters");
        }
        requiredSkill = requiredSkill == null ? Optional.empty() : requiredSkill.map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(java.util.Locale.ROOT));
        firstResponseOverride = positive(firstResponseOverride, "first_response_minutes");
        resolutionOverride = positive(resolutionOverride, "resolution_minutes");
    }

    private static Optional<Duration> positive(Optional<Duration> value, String field) {
        if (value == null) {
            return Optional.empty();
        }
        value.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new TicketRuleViolation(field, "must be positive");
            }
        });
        return value;
    }

    /** The policy with this category's overrides applied (for every priority). */
    public SlaPolicy applyTo(SlaPolicy policy) {
        if (firstResponseOverride.isEmpty() && resolutionOverride.isEmpty()) {
            return policy;
        }
        SlaPolicy result = policy;
        for (Priority priority : Priority.values()) {
            SlaTargets base = policy.priorityTargets(priority);
            result = result.withCategoryOverride(code, priority, new SlaTargets(
                    firstResponseOverride.orElse(base.firstResponse()), resolutionOverride.orElse(base.resolution())));
        }
        return result;
    }
}
