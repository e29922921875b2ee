package io.supportdesk.domain.automation;

import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.TicketStatus;
import java.util.Objects;

/**
 * What sets off an automation pass: a change to a ticket (one event per change, however many fields it touched), an
 * SLA escalation, or the sweep finding that a time-based rule's period has come.
 */
public sealed interface TriggerEvent {

    record TicketCreated() implements TriggerEvent {
    }

    /** Any other change to the ticket's own fields (an edit, a new priority, team or assignee, tags...). */
    record TicketUpdated() implements TriggerEvent {
    }

    record StatusChanged(TicketStatus from, TicketStatus to) implements TriggerEvent {
        public StatusChanged {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** {@code byStaff} is false for the requester (or any customer) writing. */
    record CommentAdded(boolean internal, boolean byStaff) implements TriggerEvent {
    }

    record SlaAtRisk(SlaClockKind clock) implements TriggerEvent {
        public SlaAtRisk {
            Objects.requireNonNull(clock, "clock");
        }
    }

    record SlaBreached(SlaClockKind clock) implements TriggerEvent {
        public SlaBreached {
            Objects.requireNonNull(clock, "clock");
        }
    }

    /**
     * The sweep found that {@code rule}'s time-based trigger qualifies ({@link Rule#timeQualification}) and has not
     * fired for this period yet; only that rule's trigger answers it.
     */
    record PeriodReached(RuleId rule, PeriodKey period) implements TriggerEvent {
        public PeriodReached {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(period, "period");
        }
    }
}
