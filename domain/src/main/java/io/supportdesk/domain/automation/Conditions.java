package io.supportdesk.domain.automation;

import java.util.List;
import java.util.Objects;

/**
 * A rule's conditions: every one of {@code all} must hold, and at least one of {@code any} — unless {@code any} is
 * empty, which holds (an empty list adds no requirement, it does not make the rule impossible).
 */
public record Conditions(List<Condition> all, List<Condition> any) {

    public static final int MAX_PER_LIST = 50;

    public Conditions {
        all = List.copyOf(Objects.requireNonNull(all, "all"));
        any = List.copyOf(Objects.requireNonNull(any, "any"));
        if (all.size() > MAX_PER_LIST || any.size() > MAX_PER_LIST) {
            throw new RuleViolation("conditions", "at most " + MAX_PER_LIST + " conditions in each of all and any");
        }
    }

    public static Conditions none() {
        return new Conditions(List.of(), List.of());
    }

    public static Conditions all(Condition... conditions) {
        return new Conditions(List.of(conditions), List.of());
    }

    public static Conditions any(Condition... conditions) {
        return new Conditions(List.of(), List.of(conditions));
    }

    public boolean holdFor(TicketFacts facts) {
        Objects.requireNonNull(facts, "facts");
        return all.stream().allMatch(c -> c.holds(facts)) && (any.isEmpty() || any.stream().anyMatch(c -> c.holds(facts)));
    }

    /** Every condition evaluated, none skipped: a dry run shows all of them, not only up to the first failure. */
    public ConditionReport explain(TicketFacts facts) {
        Objects.requireNonNull(facts, "facts");
        List<ConditionReport.Line> allLines = all.stream().map(c -> ConditionReport.Line.of(c, facts)).toList();
        List<ConditionReport.Line> anyLines = any.stream().map(c -> ConditionReport.Line.of(c, facts)).toList();
        return new ConditionReport(allLines, anyLines);
    }
}
