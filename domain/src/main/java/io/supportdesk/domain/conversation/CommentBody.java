package io.supportdesk.domain.conversation;

import io.supportdesk.domain.PlainText;
import io.supportdesk.domain.ticket.TicketRuleViolation;

/** Plain text written by a person, stored exactly as given; never rendered as HTML by the server. */
public record CommentBody(String value) {

    public static final int MAX_LENGTH = 20_000;

    public CommentBody {
        if (value == null || value.isBlank()) {
            throw new TicketRuleViolation("body", "must not be empty");
        }
        PlainText.problemInText(value).ifPresent(problem -> {
            throw new TicketRuleViolation("body", problem);
        });
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new TicketRuleViolation("body", "must be at most " + MAX_LENGTH + " characters");
        }
    }
}
