package io.supportdesk.application.identity.port.in;

/**
 * Deletes sign-in records nothing reads any more: failures older than the throttle window, expired refresh tokens and
 * socket tickets, and logged sign-ins older than their retention.
 */
public interface PruneSignInRecordsUseCase {

    void prune();
}
