package io.supportdesk.domain.identity;

import java.util.Objects;

/**
 * The automation rule the desk acts for, as the audit trail names it: its id and its name at the moment it fired
 * (a rule renamed or deleted later does not rewrite history). Plain values rather than the automation package's own
 * types, so identity does not depend on automation.
 */
public record ActingRule(long id, String name) {

    public ActingRule {
        if (id <= 0) {
            throw new IllegalArgumentException("a rule id is positive, was " + id);
        }
        Objects.requireNonNull(name, "name");
    }

    /** How history and notifications show it: {@code Rule: Escalate VIP}. */
    public String displayName() {
        return "Rule: " + name;
    }
}
