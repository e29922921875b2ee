package io.supportdesk.application.identity;

import java.time.Duration;
import java.util.Objects;

/** Too many wrong passwords for this account or from this address lately: try again after {@link #retryAfter()}. */
public final class PasswordGuessesThrottledException extends IdentityException {

    private final Duration retryAfter;

    public PasswordGuessesThrottledException(Duration retryAfter) {
        super("too many wrong passwords; try again later");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public String code() {
        return "TOO_MANY_ATTEMPTS";
    }
}
