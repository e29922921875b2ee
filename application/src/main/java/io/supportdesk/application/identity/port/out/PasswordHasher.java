package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.PasswordHash;

/**
 * Turns passwords into slow, salted, self-describing hashes and checks a password against one. Deliberately
 * expensive: it is what stands between a leaked database and the users' passwords.
 */
public interface PasswordHasher {

    PasswordHash hash(String password);

    /** Whether {@code password} is the one {@code hash} was made from; takes as long either way. */
    boolean matches(String password, PasswordHash hash);
}
