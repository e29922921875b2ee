package io.supportdesk.domain.automation;

import io.supportdesk.domain.FieldRuleViolation;

/**
 * One thing wrong with a rule as submitted. {@link #field()} is a path into the submitted structure, such as
 * {@code name}, {@code trigger.hours}, {@code conditions.all[2].value} or {@code actions[0].type}, so a client can
 * point at the exact entry; the parser reports every violation it finds, not only the first.
 */
public final class RuleViolation extends FieldRuleViolation {

    public RuleViolation(String path, String message) {
        super(path, message);
    }

    @Override
    public String toString() {
        return field() + ": " + getMessage();
    }
}
