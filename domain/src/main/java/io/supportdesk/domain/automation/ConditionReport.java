package io.supportdesk.domain.automation;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule's conditions match a ticket or not, condition by condition, for the dry run: each line says what the
 * condition compared, what the ticket had and whether it held.
 */
public record ConditionReport(List<Line> all, List<Line> any) {

    public ConditionReport {
        all = List.copyOf(Objects.requireNonNull(all, "all"));
        any = List.copyOf(Objects.requireNonNull(any, "any"));
    }

    /** The same verdict as {@link Conditions#holdFor}, read from the lines. */
    public boolean matches() {
        return all.stream().allMatch(Line::holds) && (any.isEmpty() || any.stream().anyMatch(Line::holds));
    }

    public record Line(Condition condition, String actual, boolean holds) {

        public Line {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(actual, "actual");
        }

        static Line of(Condition condition, TicketFacts facts) {
            return new Line(condition, condition.actual(facts), condition.holds(facts));
        }

        /** {@code priority in [high, urgent]: was medium} — for logs and a plain-text dry run. */
        public String describe() {
            String expected = condition.expected();
            return condition.field().code() + " " + condition.operator().code()
                    + (expected.isEmpty() ? "" : " [" + expected + "]") + ": was " + actual
                    + (holds ? " (holds)" : " (does not hold)");
        }
    }
}
