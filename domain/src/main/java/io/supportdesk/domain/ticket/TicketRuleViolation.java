package io.supportdesk.domain.ticket;

import io.supportdesk.domain.DomainException;
import java.util.Objects;

/** A value or request the ticket refuses, such as an over-long title or a customer's internal comment. */
public final class TicketRuleViolation extends DomainException {

    private final String field;

    public TicketRuleViolation(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The input the violation is about, so an API can point at it. */
    public String field() {
        return field;
    }

    @Override
    public String code() {
        return "VALIDATION_FAILED";
    }
}
