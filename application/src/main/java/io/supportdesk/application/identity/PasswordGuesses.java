package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.LoginAttempts;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Counts wrong passwords, wherever one is typed: at sign-in and as the current password of a password change, so a
 * stolen access token gives no more guesses than the sign-in form. One budget per account and one per client
 * address ({@link LoginThrottle}), kept by {@link LoginAttempts}, so every instance counts together.
 */
final class PasswordGuesses {

    private final LoginAttempts attempts;
    private final LoginThrottle throttle;

    PasswordGuesses(LoginAttempts attempts, LoginThrottle throttle) {
        this.attempts = attempts;
        this.throttle = throttle;
    }

    /** How long guesses for this account or from this address are turned away, if they are. */
    Optional<Duration> retryAfter(String account, String clientAddress, Instant now) {
        Instant since = now.minus(throttle.window());
        Optional<Instant> accountBlock = LoginThrottle.blockedUntil(
                attempts.failuresOfAccount(account, since, throttle.maxFailuresPerAccount()),
                throttle.maxFailuresPerAccount(), throttle.window(), now);
        Optional<Instant> addressBlock = LoginThrottle.blockedUntil(
                attempts.failuresFromAddress(clientAddress, since, throttle.maxFailuresPerAddress()),
                throttle.maxFailuresPerAddress(), throttle.window(), now);
        return Stream.of(accountBlock, addressBlock).flatMap(Optional::stream).max(Comparator.naturalOrder())
                .map(until -> Duration.between(now, until));
    }

    void wrong(String account, String clientAddress, Instant now) {
        attempts.recordFailure(account, clientAddress, now);
    }

    /** The right password was given: the account's count starts again (the address keeps counting). */
    void right(String account) {
        attempts.clearAccount(account);
    }
}
