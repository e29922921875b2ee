package io.supportdesk.domain.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sign-in address, normalised (trimmed, lower-cased) so that {@code Ann@Example.com } and {@code ann@example.com}
 * are one account. Deliberately permissive: one {@code @} with something on each side and no whitespace, so
 * {@code admin@localhost} works; whether mail arrives is for the mailer to find out.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public EmailAddress {
        if (value == null) {
            throw new IdentityRuleViolation("email", "email is required");
        }
        value = normalise(value);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IdentityRuleViolation("email", "email must look like name@example.com");
        }
    }

    /** The form addresses are compared in, for inputs that need not be valid (a login attempt's account key). */
    public static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }
}
