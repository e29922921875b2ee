package io.supportdesk.domain;

import java.util.Objects;

/**
 * A value the domain refuses, about one input field (the client's snake_case name), so an API can point at it and
 * collect every such violation of a request into one answer.
 */
public abstract class FieldRuleViolation extends DomainException {

    private final String field;

    protected FieldRuleViolation(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }

    @Override
    public String code() {
        return "VALIDATION_FAILED";
    }
}
