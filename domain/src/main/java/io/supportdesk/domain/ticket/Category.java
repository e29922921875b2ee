package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.PlainText;
import io.supportdesk.domain.sla.SlaTargets;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of ticket. It may require a skill of the agent who handles it, may tighten the SLA targets of every
 * priority (the tighter of the priority default and the override wins, target by target) and may name the team its
 * new tickets are routed to.
 */
public record Category(CategoryCode code, String name, String description, Optional<String> requiredSkill,
                       Optional<Duration> firstResponseOverride, Optional<Duration> resolutionOverride,
                       boolean active, Optional<TeamId> team) {

    /** A category that routes to no team of its own. */
    public Category(CategoryCode code, String name, String description, Optional<String> requiredSkill,
                    Optional<Duration> firstResponseOverride, Optional<Duration> resolutionOverride, boolean active) {
        this(code, name, description, requiredSkill, firstResponseOverride, resolutionOverride, active,
                Optional.empty());
    }

    /** The same category, routing its new tickets to this team (empty: to the desk's default team). */
    public Category routedTo(Optional<TeamId> newTeam) {
        return new Category(code, name, description, requiredSkill, firstResponseOverride, resolutionOverride, active,
                newTeam);
    }

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;
    /** An override longer than a year is a typo, not a promise. */
    public static final Duration MAX_OVERRIDE = Duration.ofDays(365);
    private static final Pattern SKILL = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(team, "team");
        name = name(name);
        description = description(description);
        requiredSkill = requiredSkill(requiredSkill);
        firstResponseOverride = override(firstResponseOverride, "first_response_minutes");
        resolutionOverride = override(resolutionOverride, "resolution_minutes");
    }

    // The field rules one by one, so an API can check every field of a request before building the category.

    /** The name, stripped: 1 to 100 characters. */
    public static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        PlainText.problemInLine(stripped).ifPresent(problem -> {
            throw new TicketRuleViolation("name", problem);
        });
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new TicketRuleViolation("name", "must be 1 to " + MAX_NAME_LENGTH + " characters");
        }
        return stripped;
    }

    /** The description, possibly empty, at most 1000 characters. */
    public static String description(String description) {
        String value = description == null ? "" : description.strip();
        PlainText.problemInText(value).ifPresent(problem -> {
            throw new TicketRuleViolation("description", problem);
        });
        if (value.length() > MAX_DESCRIPTION_LENGTH) {
            throw new TicketRuleViolation("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        return value;
    }

    /** A skill code as agents' skills are written (lower case, 1-50 of a-z, 0-9, '-', '_'); blank means none. */
    public static Optional<String> requiredSkill(Optional<String> skill) {
        Optional<String> value = skill == null ? Optional.empty()
                : skill.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT));
        if (value.isPresent() && !SKILL.matcher(value.get()).matches()) {
            throw new TicketRuleViolation("required_skill", "must be 1-50 letters, digits, '-' or '_'");
        }
        return value;
    }

    /** An SLA override: positive and at most a year. */
    public static Optional<Duration> override(Optional<Duration> value, String field) {
        if (value == null) {
            return Optional.empty();
        }
        value.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new TicketRuleViolation(field, "must be positive");
            }
            if (d.compareTo(MAX_OVERRIDE) > 0) {
                throw new TicketRuleViolation(field, "must be at most " + MAX_OVERRIDE.toMinutes() + " minutes");
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
