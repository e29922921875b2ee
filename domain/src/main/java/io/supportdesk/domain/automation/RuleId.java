package io.supportdesk.domain.automation;

/** Identifies an automation rule; handed out when the rule is first stored. */
public record RuleId(long value) {

    public RuleId {
        if (value <= 0) {
            throw new IllegalArgumentException("rule id must be positive, was " + value);
        }
    }
}
