package io.supportdesk.domain.automation;

import io.supportdesk.domain.DomainException;
import java.util.Objects;

/**
 * What became of one action when a rule fired. A failed action is recorded and the rule's other actions still run:
 * a rule that cannot close a ticket may still tag it and tell the team.
 */
public sealed interface ActionOutcome {

    Action action();

    record Applied(Action action) implements ActionOutcome {
        public Applied {
            Objects.requireNonNull(action, "action");
        }
    }

    /** Nothing to do: the ticket already was as the action would make it (already high priority, already tagged). */
    record Unchanged(Action action) implements ActionOutcome {
        public Unchanged {
            Objects.requireNonNull(action, "action");
        }
    }

    /** The domain refused the action; {@code code} is the refusing rule's stable code, such as INVALID_TRANSITION. */
    record Failed(Action action, String code, String reason) implements ActionOutcome {
        public Failed {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(reason, "reason");
        }

        public static Failed because(Action action, DomainException refusal) {
            return new Failed(action, refusal.code(), refusal.getMessage());
        }
    }
}
