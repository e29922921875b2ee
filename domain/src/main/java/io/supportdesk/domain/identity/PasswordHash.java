package io.supportdesk.domain.identity;

/**
 * A password as stored: a self-describing encoded hash (algorithm, parameters, salt, digest) that only the password
 * hasher interprets. Never the password itself; {@link #toString()} hides it from logs all the same.
 */
public record PasswordHash(String value) {

    public PasswordHash {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("password hash must not be blank");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
