package io.supportdesk.domain.ticket;

import java.util.regex.Pattern;

/** The kind of request, such as {@code technical} or {@code feature_request}; categories are configuration, not an enum. */
public record CategoryCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9_]{1,49}");

    public CategoryCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new TicketRuleViolation("category",
                    "category must be 2-50 characters of a-z, 0-9 or '_', starting with a letter; was '" + value + "'");
        }
    }
}
