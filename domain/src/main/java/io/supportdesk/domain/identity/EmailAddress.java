package io.supportdesk.domain.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sign-in address, normalised (trimmed, lower-cased) so that {@code Ann@Example.com } and {@code ann@example.com}
 * are one account. Permissive about what a mail server may accept ({@code admin@localhost} works; whether mail
 * arrives is for the mailer to find out) but strict about what cannot be an address — whitespace, several
 * {@code @}, and the characters that would break a mail header — because every account's address ends up in one.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^\\s@<>\",;()\\[\\]\\\\]+@[^\\s@<>\",;()\\[\\]\\\\]+");

    public EmailAddress {
        if (value == null) {
            throw new IdentityRuleViolation("email", "email is required");
        }
        value = normalise(value);
        if (!isWellFormed(value)) {
            throw new IdentityRuleViolation("email", "email must look like name@example.com");
        }
    }

    /** Whether {@code value} (already trimmed) has the shape of an address; the mail side checks with the same rule. */
    public static boolean isWellFormed(String value) {
        return value.length() <= MAX_LENGTH && SHAPE.matcher(value).matches();
    }

    /** The form addresses are compared in, for inputs that need not be valid (a login attempt's account key). */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }
}
