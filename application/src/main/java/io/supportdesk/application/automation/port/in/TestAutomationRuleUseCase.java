package io.supportdesk.application.automation.port.in;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.automation.ActionOutcome;
import io.supportdesk.domain.automation.ConditionReport;
import io.supportdesk.domain.automation.RuleDefinition;
import io.supportdesk.domain.automation.TimeQualification;
import io.supportdesk.domain.identity.Actor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dry run: how a rule (saved or not) would judge one ticket now, and what its actions would do to it, changing
 * nothing. The actions are really applied, in a unit of work that is then rolled back, so the answer is what a
 * firing would do, refusals included.
 */
public interface TestAutomationRuleUseCase {

    RuleTestReport test(Actor actor, Map<String, Object> document, TicketReference ticket);

    /**
     * @param timing  for a time-based rule, whether its period has come for this ticket; empty for an event rule
     * @param actions what each action would do, applied in order to the ticket as the earlier ones left it
     * @param after   the ticket's fields as the actions would leave them (status, priority, team, assignee, tags)
     */
    record RuleTestReport(RuleDefinition rule, ConditionReport conditions, Optional<TimeQualification> timing,
                          List<ActionOutcome> actions, Map<String, Object> after) {
        public RuleTestReport {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(conditions, "conditions");
            Objects.requireNonNull(timing, "timing");
            actions = List.copyOf(actions);
            // The ticket's fields as the actions leave them; a field without a value (no team) is there as null.
            after = Collections.unmodifiableMap(new LinkedHashMap<>(after));
        }

        /** Whether the rule would fire if its trigger came now. */
        public boolean wouldFire() {
            return conditions.matches() && timing.map(TimeQualification.Qualifies.class::isInstance).orElse(true);
        }
    }
}
