package io.supportdesk.domain.identity;

import io.supportdesk.domain.FieldRuleViolation;

/** An account value the domain refuses: a malformed email, an empty name, a weak password, an unknown skill. */
public final class IdentityRuleViolation extends FieldRuleViolation {

    public IdentityRuleViolation(String field, String message) {
        super(field, message);
    }
}
