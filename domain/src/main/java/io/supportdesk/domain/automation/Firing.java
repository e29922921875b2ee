package io.supportdesk.domain.automation;

import java.util.List;
import java.util.Objects;

/** One rule that fired in a pass, and what became of each of its actions, in order. */
public record Firing(RuleId rule, List<ActionOutcome> outcomes) {

    public Firing {
        Objects.requireNonNull(rule, "rule");
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
    }

    public List<ActionOutcome.Failed> failures() {
        return outcomes.stream().filter(ActionOutcome.Failed.class::isInstance).map(ActionOutcome.Failed.class::cast)
                .toList();
    }
}
