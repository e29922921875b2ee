package io.supportdesk.domain.ticket;

import io.supportdesk.domain.PlainText;
/** What the requester needs, kept as written (only surrounding whitespace is trimmed, so formatting survives). */
public record Description(String value) {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 10_000;

    public Description {
        if (value == null) {
            throw new TicketRuleViolation("description", "description is required");
        }
        PlainText.problemInText(value).ifPresent(problem -> {
            throw new TicketRuleViolation("description", problem);
        });
        value = value.strip();
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new TicketRuleViolation("description",
                    "description must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters, was " + length);
        }
    }
}
