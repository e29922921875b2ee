package io.supportdesk.domain.ticket;

import io.supportdesk.domain.FieldRuleViolation;

/** A value or request the ticket refuses, such as an over-long title or a customer's internal comment. */
public final class TicketRuleViolation extends FieldRuleViolation {

    public TicketRuleViolation(String field, String message) {
        super(field, message);
    }
}
