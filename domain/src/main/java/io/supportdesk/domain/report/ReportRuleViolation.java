package io.supportdesk.domain.report;

import io.supportdesk.domain.DomainException;

import java.util.Objects;

/** A report asked for with parameters that do not make a report (a period ending before it starts, too long...). */
public final class ReportRuleViolation extends DomainException {

    private final String parameter;

    public ReportRuleViolation(String parameter, String message) {
        super(message);
        this.parameter = Objects.requireNonNull(parameter, "parameter");
    }

    /** The query parameter to correct. */
    public String parameter() {
        return parameter;
    }

    @Override
    public String code() {
        return "INVALID_PARAMETER";
    }
}
