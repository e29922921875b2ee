package io.supportdesk.domain.identity;

import io.supportdesk.domain.DomainException;

import java.util.Objects;

/** An account value the domain refuses: a malformed email, an empty name, a weak password, an unknown skill. */
public final class IdentityRuleViolation extends DomainException {

    private final String field;

    public IdentityRuleViolation(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The input the violation is about (the client's snake_case name), so an API can point at it. */
    public String field() {
        return field;
    }

    @Override
    public String code() {
        return "VALIDATION_FAILED";
    }
}
