package io.supportdesk.application.identity.port.out;

import io.supportdesk.domain.identity.User;

import java.time.Duration;
import java.util.Objects;

/**
 * Issues the short-lived, self-contained token a client sends with every request. Its contract, which other
 * adapters rely on: the subject is the user's numeric id, {@code roles} holds exactly the lower-case role code, and
 * {@code email} and {@code name} describe the user as of issuing.
 */
public interface AccessTokenIssuer {

    AccessToken issue(User user);

    /** A signed access token and how long from now it is valid. */
    record AccessToken(String value, Duration expiresIn) {

        public AccessToken {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(expiresIn, "expiresIn");
        }

        @Override
        public String toString() {
            return "AccessToken[***, expiresIn=" + expiresIn + "]";
        }
    }
}
