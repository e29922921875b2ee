package io.supportdesk.domain.automation;

import java.util.List;
import java.util.Objects;

/**
 * Applies one rule's actions for an {@link AutomationPass}, supplied by the caller because applying needs the
 * {@code Ticket} aggregate (and the assignment strategy, the outbox, the webhooks). It returns the ticket's facts
 * after the actions and what became of each action; a refused action is a {@link ActionOutcome.Failed}, not an
 * exception, so the pass goes on.
 */
@FunctionalInterface
public interface RuleApplier {

    Applied apply(Rule rule, TicketFacts facts);

    record Applied(TicketFacts facts, List<ActionOutcome> outcomes) {
        public Applied {
            Objects.requireNonNull(facts, "facts");
            outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
        }
    }
}
