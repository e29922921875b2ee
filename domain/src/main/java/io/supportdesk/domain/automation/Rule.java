package io.supportdesk.domain.automation;

import java.util.List;
import java.util.Objects;

/**
 * A stored automation rule: its definition under an id. Evaluating it never changes anything; the actions are
 * applied by the caller (see {@link AutomationPass}).
 */
public record Rule(RuleId id, RuleDefinition definition) {

    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
    }

    public boolean active() {
        return definition.active();
    }

    public int position() {
        return definition.position();
    }

    public Trigger trigger() {
        return definition.trigger();
    }

    public List<Action> actions() {
        return definition.actions();
    }

    /** Whether this rule's trigger answers the event; a time-based rule answers only its own sweep event. */
    public boolean firesOn(TriggerEvent event) {
        Objects.requireNonNull(event, "event");
        return switch (definition.trigger()) {
            case Trigger.EventTrigger trigger -> trigger.firesOn(event);
            case Trigger.TimeTrigger ignored -> event instanceof TriggerEvent.PeriodReached reached
                    && reached.rule().equals(id);
        };
    }

    /** Whether the conditions hold for the ticket; the trigger is not considered. */
    public boolean matches(TicketFacts facts) {
        return definition.conditions().holdFor(facts);
    }

    public ConditionReport explain(TicketFacts facts) {
        return definition.conditions().explain(facts);
    }

    /**
     * For the sweep: whether the time-based trigger holds now, with the key of its period. The conditions are
     * checked when the pass runs, like any rule's.
     */
    public TimeQualification timeQualification(TicketFacts facts) {
        Objects.requireNonNull(facts, "facts");
        return switch (definition.trigger()) {
            case Trigger.TimeTrigger trigger -> trigger.qualification(id, facts);
            case Trigger.EventTrigger trigger -> new TimeQualification.NotApplicable(
                    "rule " + id.value() + " fires on " + trigger.code() + ", not after a time");
        };
    }
}
