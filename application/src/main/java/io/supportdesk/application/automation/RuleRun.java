package io.supportdesk.application.automation;

import io.supportdesk.domain.automation.ActionOutcome;
import io.supportdesk.domain.automation.RuleId;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One firing of a rule on a ticket, as recorded: what set it off ({@code trigger}, a trigger code such as
 * {@code ticket_created} or {@code in_status_for}) and what became of each action, in order. The rule's name is
 * kept as it was when it fired.
 */
public record RuleRun(RuleId rule, String ruleName, TicketId ticket, String trigger, List<ActionResult> actions,
                      Instant firedAt) {

    public RuleRun {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleName, "ruleName");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(trigger, "trigger");
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
        Objects.requireNonNull(firedAt, "firedAt");
    }

    /** One action's fate: {@code applied}, {@code unchanged} or {@code failed} (then with a code and a reason). */
    public record ActionResult(String action, String outcome, Optional<String> code, Optional<String> reason) {

        public ActionResult {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }

        public static ActionResult of(ActionOutcome outcome) {
            String action = outcome.action().code();
            return switch (outcome) {
                case ActionOutcome.Applied ignored -> new ActionResult(action, "applied", Optional.empty(),
                        Optional.empty());
                case ActionOutcome.Unchanged ignored -> new ActionResult(action, "unchanged", Optional.empty(),
                        Optional.empty());
                case ActionOutcome.Failed failed -> new ActionResult(action, "failed", Optional.of(failed.code()),
                        Optional.of(failed.reason()));
            };
        }

        public boolean failed() {
            return "failed".equals(outcome);
        }
    }
}
