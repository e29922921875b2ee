package io.supportdesk.domain.identity;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A sign-in address, normalised so that one person cannot appear as two accounts: Unicode compatibility forms folded
 * (NFKC: full-width {@code ａｄｍｉｎ} is {@code admin}), invisible characters removed (zero-width spaces and joiners,
 * the byte-order mark, soft hyphens), surrounding whitespace of any kind stripped (a no-break space included),
 * lower-cased, and an internationalised domain written in its ASCII (IDNA) form. The local part must be ASCII:
 * a Cyrillic {@code а} in {@code аdmin@example.com} is refused rather than registered as a look-alike of the admin.
 *
 * <p>Permissive about what a mail server may accept ({@code admin@localhost} works; whether mail arrives is for the
 * mailer to find out) but strict about what cannot be an address — whitespace, control characters, several
 * {@code @}, and the characters that would break a mail header — because every account's address ends up in one.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    /** No white space, no control character, none of the characters a header or an address list would split on. */
    private static final String PART = "[^\\s\\p{Cc}@<>\",;()\\[\\]\\\\]+";
    private static final Pattern SHAPE = Pattern.compile(PART + "@" + PART);
    /** An account's address, after normalising: ASCII throughout (the domain is in its IDNA form by then). */
    private static final Pattern ASCII = Pattern.compile("[\\x21-\\x7E]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u180E\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]");

    public EmailAddress {
        if (value == null) {
            throw new IdentityRuleViolation("email", "email is required");
        }
        value = normalise(value);
        if (!isWellFormed(value)) {
            throw new IdentityRuleViolation("email", "email must look like name@example.com");
        }
        if (!ASCII.matcher(value).matches()) {
            throw new IdentityRuleViolation("email",
                    "email must be written in ASCII before the @ (name@example.com); the domain may be international");
        }
    }

    /**
     * Whether {@code value} (already normalised) has the shape of an address; the mail side checks recipients with
     * this rule, which, unlike an account's, allows an internationalised local part (SMTPUTF8).
     */
    public static boolean isWellFormed(String value) {
        return value.length() <= MAX_LENGTH && SHAPE.matcher(value).matches();
    }

    /** The form addresses are compared in, for inputs that need not be valid (a login attempt's account key). */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String folded = INVISIBLE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
        String stripped = folded.replaceAll("^[\\p{Z}\\s]+|[\\p{Z}\\s]+$", "").toLowerCase(Locale.ROOT);
        int at = stripped.lastIndexOf('@');
        if (at < 0 || stripped.indexOf('@') != at) {
            return stripped;
        }
        String domain = stripped.substring(at + 1);
        try {
            domain = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            // Left as it is: the shape check refuses it, with the message that fits.
        }
        return stripped.substring(0, at + 1) + domain;
    }
}
