package io.supportdesk.domain.identity;

/** Identifies a user: customer or staff alike. */
public record UserId(long value) {

    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("user id must be positive, was " + value);
        }
    }
}
