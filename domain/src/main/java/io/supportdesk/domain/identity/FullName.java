package io.supportdesk.domain.identity;

import io.supportdesk.domain.PlainText;
import java.util.regex.Pattern;

/** What a person is called on tickets and in emails; runs of whitespace collapse to one space. */
public record FullName(String value) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    public FullName {
        if (value == null) {
            throw new IdentityRuleViolation("full_name", "full name is required");
        }
        PlainText.problemInLine(value.replace('\n', ' ').replace('\t', ' ')).ifPresent(problem -> {
            throw new IdentityRuleViolation("full_name", problem);
        });
        value = WHITESPACE.matcher(value).replaceAll(" ").strip();
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > MAX_LENGTH) {
            throw new IdentityRuleViolation("full_name", "full name must be 1-" + MAX_LENGTH + " characters");
        }
    }
}
