package io.supportdesk.domain.team;

import io.supportdesk.domain.FieldRuleViolation;

/** A value a team refuses, such as an empty name or an unknown assignment strategy. */
public final class TeamRuleViolation extends FieldRuleViolation {

    public TeamRuleViolation(String field, String message) {
        super(field, message);
    }
}
