package io.supportdesk.domain.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a password acceptable: 10 to 128 characters (so a passphrase fits and hashing stays bounded), not
 * only whitespace, and not one of the most common passwords (compared ignoring case), which attackers try first.
 * No composition rules: they push people towards {@code Password1!} rather than towards long passphrases.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_PASSWORDS = "common-passwords.txt";

    private final Set<String> commonPasswords;

    public PasswordPolicy(Collection<String> commonPasswords) {
        Set<String> lowerCased = new HashSet<>();
        commonPasswords.forEach(password -> lowerCased.add(password.toLowerCase(Locale.ROOT)));
        this.commonPasswords = Set.copyOf(lowerCased);
    }

    /** The policy with the list of common passwords that ships with Supportdesk. */
    public static PasswordPolicy standard() {
        return new PasswordPolicy(readCommonPasswords());
    }

    /**
     * @throws IdentityRuleViolation on the field {@code password} when the candidate is not acceptable
     */
    public void check(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            throw new IdentityRuleViolation("password", "password is required");
        }
        // Code points, so a password of emoji is measured the way its owner counts it.
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IdentityRuleViolation("password",
                    "password must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters, was " + length);
        }
        if (candidate.isBlank()) {
            throw new IdentityRuleViolation("password", "password must not be only whitespace");
        }
        if (commonPasswords.contains(candidate.toLowerCase(Locale.ROOT))) {
            throw new IdentityRuleViolation("password",
                    "password is one of the most commonly used passwords; choose another");
        }
    }

    public int commonPasswordCount() {
        return commonPasswords.size();
    }

    private static Set<String> readCommonPasswords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the classpath");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip());
                }
            }
            return passwords;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
        }
    }
}
