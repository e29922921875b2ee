package io.supportdesk.domain.automation;

import io.supportdesk.domain.PlainText;

/** What administrators call a rule in lists and in the audit trail; one line, surrounding whitespace trimmed. */
public record RuleName(String value) {

    public static final int MAX_LENGTH = 100;

    public RuleName {
        if (value == null || value.isBlank()) {
            throw new RuleViolation("name", "must not be empty");
        }
        PlainText.problemInLine(value).ifPresent(problem -> {
            throw new RuleViolation("name", problem);
        });
        value = value.strip();
        int length = value.codePointCount(0, value.length());
        if (length > MAX_LENGTH) {
            throw new RuleViolation("name", "must be at most " + MAX_LENGTH + " characters, was " + length);
        }
    }
}
