package io.supportdesk.application.identity.port.in;

/** Ends a session: the refresh token and every token of its family stop working. Idempotent. */
public interface LogOutUseCase {

    void logOut(LogOutCommand command);
}
