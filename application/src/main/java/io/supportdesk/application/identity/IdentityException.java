package io.supportdesk.application.identity;

/**
 * What the account use cases refuse beyond a malformed value (that is a domain
 * {@link io.supportdesk.domain.identity.IdentityRuleViolation}). Sealed, so the one place that turns these into
 * HTTP answers is told by the compiler when a new kind appears.
 */
public abstract sealed class IdentityException extends RuntimeException
        permits EmailTakenException, UserNotFoundException, LastAdminException, NotPermittedException,
        CurrentPasswordMismatchException, StaleUserException, PasswordGuessesThrottledException {

    protected IdentityException(String message) {
        super(message);
    }

    /** A stable UPPER_SNAKE identifier an API exposes. */
    public abstract String code();
}
