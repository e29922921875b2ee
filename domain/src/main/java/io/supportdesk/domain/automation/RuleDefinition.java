package io.supportdesk.domain.automation;

import java.util.List;
import java.util.Objects;

/**
 * What an administrator writes: a named, ordered, possibly inactive rule — when ({@link Trigger}), whether
 * ({@link Conditions}) and what ({@link Action}s). Built from submitted input by {@link #parse}, which reports every
 * problem at once; the record's own checks are the last line, for definitions built in code.
 */
public record RuleDefinition(RuleName name, boolean active, int position, Trigger trigger, Conditions conditions,
        List<Action> actions) {

    public static final int MAX_ACTIONS = 20;

    public RuleDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(conditions, "conditions");
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
        if (position < 0) {
            throw new RuleViolation("position", "must not be negative, was " + position);
        }
        if (actions.isEmpty()) {
            throw new RuleViolation("actions", "a rule needs at least one action");
        }
        if (actions.size() > MAX_ACTIONS) {
            throw new RuleViolation("actions", "a rule has at most " + MAX_ACTIONS + " actions, got " + actions.size());
        }
    }

    /**
     * Reads a rule as parsed from JSON ({@code Map}s, {@code List}s, strings, numbers, booleans):
     * <pre>{"name": ..., "active": true, "position": 0, "trigger": {"type": ...},
     *  "conditions": {"all": [{"field": ..., "operator": ..., "value": ...}], "any": [...]},
     *  "actions": [{"type": ..., "value": ...}]}</pre>
     * {@code active} defaults to true, {@code position} to 0 and {@code conditions} to none. Every problem is
     * reported with its path ({@code conditions.all[2].value}, {@code actions[0].type}, {@code trigger.hours}).
     */
    public static Parsed parse(Object raw) {
        return new RuleDefinitionParser().parse(raw);
    }

    /** The outcome of {@link #parse}: a definition, or every reason there is none. */
    public sealed interface Parsed {

        RuleDefinition orElseThrow();

        record Valid(RuleDefinition definition) implements Parsed {
            public Valid {
                Objects.requireNonNull(definition, "definition");
            }

            @Override
            public RuleDefinition orElseThrow() {
                return definition;
            }
        }

        record Invalid(List<RuleViolation> violations) implements Parsed {
            public Invalid {
                violations = List.copyOf(violations);
                if (violations.isEmpty()) {
                    throw new IllegalArgumentException("an invalid rule has at least one violation");
                }
            }

            @Override
            public RuleDefinition orElseThrow() {
                throw new RuleDefinitionRejected(violations);
            }
        }
    }
}
