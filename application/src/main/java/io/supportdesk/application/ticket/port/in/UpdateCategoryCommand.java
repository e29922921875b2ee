package io.supportdesk.application.ticket.port.in;

import io.supportdesk.domain.identity.TeamId;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.CategoryCode;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A partial update of a category: an empty field stays as it is. A blank required skill removes the skill, and an
 * override of {@link #REMOVE_OVERRIDE} removes that SLA override (the priority's own target applies again); a team
 * present but empty stops routing the category to a team of its own.
 */
public record UpdateCategoryCommand(Actor actor, CategoryCode code, Optional<String> name,
                                    Optional<String> description, Optional<String> requiredSkill,
                                    Optional<Duration> firstResponseOverride, Optional<Duration> resolutionOverride,
                                    Optional<Boolean> active, Optional<Optional<TeamId>> team) {

    /** Leaves the team as it is. */
    public UpdateCategoryCommand(Actor actor, CategoryCode code, Optional<String> name, Optional<String> description,
                                 Optional<String> requiredSkill, Optional<Duration> firstResponseOverride,
                                 Optional<Duration> resolutionOverride, Optional<Boolean> active) {
        this(actor, code, name, description, requiredSkill, firstResponseOverride, resolutionOverride, active,
                Optional.empty());
    }

    public static final Duration REMOVE_OVERRIDE = Duration.ZERO;

    public UpdateCategoryCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(requiredSkill, "requiredSkill");
        Objects.requireNonNull(firstResponseOverride, "firstResponseOverride");
        Objects.requireNonNull(resolutionOverride, "resolutionOverride");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(team, "team");
    }
}
