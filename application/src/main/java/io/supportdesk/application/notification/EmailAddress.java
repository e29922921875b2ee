package io.supportdesk.application.notification;

import java.util.regex.Pattern;

/**
 * A mailbox address such as {@code ann@example.com}. Deliberately strict about what cannot be an address (spaces,
 * line breaks, angle brackets, several {@code @}), because addresses end up in mail headers; deliverability is the
 * mail server's to judge.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^\\s@<>\",;()\\[\\]\\\\]+@[^\\s@<>\",;()\\[\\]\\\\]+");

    public EmailAddress {
        if (value == null) {
            throw new IllegalArgumentException("email address is required");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an email address: '" + value + "'");
        }
    }

    /** The part after the {@code @}. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
