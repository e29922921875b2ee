package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.UserId;

import java.time.Instant;

/**
 * Who signed in when: one entry per successful password sign-in, for the administrators' activity report. Refreshing
 * a session is not a sign-in, and a refused attempt is a {@link LoginAttempts} failure, not an entry here. Refresh
 * tokens cannot stand in for this log: they are deleted when they expire. Kept for a bounded time: housekeeping
 * forgets entries older than the retention ({@link #forgetBefore}).
 */
public interface SignInLog {

    /** Records that {@code user} signed in at {@code at}, in the caller's transaction if there is one. */
    void record(UserId user, Instant at);

    /** Forgets the sign-ins before {@code instant}. */
    void forgetBefore(Instant instant);
}
