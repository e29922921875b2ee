package io.supportdesk.domain.automation;

import io.supportdesk.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * Names one qualifying period of a time-based rule on a ticket: the rule, the ticket and the instant the period
 * began (the status change, or the customer's last word). The sweep records it when the rule fires and never fires
 * the same key again; a new status change or a new customer reply starts a new period, hence a new key.
 */
public record PeriodKey(RuleId rule, TicketId ticket, Instant periodStart) {

    public PeriodKey {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(periodStart, "periodStart");
    }

    /** A stable text form for a unique column: {@code rule-7/ticket-42/2025-03-03T09:00:00Z}. */
    public String value() {
        return "rule-" + rule.value() + "/ticket-" + ticket.value() + "/" + periodStart;
    }
}
