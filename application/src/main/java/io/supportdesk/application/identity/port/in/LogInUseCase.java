package io.supportdesk.application.identity.port.in;

/**
 * Exchanges an email and password for a token pair, unless the account or the client address has failed too often
 * lately. The answer for an unknown email is the same, and takes as long, as for a wrong password.
 */
public interface LogInUseCase {

    LogInResult logIn(LogInCommand command);
}
