package io.supportdesk.domain.automation;

import io.supportdesk.domain.sla.SlaClockKind;
import io.supportdesk.domain.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * When a rule is considered: on an event ({@link EventTrigger}) or when a ticket has been in a situation for long
 * enough ({@link TimeTrigger}, checked by the sweep). The trigger only says when; the conditions say whether.
 */
public sealed interface Trigger permits Trigger.EventTrigger, Trigger.TimeTrigger {

    /** The wire code, as in {@code {"type": "status_changed"}}. */
    String code();

    sealed interface EventTrigger extends Trigger {

        boolean firesOn(TriggerEvent event);
    }

    sealed interface TimeTrigger extends Trigger {

        int hours();

        /** Whether the ticket has been in this trigger's situation for at least {@link #hours()} at {@code facts.now()}. */
        TimeQualification qualification(RuleId rule, TicketFacts facts);

        default Duration threshold() {
            return Duration.ofHours(hours());
        }
    }

    record TicketCreated() implements EventTrigger {
        @Override
        public String code() {
            return "ticket_created";
        }

        @Override
        public boolean firesOn(TriggerEvent event) {
            return event instanceof TriggerEvent.TicketCreated;
        }
    }

    /**
     * Any change to an existing ticket: an update, a status change or a comment. Within a pass, a rule that changed
     * the ticket counts as such a change too (see {@link AutomationPass}).
     */
    record TicketUpdated() implements EventTrigger {
        @Override
        public String code() {
            return "ticket_updated";
        }

        @Override
        public boolean firesOn(TriggerEvent event) {
            return event instanceof TriggerEvent.TicketUpdated || event instanceof TriggerEvent.StatusChanged
                    || event instanceof TriggerEvent.CommentAdded;
        }
    }

    /** Any status change; which status it went to is a condition on {@code status}. */
    record StatusChanged() implements EventTrigger {
        @Override
        public String code() {
            return "status_changed";
        }

        @Override
        public boolean firesOn(TriggerEvent event) {
            return event instanceof TriggerEvent.StatusChanged;
        }
    }

    /** A comment, narrowed by who may see it and who wrote it; an internal note is always written by staff. */
    record CommentAdded(CommentVisibility visibility, CommentAuthor author) implements EventTrigger {

        public CommentAdded {
            Objects.requireNonNull(visibility, "visibility");
            Objects.requireNonNull(author, "author");
            if (visibility == CommentVisibility.INTERNAL && author == CommentAuthor.CUSTOMER) {
                throw new RuleViolation("trigger.author",
                        "customers never write internal comments, so this trigger could never fire");
            }
        }

        public static CommentAdded any() {
            return new CommentAdded(CommentVisibility.ANY, CommentAuthor.ANY);
        }

        @Override
        public String code() {
            return "comment_added";
        }

        @Override
        public boolean firesOn(TriggerEvent event) {
            return event instanceof TriggerEvent.CommentAdded comment
                    && visibility.admits(comment.internal()) && author.admits(comment.byStaff());
        }
    }

    enum CommentVisibility {
        ANY, PUBLIC, INTERNAL;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean admits(boolean internal) {
            return this == ANY || (this == INTERNAL) == internal;
        }
    }

    enum CommentAuthor {
        ANY, CUSTOMER, STAFF;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean admits(boolean byStaff) {
            return this == ANY || (this == STAFF) == byStaff;
        }
    }

    /** An SLA clock came near its due time; empty {@code clock} means either clock. */
    record SlaAtRisk(Optional<SlaClockKind> clock) implements EventTrigger {
        public SlaAtRisk {
            Objects.requireNonNull(clock, "clock");
        }

        @Override
        public String code() {
            return "sla_at_risk";
        }

        @Override
        public boolean firesOn(TriggerEvent event) {
            return event instanceof TriggerEvent.SlaAtRisk risk && clock.map(risk.clock()::equals).orElse(true);
        }
    }

    /** An SLA clock passed its due time; empty {@code clock} means either clock. */
    record SlaBreached(Optional<SlaClockKind> clock) implements EventTrigger {
        public SlaBreached {
            Objects.requireNonNull(clock, "clock");
        }

        @Override
        public String code() {
            return "sla_breached";
        }

        @Override
        public boolean firesOn(TriggerEvent event) {
            return event instanceof TriggerEvent.SlaBreached breach && clock.map(breach.clock()::equals).orElse(true);
        }
    }

    /** "The ticket has been {@code status} for {@code hours} hours": the period starts at the last status change. */
    record InStatusFor(TicketStatus status, int hours) implements TimeTrigger {

        public InStatusFor {
            Objects.requireNonNull(status, "status");
            Hours.check("trigger.hours", hours);
        }

        @Override
        public String code() {
            return "in_status_for";
        }

        @Override
        public TimeQualification qualification(RuleId rule, TicketFacts facts) {
            if (facts.status() != status) {
                return new TimeQualification.NotApplicable("the ticket is " + facts.status().code() + ", not "
                        + status.code());
            }
            if (status == TicketStatus.CLOSED) {
                // Closed is final: nothing a rule does to it could matter, and the sweep never looks at closed tickets.
                return new TimeQualification.NotApplicable("the ticket is closed");
            }
            return afterThreshold(rule, facts, facts.statusChangedAt(), threshold());
        }
    }

    /**
     * "The customer has not written for {@code hours} hours": the period starts at their last reply, or at the
     * ticket's creation if they never replied. Open tickets only. Usually paired with a condition such as status is
     * waiting_on_customer.
     */
    record NoCustomerReplyFor(int hours) implements TimeTrigger {

        public NoCustomerReplyFor {
            Hours.check("trigger.hours", hours);
        }

        @Override
        public String code() {
            return "no_customer_reply_for";
        }

        @Override
        public TimeQualification qualification(RuleId rule, TicketFacts facts) {
            if (!facts.status().isOpen()) {
                // A resolved or closed ticket waits on nobody: the customer's silence means nothing there.
                return new TimeQualification.NotApplicable("the ticket is " + facts.status().code() + ", not open");
            }
            return afterThreshold(rule, facts, facts.customerSilentSince(), threshold());
        }
    }

    private static TimeQualification afterThreshold(RuleId rule, TicketFacts facts, Instant periodStart,
            Duration threshold) {
        Objects.requireNonNull(rule, "rule");
        Instant due = periodStart.plus(threshold);
        // Exactly the threshold qualifies: "for 48 hours" is met at the 48th hour, not one instant later.
        return facts.now().isBefore(due)
                ? new TimeQualification.NotYet(due)
                : new TimeQualification.Qualifies(new PeriodKey(rule, facts.ticketId(), periodStart));
    }
}
