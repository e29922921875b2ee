package io.supportdesk.domain.project;

import io.supportdesk.domain.FieldRuleViolation;

/** A value a project refuses, such as a malformed key. */
public final class ProjectRuleViolation extends FieldRuleViolation {

    public ProjectRuleViolation(String field, String message) {
        super(field, message);
    }
}
