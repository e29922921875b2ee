package io.supportdesk.domain.ticket;

import io.supportdesk.domain.PlainText;
import java.util.regex.Pattern;

/** A ticket's one-line summary, with runs of whitespace collapsed so pasted text compares and displays cleanly. */
public record Title(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 200;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    public Title {
        if (value == null) {
            throw new TicketRuleViolation("title", "title is required");
        }
        // Line breaks and tabs become spaces below; anything else invisible is refused.
        PlainText.problemInLine(value.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ')).ifPresent(problem -> {
            throw new TicketRuleViolation("title", problem);
        });
        value = WHITESPACE.matcher(value).replaceAll(" ").strip();
        // Code points, not UTF-16 units, so the limit matches what a person counts and what a varchar column holds.
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new TicketRuleViolation("title",
                    "title must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters, was " + length);
        }
    }
}
